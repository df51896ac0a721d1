package org.follicle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.follicle.catalog.DerivedWork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Opens the demo's two seed studies in headless Chromium, as a first-time visitor would. */
@Tag("browser")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "follicle.demo.load-when-empty=true",
      "spring.datasource.url=jdbc:h2:mem:follicle-browser;DB_CLOSE_DELAY=-1"
    })
class SeedStudyBrowserTests extends BrowserTests {

  @LocalServerPort int port;
  @Autowired DerivedWork derivedWork;

  @Test
  void theFirstSeedStudyShowsTitleJournalDoiAndKeywords() throws IOException {
    browser.get(url("/doi/10.3389/fimmu.2022.904156"));

    assertThat(text("h1"))
        .startsWith("Case Report: Successful Treatment of Alopecia Universalis With Tofacitinib");
    assertThat(text(".journal-link")).isEqualTo("Frontiers in Immunology");
    assertThat(browser.findElement(By.cssSelector(".doi-link")).getAttribute("href"))
        .isEqualTo("https://doi.org/10.3389/fimmu.2022.904156");
    assertThat(texts(".keywords a"))
        .containsExactly(
            "alopecia universalis",
            "tofacitinib",
            "hair loss",
            "Janus kinase inhibitor",
            "cytokines");
    assertThat(text(".provenance")).contains("Follicle wrote this short abstract in its own words");
    screenshots("seed-1-frontiers-tofacitinib");
  }

  @Test
  void theSecondSeedStudyShowsTitleDateJournalAndAuthors() throws IOException {
    browser.get(url("/"));
    browser
        .findElement(
            By.linkText(
                "Systemic Tofacitinib Treatment in Pediatric Patients with Resistant Alopecia Areata"))
        .click();

    assertThat(text("h1"))
        .isEqualTo(
            "Systemic Tofacitinib Treatment in Pediatric Patients with Resistant Alopecia Areata");
    assertThat(text(".eyebrow time")).isEqualTo("January 2024");
    assertThat(text(".journal-link")).isEqualTo("Dermatologic Therapy");
    assertThat(texts(".authors a")).containsExactly("Eda Öksüm Solak", "Murat Borlu");
    screenshots("seed-2-dermatologic-therapy");

    browser.findElement(By.linkText("Murat Borlu")).click();
    assertThat(text("h1")).isEqualTo("Murat Borlu");
    assertThat(texts(".paper-title"))
        .containsExactly(
            "Systemic Tofacitinib Treatment in Pediatric Patients with Resistant Alopecia Areata");
  }

  @Test
  void searchesFromThePaperPageAndNarrowsByYear() throws Exception {
    derivedWork.await(Duration.ofMinutes(5));
    browser.get(url("/doi/10.3389/fimmu.2022.904156"));

    WebElement box = browser.findElement(By.cssSelector(".header-search input[name=q]"));
    box.sendKeys("tofac");
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            b ->
                !b.findElements(
                        By.cssSelector(
                            "#header-q-suggestions option[value=\"topic:\\\"tofacitinib\\\"\"]"))
                    .isEmpty());
    box.clear();
    box.sendKeys("tofacitinib alopecia");
    box.submit();

    assertThat(text("h1")).isEqualTo("Search studies");
    assertThat(text(".result-count")).isEqualTo("2 studies");
    assertThat(texts(".results .paper-title")).hasSize(2);
    assertThat(browser.findElements(By.cssSelector(".paper-title mark, .snippet mark")))
        .isNotEmpty();
    screenshots("search-tofacitinib");

    browser.findElement(By.cssSelector(".facets")).findElement(By.linkText("2024")).click();
    assertThat(text(".result-count")).isEqualTo("1 study");
    assertThat(texts(".results .paper-title"))
        .containsExactly(
            "Systemic Tofacitinib Treatment in Pediatric Patients with Resistant Alopecia Areata");
  }

  @Test
  void theHomePageFitsAPhoneScreen() throws IOException {
    browser.manage().window().setSize(new Dimension(375, 812));
    try {
      browser.get(url("/"));
      long width =
          (Long)
              ((JavascriptExecutor) browser)
                  .executeScript("return document.documentElement.scrollWidth");
      assertThat(width).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
      assertThat(texts(".paper-title")).hasSize(2);
      save("home-phone");
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private static List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  /** The page at desktop and phone widths, kept under target/ for a person to look at. */
  private static void screenshots(String name) throws IOException {
    save(name + "-desktop");
    browser.manage().window().setSize(new Dimension(375, 812));
    try {
      long width =
          (Long)
              ((JavascriptExecutor) browser)
                  .executeScript("return document.documentElement.scrollWidth");
      assertThat(width).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
      save(name + "-phone");
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  private static void save(String name) throws IOException {
    HeadlessChromium.screenshot(browser, name);
  }
}
