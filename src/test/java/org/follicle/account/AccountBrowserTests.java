package org.follicle.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.follicle.BrowserTests;
import org.follicle.HeadlessChromium;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.Doi;
import org.follicle.catalog.TestRecords;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In headless Chromium, a newcomer opens an account, confirms it through the link in the mail the
 * test SMTP server received, signs in and sees the account page; then rates a paper, sees its
 * average appear once enough readers rated it, and asks its authors for the data.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountBrowserTests extends BrowserTests {

  private static final String PASSWORD = "correct horse battery";

  @Autowired Catalog catalog;
  @Autowired Accounts accounts;

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    TestMailbox.smtp(registry);
  }

  @Test
  void signsUpConfirmsThroughTheMailSignsInAndSeesTheAccountPage() throws IOException {
    String name = AccountFlowTests.uniqueName("browser");
    signUpConfirmAndSignIn(name, true);
    assertThat(text("h1")).isEqualTo("Hello, " + name);
    assertThat(text(".account-username")).isEqualTo(name);
    assertThat(text(".nav-account")).isEqualTo(name);
    save("account-page-desktop");

    browser.manage().window().setSize(new Dimension(375, 812));
    try {
      long width =
          (Long)
              ((JavascriptExecutor) browser)
                  .executeScript("return document.documentElement.scrollWidth");
      save("account-page-phone");
      assertThat(width).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 900));
    }

    browser.findElement(By.cssSelector(".nav form button")).click();
    awaitPath("/");
    assertThat(browser.findElements(By.linkText("Sign in"))).isNotEmpty();
  }

  @Test
  void ratesAPaperSeesTheAverageAppearAndAsksForItsData() throws Exception {
    long paper = paperRatedByTwoReaders();
    String name = AccountFlowTests.uniqueName("rater");
    signUpConfirmAndSignIn(name, false);

    browser.get("http://localhost:" + port + "/papers/" + paper);
    assertThat(text("#rating-summary .not-enough-ratings"))
        .isEqualTo("Not enough ratings yet: an average needs 3 ratings, this paper has 2.");
    assertThat(text("#headline-rating")).contains("Not enough ratings yet");
    new Select(browser.findElement(By.cssSelector("form#rate-paper select[name=rating]")))
        .selectByValue("3");
    save("paper-rating-form");
    browser.findElement(By.cssSelector("form#rate-paper button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(b -> !b.findElements(By.cssSelector("#reviews [role=status]")).isEmpty());

    assertThat(browser.findElements(By.cssSelector("#rating-summary .not-enough-ratings")))
        .isEmpty();
    assertThat(text("#rating-summary .average-value")).isEqualTo("4.0");
    assertThat(text("#rating-summary .rating-count")).isEqualTo("from 3 ratings");
    assertThat(text("#headline-rating .headline-average")).isEqualTo("4.0");
    save("paper-rated");

    new Select(browser.findElement(By.cssSelector("form#ask-resources select[name=kind]")))
        .selectByValue("data");
    browser
        .findElement(By.cssSelector("form#ask-resources textarea[name=message]"))
        .sendKeys("Could you share the de-identified SALT scores per visit?");
    browser.findElement(By.cssSelector("form#ask-resources button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(b -> b.getCurrentUrl().matches(".*/requests/\\d+$"));
    assertThat(text("h1")).isEqualToIgnoringCase("Data requested open");
    assertThat(text(".request-meta")).startsWith("Asked by " + name);
    save("resource-request");
  }

  /** A paper two other readers rated 5 and 4 through the API, one short of an average. */
  private long paperRatedByTwoReaders() throws Exception {
    String doi = "10.5555/browser-rating." + System.nanoTime();
    catalog.upsert(
        TestRecords.withDoi("Baricitinib for severe alopecia areata, browser " + doi, doi));
    long paper = catalog.idByDoi(Doi.parse(doi)).orElseThrow();
    HttpClient http = HttpClient.newHttpClient();
    for (int stars : new int[] {5, 4}) {
      String reader = AccountFlowTests.uniqueName("reader");
      accounts.createConfirmed(reader, reader + "@example.org", PASSWORD, Set.of());
      String basic =
          Base64.getEncoder()
              .encodeToString((reader + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> rated =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://localhost:" + port + "/api/papers/" + paper + "/ratings"))
                  .header("Authorization", "Basic " + basic)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"rating\": " + stars + "}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(rated.statusCode()).as(rated.body()).isEqualTo(201);
    }
    return paper;
  }

  /** Opens an account on the page, confirms it through the mailed link and signs in. */
  private void signUpConfirmAndSignIn(String name, boolean screenshots) throws IOException {
    String email = name + "@example.org";
    browser.get("http://localhost:" + port + "/");
    browser.findElement(By.linkText("Sign in")).click();
    browser.findElement(By.linkText("Open an account")).click();
    assertThat(text("h1")).isEqualTo("Open an account");
    browser.findElement(By.id("username")).sendKeys(name);
    browser.findElement(By.id("email")).sendKeys(email);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    if (screenshots) {
      save("account-signup");
    }
    browser.findElement(By.cssSelector("form[action='/signup'] button")).click();
    awaitPath("/signup/sent");
    assertThat(text("h1")).isEqualTo("Check your mail");

    String link = TestMailbox.linkInLastMailTo(email);
    assertThat(link).startsWith("http://localhost:" + port + "/signup/confirm?token=");
    browser.get(link);
    browser.findElement(By.cssSelector("form[action='/signup/confirm'] button")).click();
    awaitPath("/signin?confirmed");
    assertThat(text("[role=status]")).isEqualTo("Your address is confirmed. Sign in to start.");

    browser.findElement(By.id("username")).sendKeys(name);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("form[action='/signin'] button")).click();
    awaitPath("/account");
  }

  /** Waits for the navigation a click started to land on the path. */
  private void awaitPath(String pathAndQuery) {
    String url = "http://localhost:" + port + pathAndQuery;
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> url.equals(b.getCurrentUrl()));
  }

  private static String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private static void save(String name) throws IOException {
    HeadlessChromium.screenshot(browser, name);
  }
}
