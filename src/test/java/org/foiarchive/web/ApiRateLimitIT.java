package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiarchive.testing.ArchiveServer.get;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.foiarchive.testing.ArchiveServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One client that asks the API too fast is told to slow down (429, Retry-After); pages are not limited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiRateLimitIT {
  private static final int BURST = 5;

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) {
    ArchiveServer.properties(registry);
    registry.add("foiarchive.api.rate-limit-per-minute", () -> "6");
    registry.add("foiarchive.api.rate-limit-burst", () -> String.valueOf(BURST));
  }

  @Test
  void aClientOverItsLimitGets429WithRetryAfterAndNoCookie() throws Exception {
    List<Integer> statuses = new ArrayList<>();
    HttpResponse<String> limited = null;
    for (int i = 0; i < BURST + 3; i++) {
      HttpResponse<String> r = get(port, "/api/search?q=consent", "application/json");
      statuses.add(r.statusCode());
      if (r.statusCode() == 429) {
        limited = r;
      }
    }
    assertThat(statuses.subList(0, BURST)).containsOnly(200);
    assertThat(statuses.subList(BURST, statuses.size())).containsOnly(429);
    assertThat(limited.headers().firstValue("Retry-After")).get().asString().containsPattern("^[1-9]\\d*$");
    assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 10L);
    assertThat(limited.body()).contains("Too many requests");
    assertThat(limited.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    assertThat(limited.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(limited.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(get(port, "/search?q=consent", "text/html").statusCode()).isEqualTo(200);
  }
}
