package org.follicle.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.follicle.BrowserTests;
import org.follicle.HeadlessChromium;
import org.follicle.catalog.DerivedWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The tofacitinib page and a seed study's image in headless Chromium, on a desktop and a phone. */
@Tag("browser")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "follicle.demo.load-when-empty=true",
      "spring.datasource.url=jdbc:h2:mem:follicle-treatment-browser;DB_CLOSE_DELAY=-1"
    })
class TreatmentPageBrowserTests extends BrowserTests {

  private static final int PHONE = 375;

  @LocalServerPort int port;
  @Autowired DerivedWork derivedWork;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void waitForTheDemosFacts() throws InterruptedException {
    derivedWork.await(Duration.ofMinutes(5));
  }

  @Test
  void theTofacitinibPageReadsOnADesktopAndOnAPhone() throws IOException {
    browser.get("http://localhost:" + port + "/treatments/tofacitinib");

    assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Tofacitinib");
    assertThat(browser.findElements(By.cssSelector("svg.forest-plot"))).hasSize(2);
    assertThat(browser.findElement(By.cssSelector("svg.forest-plot")).getSize().getWidth())
        .isGreaterThan(500);
    save("treatment-tofacitinib-desktop");
    atPhoneWidth(
        () -> {
          assertThat(pageWidth())
              .as("no sideways scrolling of the page at 375 px")
              .isLessThanOrEqualTo(PHONE);
          assertThat(browser.findElement(By.cssSelector(".pooled strong")).isDisplayed()).isTrue();
          save("treatment-tofacitinib-phone");
        });
  }

  @Test
  void thePaperPageShowsTheImageOfTheStudyOnAPhone() throws IOException {
    long id = jdbc.queryForObject("select id from paper where doi is null", Long.class);
    browser.get("http://localhost:" + port + "/papers/" + id);

    atPhoneWidth(
        () -> {
          JavascriptExecutor js = browser;
          js.executeScript("document.querySelector('.visual-abstract img').scrollIntoView()");
          // The image loads lazily once scrolled to: wait for it, then read its size.
          new WebDriverWait(browser, Duration.ofSeconds(20))
              .until(
                  b ->
                      Boolean.TRUE.equals(
                          js.executeScript(
                              "const img = document.querySelector('.visual-abstract img');"
                                  + " return img.complete && img.naturalWidth > 0;")));
          Object width =
              js.executeScript(
                  "return document.querySelector('.visual-abstract img').naturalWidth");
          assertThat(((Number) width).intValue()).as("the SVG image loaded").isEqualTo(1200);
          assertThat(
                  browser.findElement(By.cssSelector(".visual-abstract img")).getSize().getWidth())
              .isLessThanOrEqualTo(PHONE);
          assertThat(pageWidth()).isLessThanOrEqualTo(PHONE);
          save("paper-visual-abstract-phone");
        });
  }

  /** Something to check at phone width. */
  private interface PhoneCheck {
    void run() throws IOException;
  }

  private static void atPhoneWidth(PhoneCheck check) throws IOException {
    browser.manage().window().setSize(new Dimension(PHONE, 812));
    try {
      check.run();
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  private static long pageWidth() {
    return (Long)
        ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
  }

  private static void save(String name) throws IOException {
    HeadlessChromium.screenshot(browser, name);
  }
}
