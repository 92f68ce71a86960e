package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.search.SearchResults;
import org.foiarchive.search.SearchResultsJson;
import org.foiarchive.testing.ArchiveServer;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/search} answers with the command line's JSON, byte for byte, however it is made
 * faster; and the served archive keeps its answers, so a request asked again is not searched again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiAnswersIT {
  private static final String QUERY = "universal jobmatch cookies";

  @LocalServerPort int port;

  @Autowired ArchiveSearcher served;

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) {
    ArchiveServer.properties(registry);
  }

  @Test
  void theApiAnswersTheCommandLinesJsonByteForByte() throws Exception {
    SearchRequest request = SearchRequest.builder(QUERY).topics(List.of("cookies")).build();
    HttpResponse<byte[]> response =
        ArchiveServer.getBytes(
            port,
            "/api/search?topic=cookies&q=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8));
    try (LuceneArchiveSearcher searcher = TestArchive.searcher()) {
      SearchResults expected = searcher.search(request);
      String body = new String(response.body(), StandardCharsets.UTF_8);
      long tookMs = Long.parseLong(body.replaceFirst("(?s).*?\"tookMs\":(\\d+).*", "$1"));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
      // Text beyond ASCII (quotation marks, pound signs) goes out as UTF-8, as it always did.
      assertThat(body).matches("(?s).*[^\\x00-\\x7F].*");
      assertThat(response.body())
          .isEqualTo(
              SearchResultsJson.write(expected.answeredIn(tookMs))
                  .getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * An annotator's sentence pasted twice in one request thread of the served corpus: the API shows
   * it once, and that hit names the other copy, with where to read it.
   */
  @Test
  void aTextPastedTwiceIsOneHitThatNamesTheOtherCopy() throws Exception {
    String pasted =
        "With regard to signing up for Universal Jobmatch i wish to make my position clear.";
    JsonNode hits =
        JsonMapper.builder()
            .build()
            .readTree(
                ArchiveServer.get(
                        port,
                        "/api/search?q="
                            + URLEncoder.encode(
                                "signing up for Universal Jobmatch position",
                                StandardCharsets.UTF_8),
                        "application/json")
                    .body())
            .get("hits");
    List<JsonNode> copies =
        hits.valueStream().filter(h -> h.get("text").asString().equals(pasted)).toList();
    assertThat(copies).hasSize(1);
    JsonNode shown = copies.getFirst();
    JsonNode alsoIn = shown.get("alsoIn");
    assertThat(alsoIn.size()).isEqualTo(1);
    JsonNode other = alsoIn.get(0);
    String docId = shown.get("docId").asString();
    assertThat(other.get("docId").asString()).isEqualTo(docId);
    assertThat(other.get("title").asString()).isEqualTo(shown.get("title").asString());
    assertThat(other.get("voice").asString()).isEqualTo("annotation");
    assertThat(other.get("passageId").asString())
        .isNotEqualTo(shown.get("passageId").asString())
        .isEqualTo(docId + "-p" + other.get("ordinal").asInt());
    assertThat(other.get("permalink").asString())
        .isEqualTo("/doc/" + docId + "#p" + other.get("ordinal").asInt());
    assertThat(hits.valueStream().filter(h -> h != shown))
        .allSatisfy(h -> assertThat(h.get("alsoIn").isArray()).isTrue());
  }

  @Test
  void theServedArchiveAnswersARequestAskedAgainFromItsKeptAnswers() {
    SearchRequest request = SearchRequest.of("jobseeker's direction", 10);

    SearchResults first = served.search(request);
    SearchResults again = served.search(request);

    // The same hits, not found again: the very list the first search made.
    assertThat(again.hits()).isNotEmpty().isSameAs(first.hits());
  }

  @Test
  void aRepeatedApiRequestGetsTheSameAnswerWithItsOwnTime() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=consent"))
            .timeout(ArchiveServer.ANSWER_WAIT)
            .build();
    String first = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    String again = http.send(request, HttpResponse.BodyHandlers.ofString()).body();

    assertThat(withoutTime(again)).isEqualTo(withoutTime(first)).contains("\"hits\":[{");
  }

  @Test
  void aNumberTheSearchCouldNotUseIsSaidWithWhatWasUsed() throws Exception {
    String answer =
        ArchiveServer.get(port, "/api/search?q=consent&limit=abc&offset=-1", "application/json")
            .body();
    assertThat(answer)
        .contains("limit=abc was not a number this search can use; limit=10 was used.")
        .contains("offset=-1 was not a number this search can use; offset=0 was used.");
    assertThat(
            ArchiveServer.get(port, "/api/search?q=consent&limit=1000000", "application/json")
                .body())
        .contains("limit=100 was used.");
    assertThat(
            ArchiveServer.get(port, "/api/search?q=consent&limit=05&offset=0", "application/json")
                .body())
        .as("numbers used as given")
        .doesNotContain("was used.");
  }

  private static String withoutTime(String json) {
    return json.replaceFirst("\"tookMs\":\\d+", "\"tookMs\":0");
  }
}
