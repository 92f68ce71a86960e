package org.foiarchive.web;

import java.time.Duration;
import org.foiarchive.testing.ArchiveServer;
import org.foiarchive.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The archive served on a free port and one headless Chromium for the test class: what the browser
 * tests share. A class that needs another browser (one that downloads) stops this one in a
 * {@code @BeforeAll} of its own, which runs after this class's, and starts its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class InBrowser {
  static ChromeDriver browser;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) {
    ArchiveServer.properties(registry);
  }

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  /** Long enough for a busy machine; a page that never shows what is awaited still fails. */
  WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(60));
  }
}
