package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiarchive.testing.ArchiveServer.get;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.foiarchive.testing.ArchiveServer;
import org.foiarchive.testing.Browser;
import org.foiarchive.testing.HostileCorpus;
import org.foiarchive.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Documents that carry scripts, event handlers and javascript: links, served by the archive: their
 * text reaches every page and the API escaped, and nothing in them runs in a real browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileDocumentsWebIT {
  private static final Path DIR = tempDir();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) throws IOException {
    HostileCorpus.writeScriptDocuments(DIR.resolve("corpus"));
    registry.add("foiarchive.corpus", () -> DIR.resolve("corpus").toString());
    registry.add("foiarchive.index", () -> DIR.resolve("index").toString());
  }

  @Test
  void scriptsInDocumentsReachPagesOnlyAsEscapedText() throws Exception {
    for (String path :
        List.of(
            "/search?q=scriptdefence",
            "/search?q=pwned",
            "/search?q=onerror+svg",
            "/doc/script-html",
            "/doc/script-text",
            "/doc/script-text?hl=pwned",
            "/p/script-text-p1",
            "/p/script-html-p1",
            "/")) {
      HttpResponse<String> page = get(port, path, "text/html");
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      // The words may be shown (escaped); markup from the documents never is.
      assertThat(page.body())
          .as(path)
          .doesNotContain(
              "<script>window",
              "<img src=x",
              "onerror=\"window",
              "<svg",
              "onload=\"",
              "onclick=\"",
              "javascript:",
              "<iframe");
    }
    assertThat(get(port, "/doc/script-text", "text/html").body())
        .contains("&lt;script&gt;window.pwned = 7");
  }

  @Test
  void theApiCarriesTheTextAsDataWithAnEscapedHighlight() throws Exception {
    String json = get(port, "/api/search?q=scriptdefence", "application/json").body();
    assertThat(json)
        .contains(
            "\"text\":\"Note on sanctioned claimants scriptdefence: <script>window.pwned = 7</script>");
    assertThat(json)
        .contains(
            "\"highlight\":\"Note on sanctioned claimants <mark>scriptdefence</mark>: "
                + "&lt;script&gt;window.pwned = 7&lt;");
    assertThat(json)
        .doesNotContain(
            "\"highlight\":\"Note on sanctioned claimants <mark>scriptdefence</mark>: <script>");
  }

  @Test
  void theArchivedCopyIsServedSandboxedSoItsScriptsCannotRun() throws Exception {
    HttpResponse<String> raw = get(port, "/doc/script-html/raw", "text/html");
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .startsWith("sandbox")
        .contains("default-src 'none'")
        .contains("frame-ancestors 'none'");
    assertThat(raw.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void anOriginalAddressThatIsNotHttpNeverBecomesALink() throws Exception {
    for (String path :
        List.of(
            "/doc/script-url",
            "/p/script-url-p1",
            "/search?q=scriptdefence",
            "/feed?q=scriptdefence",
            "/cite/script-url-p1?format=html",
            "/cite/script-url-p1?format=markdown",
            "/api/search?q=scriptdefence")) {
      HttpResponse<String> page = get(port, path, "*/*");
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.body())
          .as(path)
          .contains("scriptdefence")
          .doesNotContainIgnoringCase("javascript:");
    }
  }

  @Test
  void aFeedIsWellFormedXmlEvenWhenTheQueryOrTheTextHoldsCharactersXmlCannotCarry()
      throws Exception {
    for (String path :
        List.of(
            "/feed?q=" + HostileCorpus.CONTROL_CHARACTER_WORDS,
            "/feed?q=%00" + HostileCorpus.CONTROL_CHARACTER_WORDS + "%01%0C")) {
      HttpResponse<String> feed = get(port, path, "application/atom+xml");
      assertThat(feed.statusCode()).as(path).isEqualTo(200);
      Document xml = parse(feed.body());
      assertThat(xml.getElementsByTagName("entry").getLength()).as(path).isEqualTo(1);
      assertThat(xml.getElementsByTagName("content").item(0).getTextContent())
          .as(path)
          .contains(HostileCorpus.CONTROL_CHARACTER_WORDS, "the claimant", "online", "today");
    }
    for (String path :
        List.of(
            "/search?q=" + HostileCorpus.CONTROL_CHARACTER_WORDS,
            "/api/search?q=" + HostileCorpus.CONTROL_CHARACTER_WORDS,
            "/doc/control-text",
            "/p/control-text-p1",
            "/cite/control-text-p1?format=html",
            "/cite/control-text-p1?format=csl-json",
            "/cite/control-text-p1?format=bibtex")) {
      assertThat(get(port, path, "*/*").statusCode()).as(path).isEqualTo(200);
    }
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  @Test
  void theArchivedCopyOfATextSnapshotSaysTheCharsetItWasReadWith() throws Exception {
    HttpResponse<byte[]> legacy = ArchiveServer.getBytes(port, "/doc/windows-1252-text/raw");
    assertThat(legacy.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .isEqualToIgnoringCase("text/plain;charset=windows-1252");
    assertThat(new String(legacy.body(), Charset.forName("windows-1252")))
        .contains(HostileCorpus.WINDOWS_1252_PLAIN_TEXT);
    assertThat(
            ArchiveServer.getBytes(port, "/doc/script-text/raw")
                .headers()
                .firstValue("Content-Type"))
        .get()
        .asString()
        .isEqualToIgnoringCase("text/plain;charset=UTF-8");
  }

  @Test
  void nothingInTheDocumentsRunsInARealBrowser() {
    ChromeDriver browser = Browser.start();
    try {
      for (String path :
          List.of(
              "/search?q=pwned",
              "/doc/script-html",
              "/doc/script-text?hl=pwned",
              "/p/script-text-p1",
              "/doc/script-html/raw")) {
        browser.get("http://localhost:" + port + path);
        Object pwned = ((JavascriptExecutor) browser).executeScript("return typeof window.pwned;");
        assertThat(pwned).as(path).isEqualTo("undefined");
      }
    } finally {
      browser.quit();
    }
  }

  private static Path tempDir() {
    return TestFolders.create("foiarchive-hostile-web-");
  }
}
