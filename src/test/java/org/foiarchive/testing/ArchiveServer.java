package org.foiarchive.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Test helpers for the archive served on a real local port from the real corpus. */
public final class ArchiveServer {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(30))
          .build();

  /**
   * How long a test waits for one answer. Not a speed check: long enough that a server still
   * compiling its first searches on a busy machine answers (20 s was not, at load 17), short enough
   * that a hung request still fails the test.
   */
  public static final Duration ANSWER_WAIT = Duration.ofMinutes(2);

  private ArchiveServer() {}

  /**
   * Points the application at the real corpus and the shared test index, with no per-client budget:
   * every test client is 127.0.0.1, and tests of pages are not tests of the limit (RateLimitIT is).
   */
  public static void properties(DynamicPropertyRegistry registry) {
    servedArchive(registry);
    registry.add("foiarchive.rate-limit.per-minute", () -> "0");
  }

  /** Points the application at the real corpus and the shared test index, and nothing else. */
  public static void servedArchive(DynamicPropertyRegistry registry) {
    registry.add("foiarchive.corpus", () -> TestArchive.CORPUS.toString());
    registry.add("foiarchive.index", () -> TestArchive.index().toString());
    // The served half of the warm-up asks thousands of questions over HTTP beside the tests, on two
    // shared cores; the in-process half still runs, and WarmUpOverHttpIT turns this one on.
    registry.add("foiarchive.warm-up.requests", () -> "0");
  }

  public static HttpResponse<String> get(int port, String pathAndQuery, String accept)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
            .header("Accept", accept)
            .timeout(ANSWER_WAIT)
            .GET()
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  public static HttpResponse<byte[]> getBytes(int port, String pathAndQuery)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
            .timeout(ANSWER_WAIT)
            .GET()
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  public static HttpResponse<String> send(int port, String method, String path)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .method(method, HttpRequest.BodyPublishers.ofString("q=x"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .timeout(ANSWER_WAIT)
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
