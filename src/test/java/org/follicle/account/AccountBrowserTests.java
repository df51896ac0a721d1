package org.follicle.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In headless Chromium, a newcomer opens an account, confirms it through the link in the mail the
 * test SMTP server received, signs in and sees the account page.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountBrowserTests {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  private static ChromeDriver browser;

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    TestMailbox.smtp(registry);
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String reason =
          "Debian's chromium and chromium-driver are not installed (scripts/test-all installs them)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(reason);
      }
      Assumptions.abort(reason);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory("follicle-chromium"));
    browser =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build(),
            options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void signsUpConfirmsThroughTheMailSignsInAndSeesTheAccountPage() throws IOException {
    String name = AccountFlowTests.uniqueName("browser");
    String email = name + "@example.org";
    browser.get("http://localhost:" + port + "/");
    browser.findElement(By.linkText("Sign in")).click();
    browser.findElement(By.linkText("Open an account")).click();
    assertThat(text("h1")).isEqualTo("Open an account");
    browser.findElement(By.id("username")).sendKeys(name);
    browser.findElement(By.id("email")).sendKeys(email);
    browser.findElement(By.id("password")).sendKeys("correct horse battery");
    save("account-signup");
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
    browser.findElement(By.id("password")).sendKeys("correct horse battery");
    browser.findElement(By.cssSelector("form[action='/signin'] button")).click();
    awaitPath("/account");
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

  /** Waits for the navigation a click started to land on the path. */
  private void awaitPath(String pathAndQuery) {
    String url = "http://localhost:" + port + pathAndQuery;
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> url.equals(b.getCurrentUrl()));
  }

  private static String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private static void save(String name) throws IOException {
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
