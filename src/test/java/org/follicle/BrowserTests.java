package org.follicle;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/** What every page test in a real browser shares: one headless Chromium per test class. */
public abstract class BrowserTests {

  protected static ChromeDriver browser;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = HeadlessChromium.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }
}
