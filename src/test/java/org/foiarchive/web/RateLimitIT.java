package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.foiarchive.testing.ArchiveServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A client that asks for expensive work too fast is told to slow down (429, Retry-After), however
 * it spells the address. Each test is its own client: a loopback address of its own (127.0.0.N).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitIT {
  private static final int BURST = 5;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) {
    ArchiveServer.servedArchive(registry);
    // One search every ten seconds after the burst: no test here waits that long between two
    // requests.
    registry.add("foiarchive.rate-limit.per-minute", () -> "6");
    registry.add("foiarchive.rate-limit.burst", () -> String.valueOf(BURST));
  }

  private HttpResponse<String> get(String client, String path, String... headers) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .localAddress(InetAddress.getByName(client))
            .connectTimeout(Duration.ofSeconds(30))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(ArchiveServer.ANSWER_WAIT);
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private List<Integer> statuses(String client, String path, int times) throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      statuses.add(get(client, path).statusCode());
    }
    return statuses;
  }

  @Test
  void aClientOverItsLimitGets429WithRetryAfterAndNoCookie() throws Exception {
    String client = "127.0.0.11";
    List<Integer> statuses = statuses(client, "/api/search?q=consent", BURST);
    assertThat(statuses).containsOnly(200);
    HttpResponse<String> limited = get(client, "/api/search?q=consent");
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 60L);
    assertThat(limited.body()).contains("Too many requests");
    assertThat(limited.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/json");
    assertThat(limited.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(limited.headers().allValues("Set-Cookie")).isEmpty();
    // Cheap pages stay open to the same client.
    assertThat(get(client, "/").statusCode()).isEqualTo(200);
    assertThat(get(client, "/topics").statusCode()).isEqualTo(200);
  }

  @Test
  void anotherSpellingOfTheAddressSpendsTheSameBudget() throws Exception {
    String client = "127.0.0.12";
    assertThat(get(client, "/%61pi/search?q=consent").statusCode()).isEqualTo(200);
    assertThat(get(client, "/ap%69/search?q=consent").statusCode()).isEqualTo(200);
    assertThat(statuses(client, "/api/search?q=consent", BURST - 2)).containsOnly(200);
    assertThat(get(client, "/%61pi/search?q=consent").statusCode()).isEqualTo(429);
    assertThat(get(client, "/ap%69/search?q=consent").statusCode()).isEqualTo(429);
    assertThat(get(client, "/api/search;x=1?q=consent").statusCode()).isIn(400, 404, 429);
  }

  @Test
  void theSearchPageTheFeedAndCitationsShareOneBudget() throws Exception {
    String client = "127.0.0.13";
    assertThat(get(client, "/search?q=consent").statusCode()).isEqualTo(200);
    assertThat(get(client, "/feed?q=consent").statusCode()).isEqualTo(200);
    assertThat(get(client, "/cite/ico-reply-universal-jobmatch-privacy-p27").statusCode())
        .isEqualTo(200);
    assertThat(get(client, "/search?q=cookies").statusCode()).isEqualTo(200);
    assertThat(get(client, "/topics/consent").statusCode()).isEqualTo(200);
    HttpResponse<String> page = get(client, "/search?q=consent");
    assertThat(page.statusCode()).isEqualTo(429);
    assertThat(page.headers().firstValue("Retry-After")).isPresent();
    assertThat(page.body()).contains("Too many requests");
    assertThat(get(client, "/feed?q=consent").statusCode()).isEqualTo(429);
  }

  @Test
  void aBundlePdfCostsManySearches() throws Exception {
    String client = "127.0.0.14";
    HttpResponse<String> pdf =
        get(client, "/bundle.pdf?p=ico-reply-universal-jobmatch-privacy-p27");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(get(client, "/bundle.pdf?p=ico-reply-universal-jobmatch-privacy-p27").statusCode())
        .isEqualTo(429);
    assertThat(get(client, "/api/search?q=consent").statusCode()).isEqualTo(429);
  }

  @Test
  void aForwardedForHeaderIsNotTrustedUnlessTheOperatorSaysSo() throws Exception {
    String client = "127.0.0.15";
    assertThat(statuses(client, "/api/search?q=consent", BURST)).containsOnly(200);
    HttpResponse<String> spoofed =
        get(client, "/api/search?q=consent", "X-Forwarded-For", "203.0.113.7");
    assertThat(spoofed.statusCode()).isEqualTo(429);
  }
}
