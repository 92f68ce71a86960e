package org.foiarchive.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The archive served by a process a test starts itself, as a user starts it from a shell. */
public final class ServerProcess {
  /** How long a stopped server may take to exit (Maven stops the server it forked as it exits). */
  private static final Duration STOP_WAIT = Duration.ofMinutes(2);

  private ServerProcess() {}

  /** A port nothing listens on now, for the server to take. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * Waits until {@code server} answers a search on {@code port}, failing at once if it exits first,
   * then stops it and returns what it printed to {@code log}.
   */
  public static String untilFirstSearch(Process server, int port, Duration atMost, Path log)
      throws IOException, InterruptedException {
    try {
      HttpClient client = HttpClient.newHttpClient();
      URI search = URI.create("http://127.0.0.1:" + port + "/api/search?q=consent");
      await()
          .atMost(atMost)
          .pollInterval(Duration.ofMillis(250))
          .ignoreExceptions()
          .failFast("the server exited", () -> !server.isAlive())
          .until(
              () ->
                  client
                          .send(HttpRequest.newBuilder(search).build(), BodyHandlers.discarding())
                          .statusCode()
                      == 200);
    } finally {
      server.destroy();
      server.waitFor(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
    }
    return Files.readString(log);
  }
}
