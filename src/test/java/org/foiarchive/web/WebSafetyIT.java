package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiarchive.testing.ArchiveServer.get;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foiarchive.testing.ArchiveServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What an attacker or a careless client sends: paths that try to climb out of the archive, queries
 * and parameters built to break the server. None gets a file it should not, none gets a 500, and
 * every answer, errors and static files included, carries the security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSafetyIT {
  @LocalServerPort int port;

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) {
    ArchiveServer.properties(registry);
  }

  private static final List<String> TRAVERSALS =
      List.of(
          "/doc/..%2F..%2Fetc%2Fpasswd",
          "/doc/..%2f..%2fpom.xml/raw",
          "/doc/%2e%2e/raw",
          "/doc/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
          "/doc/..%252F..%252Fetc%252Fpasswd",
          "/doc/..%5c..%5cetc%5cpasswd/raw",
          "/doc/....//....//etc/passwd",
          "/doc/ico-reply-universal-jobmatch-privacy/raw/..%2F..%2F..%2Fsources.yml",
          "/doc/%00/raw",
          "/p/..%2F..%2Fetc%2Fpasswd-p1",
          "/p/ico-reply-universal-jobmatch-privacy-p1%2F..%2F..",
          "/p/%2e%2e-p1",
          "/css/..%2f..%2fapplication.properties",
          "/css/%2e%2e/%2e%2e/application.properties",
          "/js/..%2f..%2fmessages.properties",
          "/%2e%2e/%2e%2e/etc/passwd",
          "/doc/..;/..;/etc/passwd",
          "/static/../application.properties",
          "/doc/" + "a".repeat(5000));

  @Test
  void pathTraversalInEveryIdIsRejectedAndRevealsNothing() throws Exception {
    for (String path : TRAVERSALS) {
      Response r = raw("GET " + path + " HTTP/1.1");
      assertThat(r.status()).as(path).isIn(400, 404, 414);
      assertThat(r.body())
          .as(path)
          .doesNotContain(
              "root:x:0",
              "spring.application.name",
              "<artifactId>",
              "sources:",
              "Exception",
              "at org.");
    }
  }

  @Test
  void aPageOfALetterPastedIntoTheSearchBoxIsSearchedAndSaidToBeCut() throws Exception {
    // What a claimant does to find where a sentence of their letter came from: paste the page.
    StringBuilder page = new StringBuilder();
    for (int paragraph = 1; page.length() < 12_000; paragraph++) {
      page.append(paragraph)
          .append(". You must not be asked to give your consent to Universal Jobmatch cookies")
          .append(" (FOI 2437); \"jobsearch\" evidence may be shown on paper instead. ");
    }
    String encoded = URLEncoder.encode(page.toString(), StandardCharsets.UTF_8);
    assertThat(encoded.length()).as("longer than Tomcat's default 8 KB").isGreaterThan(12_000);
    HttpResponse<String> html = get(port, "/search?q=" + encoded, "text/html");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body()).contains("Your query was cut to its first").contains("cookies");
    HttpResponse<String> json = get(port, "/api/search?q=" + encoded, "application/json");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.body()).contains("Your query was cut to its first");
  }

  @Test
  void nastyQueriesAndParametersNeverGetAServerError() throws Exception {
    List<String> queries =
        List.of(
            "\"unclosed",
            "((((((((((((",
            ")))))",
            "title:[a TO",
            "*",
            "?",
            "\\",
            "%",
            "&&||!!",
            "a".repeat(20_000),
            "consent ".repeat(500),
            "x OR ".repeat(400),
            "-",
            "NOT NOT NOT",
            "ref:",
            "after:",
            "before:1e99",
            "\u0000",
            "\uD800",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "${jndi:ldap://x}",
            "{{7*7}}",
            "#{7*7}",
            "*:*",
            "topic:\"",
            "kind:" + "k".repeat(3000));
    for (String q : queries) {
      String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
      for (String path :
          List.of(
              "/search?q=" + encoded,
              "/api/search?q=" + encoded,
              "/doc/ico-reply-universal-jobmatch-privacy?hl=" + encoded)) {
        HttpResponse<String> r =
            get(port, path.length() > 7000 ? path.substring(0, 7000) : path, "*/*");
        assertThat(r.statusCode())
            .as(path.substring(0, Math.min(80, path.length())))
            .isEqualTo(200);
      }
    }
    for (String params :
        List.of(
            "page=-1",
            "page=99999999999999",
            "page=abc",
            "limit=0",
            "limit=-5",
            "limit=1000000",
            "limit=abc",
            "offset=-1",
            "offset=99999999999",
            "from=notadate",
            "to=2013-99-99",
            "from=2015&to=2001",
            "topic=&kind=&voice=",
            "topic=" + "t".repeat(2000),
            "q&q&q",
            "q=%C0%AF",
            "kind=guidance&kind=guidance")) {
      for (String base : List.of("/search?", "/api/search?")) {
        HttpResponse<String> r = get(port, base + params, "*/*");
        assertThat(r.statusCode()).as(base + params).isIn(200, 400);
        assertThat(r.body()).as(base + params).doesNotContain("Exception", "at org.");
      }
    }
  }

  @Test
  void everyResponseIncludingErrorsAndStaticFilesCarriesTheSecurityHeaders() throws Exception {
    Map<String, Integer> paths =
        Map.of(
            "/",
            200,
            "/css/site.css",
            200,
            "/js/site.js",
            200,
            "/favicon.svg",
            200,
            "/doc/ico-reply-universal-jobmatch-privacy/raw",
            200,
            "/actuator/health",
            200,
            "/doc/nope",
            404,
            "/no/such/page",
            404,
            "/api/search?q=consent",
            200);
    for (Map.Entry<String, Integer> e : paths.entrySet()) {
      Response r = raw("GET " + e.getKey() + " HTTP/1.1");
      assertThat(r.status()).as(e.getKey()).isEqualTo(e.getValue());
      assertSecurityHeaders(e.getKey(), r);
    }
    for (String request :
        List.of(
            "POST /search HTTP/1.1",
            "DELETE /api/search HTTP/1.1",
            "GET /doc/%2e%2e HTTP/1.1",
            "GET /search?q=%ZZ HTTP/1.1",
            "TRACE / HTTP/1.1")) {
      Response r = raw(request);
      assertThat(r.status()).as(request).isBetween(400, 499);
      assertSecurityHeaders(request, r);
    }
  }

  private static void assertSecurityHeaders(String what, Response r) {
    assertThat(r.header("content-security-policy"))
        .as(what)
        .contains("default-src 'none'", "frame-ancestors 'none'");
    assertThat(r.header("x-content-type-options")).as(what).isEqualTo("nosniff");
    assertThat(r.header("referrer-policy")).as(what).isEqualTo("no-referrer");
    assertThat(r.header("x-frame-options")).as(what).isEqualTo("DENY");
    assertThat(r.headers()).as(what).doesNotContainKey("set-cookie");
  }

  record Response(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.getOrDefault(name, "");
    }
  }

  /** Sends the request line exactly as written: an HTTP client would normalise the path first. */
  private Response raw(String requestLine) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestLine
                  + "\r\nHost: localhost\r\nConnection: close\r\nAccept: */*\r\n"
                  + (requestLine.startsWith("POST") ? "Content-Length: 0\r\n" : "")
                  + "\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int end = response.indexOf("\r\n\r\n");
      String head = end < 0 ? response : response.substring(0, end);
      String[] lines = head.split("\r\n");
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.putIfAbsent(
              lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
              lines[i].substring(colon + 1).strip());
        }
      }
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      return new Response(status, headers, end < 0 ? "" : response.substring(end + 4));
    }
  }
}
