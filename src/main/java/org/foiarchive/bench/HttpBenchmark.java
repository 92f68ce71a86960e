package org.foiarchive.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bench http}: the server started as a separate process and loaded by {@code wrk} over the
 * query mix on {@code /api/search}; requests per second, errors, latency and the server's CPU per
 * request.
 */
public final class HttpBenchmark {
  /** Seconds of untimed load first, so that the timed run meets a warm server. */
  static final int WARM_UP_SECONDS = 5;

  /** wrk's threads: one per core of the 2-core machine the figures are for. */
  static final int WRK_THREADS = 2;

  private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
  private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: (.*)");
  private static final Pattern TOTAL_REQUESTS = Pattern.compile("(\\d+) requests in");

  private final Path corpus;
  private final Path index;
  private final String heap;
  private final int duration;
  private final int connections;
  private final String wrk;

  /**
   * @param heap the server's heap limit (as -Xmx takes it)
   * @param duration seconds of timed load
   * @param connections wrk's open connections
   * @param wrk the wrk binary
   */
  public HttpBenchmark(
      Path corpus, Path index, String heap, int duration, int connections, String wrk) {
    this.corpus = corpus;
    this.index = index;
    this.heap = heap;
    this.duration = duration;
    this.connections = connections;
    this.wrk = wrk;
  }

  /**
   * Loads the server and prints what wrk measured.
   *
   * @return whether every response was a success
   */
  public boolean run(PrintWriter out) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("foiarchive-bench-http-");
    Path script = dir.resolve("mix.lua");
    Files.writeString(script, mixScript());
    int port = ExternalCommands.freePort();
    // The per-client limit on /api/search protects a public server; one load generator is one
    // client.
    try (ServerProcess server =
        ServerProcess.start(
            corpus,
            index,
            port,
            heap,
            List.of(),
            List.of("--foiarchive.rate-limit.per-minute=0"),
            dir.resolve("server.log"))) {
      server.awaitReady(StartupBenchmark.READY_TIMEOUT, StartupBenchmark.READY_PROBE);
      String url = "http://127.0.0.1:" + port;
      ExternalCommands.run(load(script, url, WARM_UP_SECONDS, List.of()));
      long cpuBefore = server.cpuMillis();
      String report = ExternalCommands.run(load(script, url, duration, List.of("--latency")));
      long cpuMillis = server.cpuMillis() - cpuBefore;
      return printReport(report, cpuMillis, out);
    }
  }

  /** A wrk script that asks for the mix's API paths in turn. */
  private static String mixScript() {
    StringBuilder lua = new StringBuilder("local paths = {\n");
    QueryMix.apiPaths()
        .forEach(p -> lua.append("  \"").append(p.replace("\"", "\\\"")).append("\",\n"));
    lua.append(
        "}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
            + "  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
    return lua.toString();
  }

  private List<String> load(Path script, String url, int seconds, List<String> extra) {
    List<String> command =
        new ArrayList<>(List.of(wrk, "-t" + WRK_THREADS, "-c" + connections, "-d" + seconds + "s"));
    command.addAll(extra);
    command.addAll(List.of("-s", script.toString(), url));
    return command;
  }

  private boolean printReport(String report, long cpuMillis, PrintWriter out) {
    Matcher rps = REQUESTS_PER_SECOND.matcher(report);
    Matcher non2xx = NON_2XX.matcher(report);
    Matcher socket = SOCKET_ERRORS.matcher(report);
    out.printf(
        Locale.ROOT,
        "http: %s requests/s on /api/search (%d connections, %d s, heap limit %s); "
            + "non-2xx responses: %s; socket errors: %s%n",
        rps.find() ? rps.group(1) : "?",
        connections,
        duration,
        heap,
        non2xx.find() ? non2xx.group(1) : "0",
        socket.find() ? socket.group(1) : "none");
    Matcher total = TOTAL_REQUESTS.matcher(report);
    if (total.find() && cpuMillis > 0) {
      printServerCpu(Long.parseLong(total.group(1)), cpuMillis, out);
    }
    out.println(
        report
            .lines()
            .filter(l -> l.contains("Latency") || l.matches("\\s+\\d+%.*"))
            .map(l -> "http:   " + l.strip())
            .reduce((a, b) -> a + "\n" + b)
            .orElse(""));
    out.flush();
    return !non2xx.find(0);
  }

  /** wrk shares the cores; the server's own CPU per request says what the server could do alone. */
  private static void printServerCpu(long requests, long cpuMillis, PrintWriter out) {
    int cores = Runtime.getRuntime().availableProcessors();
    out.printf(
        Locale.ROOT,
        "http: server CPU %.2f ms per request (%d requests, %.1f CPU-s): at most %.0f requests/s "
            + "on %d cores for the server alone%n",
        cpuMillis / (double) requests,
        requests,
        cpuMillis / 1000.0,
        cores * requests * 1000.0 / cpuMillis,
        cores);
  }
}
