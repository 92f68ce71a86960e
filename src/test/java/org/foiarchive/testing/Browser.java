package org.foiarchive.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium for browser tests, from Debian's chromium and chromium-driver packages
 * (Selenium Manager cannot download a driver here). In CI a missing browser fails the test; on a
 * developer machine without Chromium the test is skipped with a reason.
 */
public final class Browser {
  private static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
  private static final Path DRIVER =
      Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

  private Browser() {}

  public static ChromeDriver start() {
    return start(null);
  }

  /**
   * A browser that saves downloads into {@code downloads} without asking (null: the default), so a
   * test can open what a user would download.
   */
  public static ChromeDriver start(Path downloads) {
    boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!available) {
      if (System.getenv("CI") != null) {
        throw new IllegalStateException(
            "browser tests need "
                + CHROMIUM
                + " and "
                + DRIVER
                + " (apt-get install chromium chromium-driver)");
      }
      Assumptions.abort(
          "Chromium is not installed here (" + CHROMIUM + "); browser tests run in CI");
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
        "--window-size=1280,900");
    if (downloads != null) {
      options.setExperimentalOption(
          "prefs",
          Map.of(
              "download.default_directory", downloads.toAbsolutePath().toString(),
              "download.prompt_for_download", false,
              "download.directory_upgrade", true,
              "safebrowsing.enabled", false));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    if (downloads != null) {
      // Headless Chromium ignores the download preference unless DevTools allows downloads too.
      driver.executeCdpCommand(
          "Browser.setDownloadBehavior",
          Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    }
    return driver;
  }
}
