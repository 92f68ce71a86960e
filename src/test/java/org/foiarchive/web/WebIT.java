package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiarchive.testing.ArchiveServer.get;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.Source;
import org.foiarchive.testing.ArchiveServer;
import org.foiarchive.testing.TestArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archive served on a real port from the real corpus, checked the way a browser or client sees
 * it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebIT {
  private static final String HTML = "text/html";

  @LocalServerPort int port;

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) {
    ArchiveServer.properties(registry);
  }

  private static String q(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  @Test
  void homePageOffersASearchBoxTopicsAndWhatTheArchiveHolds() throws Exception {
    HttpResponse<String> page = get(port, "/", HTML);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "<form class=\"search-form\" role=\"search\"",
            "name=\"q\"",
            "<label",
            "Mandated access to a Universal Jobmatch account",
            "href=\"/topics/cookies\"");
  }

  @Test
  void searchPageGroupsHighlightedPassagesByDocumentWithTheirSources() throws Exception {
    HttpResponse<String> page = get(port, "/search?q=" + q("bogus employers"), HTML);
    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    assertThat(body).contains("<mark>bogus</mark>", "<mark>employers</mark>");
    assertThat(body)
        .contains(
            "class=\"result-group\"",
            "href=\"http://criticalestoppel.blogspot.co.uk/2013/03/foir-regarding-universal-jobmatch.html\"",
            "href=\"/doc/ico-reply-universal-jobmatch-privacy/raw\"",
            "href=\"/doc/ico-reply-universal-jobmatch-privacy?hl=bogus%20employers#p");
    assertThat(body).contains("Nigel Oldfield", "2013-03-28", "Commentary");
    assertThat(body).contains("class=\"facet\"");
  }

  @Test
  void queriesAreEscapedWherePagesShowThem() throws Exception {
    String attack = "<script>alert(1)</script> \"><img src=x onerror=alert(2)>";
    HttpResponse<String> page = get(port, "/search?q=" + q(attack), HTML);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .doesNotContain("<script>alert(1)</script>")
        .doesNotContain("<img src=x");
  }

  @Test
  void aMalformedQueryGetsResultsOrANoticeNeverAnError() throws Exception {
    HttpResponse<String> page = get(port, "/search?q=" + q("\"unclosed ( AND title:["), HTML);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("class=\"notice\"");
    HttpResponse<String> raw = get(port, "/search?q=%22unclosed+(+AND+title:[&page=x", HTML);
    assertThat(raw.statusCode()).isEqualTo(200);
  }

  @Test
  void aNoticeReadsTheSameOnThePageAndInTheJsonApi() throws Exception {
    String said =
        "The date in after:someday was not understood; write it as 2013, 2013-06 or 2013-06-12.";
    HttpResponse<String> page = get(port, "/search?q=" + q("cookies after:someday"), HTML);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(page.body()).select(".notices .notice").eachText()).contains(said);
    HttpResponse<String> api =
        get(port, "/api/search?q=" + q("cookies after:someday"), "application/json");
    JsonNode json = JsonMapper.builder().build().readTree(api.body());
    assertThat(json.has("notes")).as("the codes stay inside the app").isFalse();
    JsonNode notices = json.path("notices");
    assertThat(notices.isArray()).isTrue();
    assertThat(notices.valueStream().map(JsonNode::asString)).contains(said);
  }

  @Test
  void documentPageAnchorsEveryPassageAndHighlightsOnRequest() throws Exception {
    HttpResponse<String> page =
        get(port, "/doc/ico-reply-universal-jobmatch-privacy?hl=" + q("bogus employers"), HTML);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "id=\"p1\"",
            "id=\"p27\"",
            "<mark>bogus</mark>",
            "SHA-256",
            "b9b19057e700e2190b20b0b74e4b58e77d4670c6be48aefe804adf0ed71a1313");
    assertThat(get(port, "/doc/ico-reply-universal-jobmatch-privacy", HTML).body())
        .doesNotContain("<mark>");
  }

  @Test
  void rawReturnsTheSnapshotByteForByteWithItsContentType() throws Exception {
    Source source =
        Corpus.open(TestArchive.CORPUS)
            .manifest()
            .find("ico-reply-universal-jobmatch-privacy")
            .orElseThrow();
    HttpResponse<byte[]> raw =
        ArchiveServer.getBytes(port, "/doc/ico-reply-universal-jobmatch-privacy/raw");
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
    assertThat(raw.body())
        .isEqualTo(Files.readAllBytes(TestArchive.CORPUS.resolve(source.capture().snapshot())));
    assertThat(raw.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("sandbox");
  }

  @Test
  void unknownDocumentsAndPassagesGetANotFoundPage() throws Exception {
    for (String path :
        List.of(
            "/doc/no-such-document",
            "/doc/no-such-document/raw",
            "/p/no-such-document-p1",
            "/doc/..%2F..%2Fetc%2Fpasswd",
            "/doc/UPPER")) {
      HttpResponse<String> page = get(port, path, HTML);
      assertThat(page.statusCode()).as(path).isIn(400, 404);
      assertThat(page.body()).as(path).doesNotContain("Exception").doesNotContain("at org.");
    }
    assertThat(get(port, "/doc/no-such-document", HTML).body())
        .contains("Nothing in the archive at this address");
  }

  @Test
  void apiLeavesTheFacetsOutOnlyWhenAskedAndRanksTheSame() throws Exception {
    String search = "/api/search?q=" + q("universal jobmatch cookies") + "&limit=5";
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode counted = mapper.readTree(get(port, search, "application/json").body());
    JsonNode left = mapper.readTree(get(port, search + "&facets=none", "application/json").body());

    assertThat(counted.get("facets").get("topic").size()).isPositive();
    for (String dim : List.of("topic", "kind", "publisher", "voice", "year")) {
      assertThat(left.get("facets").get(dim).size()).as(dim).isZero();
    }
    assertThat(left.get("total")).isEqualTo(counted.get("total"));
    assertThat(left.get("hits")).isEqualTo(counted.get("hits"));
    JsonNode asFalse =
        mapper.readTree(get(port, search + "&facets=false", "application/json").body());
    assertThat(asFalse.get("facets").get("topic").size()).isZero();
  }

  @Test
  void apiReturnsTheDesignJsonShape() throws Exception {
    HttpResponse<String> response =
        get(
            port,
            "/api/search?q=" + q("universal jobmatch cookies") + "&limit=3",
            "application/json");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode json = JsonMapper.builder().build().readTree(response.body());
    assertThat(json.get("query").asString()).isEqualTo("universal jobmatch cookies");
    assertThat(json.get("total").asLong()).isPositive();
    assertThat(json.get("tookMs").isNumber()).isTrue();
    assertThat(json.get("hits")).hasSize(3);
    JsonNode hit = json.get("hits").get(0);
    for (String field :
        List.of(
            "passageId",
            "docId",
            "title",
            "kind",
            "publisher",
            "voice",
            "date",
            "references",
            "topics",
            "paragraph",
            "page",
            "text",
            "highlight",
            "url",
            "archiveUrl",
            "permalink",
            "score")) {
      assertThat(hit.has(field)).as(field).isTrue();
    }
    assertThat(hit.get("permalink").asString()).startsWith("/doc/").contains("#p");
    for (String dim : List.of("topic", "kind", "publisher", "voice", "year")) {
      assertThat(json.get("facets").has(dim)).as(dim).isTrue();
    }
  }

  @Test
  void everyResponseCarriesStrictSecurityHeadersAndNoCookie() throws Exception {
    for (String path :
        List.of(
            "/",
            "/search?q=consent",
            "/doc/ico-reply-universal-jobmatch-privacy",
            "/api/search?q=x",
            "/css/site.css",
            "/doc/nope")) {
      HttpResponse<String> response = get(port, path, HTML);
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .get()
          .asString()
          .contains("default-src 'none'")
          .contains("frame-ancestors 'none'");
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(path)
          .contains("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
      assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
  }

  @Test
  void theServerHasNoWriteEndpoints() throws Exception {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      assertThat(ArchiveServer.send(port, method, "/search").statusCode())
          .as(method)
          .isEqualTo(405);
      assertThat(ArchiveServer.send(port, method, "/api/search").statusCode())
          .as(method)
          .isEqualTo(405);
    }
  }

  @Test
  void pagesUseNoThirdPartyAssets() throws Exception {
    String home = get(port, "/", HTML).body();
    assertThat(home)
        .doesNotContainPattern("(src|href)=\"(https?:)?//(?!localhost)[^\"]*\\.(js|css)");
    assertThat(get(port, "/css/site.css", "text/css").statusCode()).isEqualTo(200);
    assertThat(get(port, "/js/site.js", "*/*").statusCode()).isEqualTo(200);
  }

  @Test
  void healthIsUp() throws Exception {
    HttpResponse<String> health = get(port, "/actuator/health", "application/json");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"UP\"");
  }
}
