package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.foiarchive.testing.Accessibility;
import org.foiarchive.testing.ArchiveServer;
import org.foiarchive.testing.Browser;
import org.foiarchive.testing.TestFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.json.JsonMapper;

/**
 * An adviser citing passages in real headless Chromium: copying a citation with the keyboard alone,
 * marking three passages, reordering them and downloading the bundle PDF; and an automated WCAG 2.2
 * AA audit (axe-core) of the search, quote card and bundle pages.
 */
class CitingBrowserIT extends InBrowser {
  private static final String BOGUS = "\"bogus employers\"";
  private static final String UNFAIR = "\"unfair effect on their benefit claims\"";
  private static final String MANDATED =
      "\"they can be mandated to create a profile and public CV\"";

  @TempDir static Path downloads;

  /**
   * A browser that saves downloads where the test can read them, in place of the plain one: JUnit
   * ran both methods when this one shared the plain one's name, and the plain browser, never quit,
   * outlived every build.
   */
  @BeforeAll
  static void useABrowserThatSavesDownloads() {
    stopBrowser();
    browser = Browser.start(downloads);
  }

  @BeforeEach
  void forgetTheBundleAndAllowTheClipboard() {
    open("/");
    browser.executeScript("window.localStorage.clear()");
    // Headless Chromium keeps its own clipboard; reading it back needs the permission a user would
    // grant.
    browser.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of(
            "origin",
            base(),
            "permissions",
            List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private void open(String path) {
    browser.get(base() + path);
  }

  private void search(String query) {
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys(query, Keys.ENTER);
    // From a results page the address already matches: wait for that page to go, or its hits (and
    // their bundle buttons) would be read as the new search's.
    waiting().until(driver -> isGone(box));
    waiting().until(ExpectedConditions.urlContains("/search?q="));
  }

  /**
   * Whether the element's page has been replaced. Chrome reports an element of a page that is being
   * replaced either as stale or, mid-navigation, as a node that "does not belong to the document".
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  private String clipboard() {
    return String.valueOf(
        browser.executeAsyncScript(
            "var done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, function (e) { done('ERROR ' + e); });"));
  }

  /**
   * Presses Tab until the focused element matches, as a keyboard user would; fails if it is never
   * reached.
   */
  private WebElement tabTo(Predicate<WebElement> wanted, String what) {
    Actions keys = new Actions(browser);
    for (int i = 0; i < 120; i++) {
      keys.sendKeys(Keys.TAB).perform();
      WebElement focused = browser.switchTo().activeElement();
      if (wanted.test(focused)) {
        assertThat(focused.getCssValue("outline-style"))
            .as("focus is visible on " + what)
            .isNotEqualTo("none");
        return focused;
      }
    }
    throw new AssertionError(what + " cannot be reached with the Tab key");
  }

  private static Predicate<WebElement> hasClass(String cssClass) {
    return e -> (" " + e.getAttribute("class") + " ").contains(" " + cssClass + " ");
  }

  private String addFirstHitToBundle(String query) {
    search(query);
    WebElement toggle = browser.findElement(By.cssSelector(".hit button.bundle-toggle"));
    String id = toggle.getAttribute("data-passage");
    assertThat(toggle.getText()).isEqualTo("Add to bundle");
    toggle.click();
    assertThat(toggle.getText()).isEqualTo("Remove from bundle");
    return id;
  }

  private List<String> bundleOrder() {
    return browser.findElements(By.cssSelector("li.bundle-item")).stream()
        .map(e -> e.getAttribute("data-passage"))
        .toList();
  }

  @Test
  void copyACitationFromSearchResultsAndFromTheQuoteCardWithTheKeyboardAlone() {
    open("/search?q=" + BOGUS.replace(" ", "+").replace("\"", "%22"));
    WebElement copy = tabTo(hasClass("copy-button"), "the first Copy citation button");
    String expected =
        browser
            .findElement(By.id(copy.getAttribute("data-copy-target")))
            .getAttribute("textContent")
            .strip();
    assertThat(expected)
        .contains("‘Request To The Information Commissioner's Office", "SHA-256", "accessed ");
    copy.sendKeys(Keys.ENTER);

    WebElement status =
        copy.findElement(By.xpath("following-sibling::span[contains(@class,'copy-status')]"));
    waiting().until(d -> !status.getText().isBlank());
    assertThat(status.getText()).isEqualTo("Citation copied to the clipboard.");
    assertThat(status.getAttribute("role")).isEqualTo("status");
    assertThat(clipboard()).isEqualTo(expected);

    // The quote card's own button, pressed with the space bar this time.
    String card = browser.findElement(By.cssSelector(".hit a.cite")).getAttribute("href");
    browser.get(card);
    WebElement cardCopy =
        tabTo(e -> "Copy citation".equals(e.getText()), "the quote card's Copy citation button");
    cardCopy.sendKeys(Keys.SPACE);
    WebElement cardStatus = browser.findElement(By.cssSelector(".citation-box .copy-status"));
    waiting().until(d -> !cardStatus.getText().isBlank());
    assertThat(clipboard())
        .isEqualTo(browser.findElement(By.id("citation-text")).getText().strip())
        .contains("SHA-256", "accessed ");
  }

  @Test
  void markThreePassagesReorderThemAndDownloadTheBundlePdf() throws Exception {
    String a = addFirstHitToBundle(BOGUS);
    String b = addFirstHitToBundle(UNFAIR);
    String c = addFirstHitToBundle(MANDATED);
    WebElement nav = browser.findElement(By.cssSelector("a.bundle-link"));
    assertThat(nav.getText()).isEqualTo("Bundle (3)");

    nav.click();
    waiting().until(ExpectedConditions.urlContains("/bundle?p="));
    assertThat(bundleOrder()).containsExactly(a, b, c);

    browser.findElement(By.cssSelector("#item-" + c + " a.move-up")).click();
    waiting().until(d -> bundleOrder().equals(List.of(a, c, b)));
    // The browser remembers the new order: the plain "Bundle" address shows it again.
    open("/bundle");
    waiting().until(ExpectedConditions.urlContains("/bundle?p="));
    assertThat(bundleOrder()).containsExactly(a, c, b);

    browser.findElement(By.id("bundle-title")).sendKeys("Appeal SC200/12/00528");
    browser.findElement(By.cssSelector("button.download-button")).click();
    Path pdf = downloaded();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(document.getNumberOfPages()).isEqualTo(5);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(document);
      assertThat(text).contains("Appeal SC200/12/00528", "Page 5 of 5");
      List<String> order = List.of(a, c, b);
      for (int i = 0; i < 3; i++) {
        assertThat(text)
            .containsPattern(
                "(?m)^"
                    + (i + 1)
                    + " (?:[A-Z][^,]+, quoted by )?"
                    + Pattern.quote(writerOf(order.get(i)) + ", ‘"));
      }
      assertThat(document.getDocumentInformation().getKeywords())
          .isEqualTo(String.join(" ", a, c, b));
    }
  }

  @Test
  void aKeyboardUserCanMarkAPassageOpenTheBundleAndDownloadIt() throws Exception {
    open("/search?q=" + MANDATED.replace(" ", "+").replace("\"", "%22"));
    WebElement toggle = tabTo(hasClass("bundle-toggle"), "Add to bundle");
    toggle.sendKeys(Keys.ENTER);
    assertThat(toggle.getText()).isEqualTo("Remove from bundle");

    browser.findElement(By.tagName("body")).click();
    open("/");
    WebElement bundleLink = tabTo(hasClass("bundle-link"), "the Bundle link");
    assertThat(bundleLink.getText()).isEqualTo("Bundle (1)");
    bundleLink.sendKeys(Keys.ENTER);
    waiting().until(ExpectedConditions.urlContains("/bundle?p="));

    WebElement download = tabTo(hasClass("download-button"), "Download PDF");
    download.sendKeys(Keys.ENTER);
    try (PDDocument document = Loader.loadPDF(downloaded().toFile())) {
      assertThat(document.getNumberOfPages()).isEqualTo(3);
    }
  }

  @Test
  void searchQuoteCardBundleHomeAndAboutPagesPassAnAutomatedWcag22AaAudit() {
    open("/search?q=universal+jobmatch+consent");
    assertThat(Accessibility.violations(browser)).as("search page").isEmpty();

    String card = browser.findElement(By.cssSelector(".hit a.cite")).getAttribute("href");
    browser.get(card);
    assertThat(Accessibility.violations(browser)).as("quote card").isEmpty();

    String a = addFirstHitToBundle(BOGUS);
    String b = addFirstHitToBundle(UNFAIR);
    open("/bundle?p=" + a + "&p=" + b);
    assertThat(Accessibility.violations(browser)).as("bundle page").isEmpty();
    open("/bundle?p=");
    assertThat(Accessibility.violations(browser)).as("empty bundle page").isEmpty();
    open("/");
    assertThat(Accessibility.violations(browser)).as("home page").isEmpty();
    open("/about");
    assertThat(Accessibility.violations(browser)).as("about page").isEmpty();
  }

  /** Who a citation names as the writer of a passage, from its CSL-JSON. */
  private String writerOf(String passageId) throws Exception {
    String csl = ArchiveServer.get(port, "/cite/" + passageId + "?format=csl-json", "*/*").body();
    return JsonMapper.builder()
        .build()
        .readTree(csl)
        .get(0)
        .get("author")
        .get(0)
        .get("literal")
        .asString();
  }

  /**
   * Waits for the one PDF Chromium saves (it writes a .crdownload file first), then clears the
   * folder for the next.
   */
  private static Path downloaded() throws InterruptedException {
    for (int i = 0; i < 150; i++) {
      List<Path> files = list();
      if (files.size() == 1 && files.getFirst().toString().endsWith(".pdf")) {
        Path pdf = files.getFirst();
        Path kept;
        try {
          kept =
              Files.move(
                  pdf,
                  Files.createTempFile(TestFolders.create("bundle-"), "bundle-", ".pdf"),
                  StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return kept;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no PDF was downloaded into " + downloads + ": " + list());
  }

  private static List<Path> list() {
    try (Stream<Path> files = Files.list(downloads)) {
      return files.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
