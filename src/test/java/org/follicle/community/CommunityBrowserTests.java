package org.follicle.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.follicle.BrowserTests;
import org.follicle.HeadlessChromium;
import org.follicle.account.Accounts;
import org.follicle.account.TestMailbox;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.Doi;
import org.follicle.catalog.TestRecords;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In headless Chromium, a reader opens a paper, presses "Discuss this study", writes a post about
 * it with a script tag in it, sees the tag rendered inert, votes the post up, and finds it among
 * the paper's related community posts.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommunityBrowserTests extends BrowserTests {

  private static final String PASSWORD = "correct horse battery";

  @Autowired Catalog catalog;
  @Autowired Accounts accounts;

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    TestMailbox.smtp(registry);
  }

  @Test
  void discussesAStudyWithAPostWhoseScriptIsInertVotesAndSeesItAmongTheStudysPosts()
      throws IOException {
    String doi = "10.5555/browser-community." + System.nanoTime();
    catalog.upsert(
        TestRecords.withDoi(
            "Ritlecitinib for alopecia areata, browser run " + System.nanoTime() % 100_000, doi));
    long paper = catalog.idByDoi(Doi.parse(doi)).orElseThrow();
    String name = "discusser" + System.nanoTime() % 1_000_000_000L;
    accounts.createConfirmed(name, name + "@example.org", PASSWORD, Set.of());
    signIn(name);

    browser.get(url("/papers/" + paper));
    browser.findElement(By.cssSelector("form#open-discussion button[type=submit]")).click();
    await(b -> b.getCurrentUrl().matches(".*/community/posts/\\d+$"));
    assertThat(text("h1.post-title")).startsWith("Discussion: Ritlecitinib for alopecia areata");

    browser.findElement(By.cssSelector(".eyebrow a[href='/community/research']")).click();
    browser.findElement(By.linkText("New post")).click();
    browser.findElement(By.id("post-title")).sendKeys("Ritlecitinib: what I noticed <b>early</b>");
    browser
        .findElement(By.id("post-body"))
        .sendKeys(
            "Eyebrows first, then the scalp. <script>document.title = 'script ran';</script>"
                + " **Slow** but steady.");
    browser.findElement(By.id("post-studies")).sendKeys(String.valueOf(paper));
    save("community-post-form");
    browser.findElement(By.cssSelector("#post-form button[type=submit]")).click();
    await(b -> b.getCurrentUrl().matches(".*/community/posts/\\d+$"));
    String postPath = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");

    assertThat(text("h1.post-title")).isEqualTo("Ritlecitinib: what I noticed <b>early</b>");
    assertThat(text(".post-body strong")).isEqualTo("Slow");
    assertThat(browser.findElements(By.cssSelector(".post-body script"))).isEmpty();
    assertThat(browser.getTitle()).doesNotContain("script ran");

    browser.findElement(By.cssSelector(".post .vote-up")).click();
    await(b -> !b.findElements(By.cssSelector(".post .vote-up.voted")).isEmpty());
    assertThat(text(".post .post-score")).isEqualTo("1 point");
    save("community-post-voted");

    browser.get(url("/papers/" + paper));
    assertThat(
            browser
                .findElements(
                    By.cssSelector(
                        ".related-posts-linking a.post-card-title[href='" + postPath + "']"))
                .size())
        .isEqualTo(1);
    assertThat(text(".related-posts-linking .post-card .post-score")).isEqualTo("1 point");
    assertThat(browser.getTitle()).doesNotContain("script ran");
    browser.manage().window().setSize(new Dimension(375, 812));
    try {
      long width =
          (Long)
              ((JavascriptExecutor) browser)
                  .executeScript("return document.documentElement.scrollWidth");
      save("community-related-posts-phone");
      assertThat(width).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  private void signIn(String name) {
    browser.get(url("/signin"));
    browser.findElement(By.id("username")).sendKeys(name);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("form[action='/signin'] button")).click();
    await(b -> b.getCurrentUrl().endsWith("/account"));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static void await(
      java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> done) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(done::apply);
  }

  private static String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private static void save(String name) throws IOException {
    HeadlessChromium.screenshot(browser, name);
  }
}
