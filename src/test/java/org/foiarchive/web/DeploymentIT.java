package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.foiarchive.testing.ArchiveServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The archive on the open internet without a public address configured: a visitor's Host header
 * never becomes the archive's address (citations, feed, bundle PDFs, redirects) unless the operator
 * allowed that host, and Tomcat's own error pages carry the security headers. Requests are written
 * by hand on a socket, since HTTP clients will not send a made-up Host or a malformed request line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class DeploymentIT {
  private static final String PASSAGE = "ico-reply-universal-jobmatch-privacy-p27";
  private static final String ALLOWED = "archive.example.org";

  @LocalServerPort int port;

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) {
    ArchiveServer.properties(registry);
    registry.add("foiarchive.allowed-hosts", () -> ALLOWED);
  }

  /** A response as it came off the wire: status line and headers as text, the body as bytes. */
  record Raw(int status, String head, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    String header(String name) {
      return head.lines()
          .filter(
              line -> line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst()
          .orElse(null);
    }
  }

  private Raw send(String requestLine, String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      // HTTP/1.0 so that the body comes unchunked and the connection closes after it.
      out.write(
          (requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] all = in.readAllBytes();
      int split = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      String head = new String(all, 0, split < 0 ? all.length : split, StandardCharsets.ISO_8859_1);
      byte[] body = split < 0 ? new byte[0] : Arrays.copyOfRange(all, split + 4, all.length);
      return new Raw(Integer.parseInt(head.split(" ", 3)[1]), head, body);
    }
  }

  private Raw get(String path, String host) throws IOException {
    return send("GET " + path + " HTTP/1.0", host);
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    for (int i = 0; i + part.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    return -1;
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void aMadeUpHostNeverBecomesTheArchivesAddress() throws Exception {
    String evil = "evil.example";
    for (String path :
        List.of(
            "/cite/" + PASSAGE,
            "/cite/" + PASSAGE + "?format=markdown",
            "/cite/" + PASSAGE + "?format=html",
            "/cite/" + PASSAGE + "?format=bibtex",
            "/cite/" + PASSAGE + "?format=csl-json",
            "/p/" + PASSAGE,
            "/feed?q=consent",
            "/search?q=consent")) {
      Raw response = get(path, evil);
      assertThat(response.status()).as(path).isEqualTo(200);
      assertThat(response.text()).as(path).doesNotContain(evil);
    }
    assertThat(get("/cite/" + PASSAGE, evil).text()).contains("</p/" + PASSAGE + ">");
    Raw pdf = get("/bundle.pdf?p=" + PASSAGE, evil);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdfText(pdf.body())).contains("ENQ").doesNotContain(evil);
    Raw redirect = get("/p/" + PASSAGE + "?context", evil);
    assertThat(redirect.status()).isEqualTo(302);
    assertThat(redirect.header("Location")).startsWith("/doc/").doesNotContain(evil);
  }

  @Test
  void aHostTheOperatorAllowedOrThisMachineIsUsedForAbsoluteLinks() throws Exception {
    assertThat(get("/cite/" + PASSAGE, ALLOWED).text())
        .contains("<http://" + ALLOWED + "/p/" + PASSAGE + ">");
    assertThat(get("/feed?q=consent", ALLOWED).text()).contains("http://" + ALLOWED + "/p/");
    assertThat(get("/cite/" + PASSAGE, "localhost:" + port).text())
        .contains("<http://localhost:" + port + "/p/" + PASSAGE + ">");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /%2F..%2F HTTP/1.0",
        "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.0",
        "BREW / HTTP/1.0",
        "GET /search?q=%ZZ HTTP/1.0",
        "GET / HTTP/9.9"
      })
  void tomcatsOwnErrorPagesCarryTheSecurityHeaders(String requestLine) throws Exception {
    Raw response = send(requestLine, "localhost");
    assertThat(response.status()).as(requestLine).isBetween(400, 505);
    assertThat(response.header("Content-Security-Policy"))
        .as(requestLine)
        .contains("default-src 'none'");
    assertThat(response.header("X-Content-Type-Options")).as(requestLine).isEqualTo("nosniff");
    assertThat(response.header("X-Frame-Options")).as(requestLine).isEqualTo("DENY");
    assertThat(response.text())
        .as(requestLine)
        .doesNotContain("Apache Tomcat", "Exception", "\tat ");
  }

  @Test
  void aMalformedQueryIsOneLineInTheLogNotAStackTrace(CapturedOutput output) throws Exception {
    Raw response = get("/search?q=%ZZ", "localhost");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.text()).doesNotContain("Exception");
    assertThat(output.getOut() + output.getErr())
        .contains("Refused GET /search")
        .doesNotContain("\tat org.apache")
        .doesNotContain("ERROR");
  }

  @Test
  void anOverLongAddressGetsAnErrorWithTheSecurityHeaders() throws Exception {
    // Over server.max-http-request-header-size (64 KB), which a pasted page of a letter stays
    // under.
    Raw response = get("/search?q=" + "a".repeat(70_000), "localhost");
    assertThat(response.status()).isBetween(400, 431);
    assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void theQuoteCardsRedirectToItsDocumentKeepsAnAllowedHost() throws Exception {
    Raw redirect = get("/p/" + PASSAGE + "?context", ALLOWED);
    assertThat(redirect.status()).isEqualTo(302);
    assertThat(redirect.header("Location"))
        .isEqualTo("http://" + ALLOWED + "/doc/ico-reply-universal-jobmatch-privacy#p27");
  }
}
