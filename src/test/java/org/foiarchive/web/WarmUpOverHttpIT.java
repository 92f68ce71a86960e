package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.foiarchive.testing.ArchiveServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The start-up warm-up's second half asks its questions as a reader does, over HTTP to the server's
 * own {@code /api/search} on the loopback address. A reader on the same machine shares that
 * address, and must not find its budget spent by the warm-up: after the warm-up's forty requests, a
 * reader from 127.0.0.1 still has the whole burst; and a header that only looks like the warm-up's
 * buys nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WarmUpEvents.class)
class WarmUpOverHttpIT {
  private static final int BURST = 3;
  private static final int WARM_UP_REQUESTS = 40;

  @LocalServerPort int port;
  @Autowired WarmUpEvents events;

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) {
    ArchiveServer.servedArchive(registry);
    // One search a minute after the burst: the warm-up's requests would have spent it ten times.
    registry.add("foiarchive.rate-limit.per-minute", () -> "1");
    registry.add("foiarchive.rate-limit.burst", () -> String.valueOf(BURST));
    registry.add("foiarchive.warm-up.searches", () -> "10");
    registry.add("foiarchive.warm-up.requests", () -> String.valueOf(WARM_UP_REQUESTS));
  }

  @AfterEach
  void stopListening() {
    events.stopListening();
  }

  private int status(String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=consent"))
            .timeout(ArchiveServer.ANSWER_WAIT);
    if (headers.length > 0) {
      request.headers(headers);
    }
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(request.GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
  }

  @Test
  void theWarmUpsRequestsAreAnsweredAndLeaveTheLocalReadersBudgetWhole() throws Exception {
    events.awaitLine(
        Duration.ofMinutes(2),
        line ->
            assertThat(line)
                .startsWith("Search warmed up: 10 searches")
                .contains("then " + WARM_UP_REQUESTS + " requests to /api/search"));

    for (int i = 0; i < BURST; i++) {
      assertThat(status()).as("reader's request %d of the burst", i + 1).isEqualTo(200);
    }
    assertThat(status(WarmUpToken.HEADER, "0123456789abcdef0123456789abcdef"))
        .as("past the burst, with a made-up warm-up header")
        .isEqualTo(429);
  }
}
