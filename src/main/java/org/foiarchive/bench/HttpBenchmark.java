package org.foiarchive.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiarchive.search.SearchRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench http}: the server started as a separate process and loaded by {@code wrk} over the
 * query mix (or other requests) on {@code /api/search}; requests per second, errors, latency and
 * the server's CPU per request. It runs once with the server's results cache off, which measures
 * the search itself, and once with it as the server is deployed, where a fixed mix asked again and
 * again is answered from the cache; the first run also times the first requests after start against
 * later ones, one at a time.
 */
public final class HttpBenchmark {
  /** Seconds of untimed load first, so that the timed run meets a warm server. */
  static final int WARM_UP_SECONDS = 5;

  /** wrk's threads: one per core of the 2-core machine the figures are for. */
  static final int WRK_THREADS = 2;

  /** The setting that sizes the server's results cache; 0 turns it off. */
  static final String RESULT_CACHE_SETTING = "foiarchive.search.result-cache";

  /**
   * Requests asked one at a time right after the server is ready, to see how soon it is warm: the
   * first group of them against the last ("the first hundred questions as fast as the thousandth").
   */
  static final int WARMTH_REQUESTS = 1_000;

  /** The size of the first and the last group of {@link #WARMTH_REQUESTS} compared. */
  static final int WARMTH_GROUP = 100;

  /**
   * What the server logs when its own start-up warm-up has ended ({@code WarmUpOnStart}): load
   * measured before then would count the warm-up's searches as the load's.
   */
  private static final Pattern WARM_UP_ENDED = Pattern.compile("Search warm(ed up|-up stopped)");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

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
  private final List<String> paths;
  private final String resultCache;
  private final AotTraining aot;
  private final List<String> jvmOptions;

  /**
   * @param heap the server's heap limit (as -Xmx takes it)
   * @param duration seconds of timed load
   * @param connections wrk's open connections
   * @param wrk the wrk binary
   * @param requests what to ask, in turn
   * @param resultCache the server's results cache size (as {@code 32MB}, {@code 0} for off), or
   *     null to run once with it off and once as the server sets it by default
   * @param aot how the server starts: from the class path, or from the extracted jar with an AOT
   *     cache recorded by a training run of that kind
   * @param jvmOptions options for the server's JVM (and its training run's), after those every
   *     server gets
   */
  public HttpBenchmark(
      Path corpus,
      Path index,
      String heap,
      int duration,
      int connections,
      String wrk,
      List<SearchRequest> requests,
      String resultCache,
      AotTraining aot,
      List<String> jvmOptions) {
    this.corpus = corpus;
    this.index = index;
    this.heap = heap;
    this.duration = duration;
    this.connections = connections;
    this.wrk = wrk;
    this.paths = requests.stream().map(QueryMix::apiPath).toList();
    this.resultCache = resultCache;
    this.aot = aot;
    this.jvmOptions = List.copyOf(jvmOptions);
  }

  /**
   * Loads the server and prints what wrk measured, for each results cache setting.
   *
   * @return whether every response was a success
   */
  public boolean run(PrintWriter out) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("foiarchive-bench-http-");
    Path script = dir.resolve("mix.lua");
    Files.writeString(script, mixScript(paths));
    if (resultCache != null) {
      return run(script, dir, resultCache, out);
    }
    boolean off = run(script, dir, "0", out);
    return run(script, dir, null, out) && off;
  }

  /**
   * @param cache the results cache setting, or null for the server's default
   */
  private boolean run(Path script, Path dir, String cache, PrintWriter out)
      throws IOException, InterruptedException {
    int port = ExternalCommands.freePort();
    // The per-client limit on /api/search protects a public server; one load generator is one
    // client.
    List<String> settings = new ArrayList<>(List.of("--foiarchive.rate-limit.per-minute=0"));
    if (cache != null) {
      settings.add("--" + RESULT_CACHE_SETTING + "=" + cache);
    }
    boolean searched = "0".equals(cache);
    String label =
        searched
            ? "results cache off: every request searched"
            : "results cache "
                + (cache == null ? "as served" : cache)
                + ": requests asked before are answered from it";
    Path log = dir.resolve("server-" + port + ".log");
    try (ServerProcess server = start(port, settings, dir, log)) {
      server.awaitReady(StartupBenchmark.READY_TIMEOUT, StartupBenchmark.READY_PROBE);
      String url = "http://127.0.0.1:" + port;
      if (searched) {
        printWarmth(url, out);
      }
      awaitWarmUpEnd(log);
      ExternalCommands.run(load(script, url, WARM_UP_SECONDS, List.of()));
      String loadBefore = loadAverage();
      long cpuBefore = server.cpuMillis();
      String report = ExternalCommands.run(load(script, url, duration, List.of("--latency")));
      long cpuMillis = server.cpuMillis() - cpuBefore;
      return printReport(report, cpuMillis, label, loadBefore, out);
    }
  }

  private ServerProcess start(int port, List<String> settings, Path dir, Path log)
      throws IOException, InterruptedException {
    if (aot == AotTraining.NONE) {
      return ServerProcess.start(corpus, index, port, heap, jvmOptions, settings, log);
    }
    AotTraining.Recorded recorded =
        aot.record(
            corpus, index, heap, jvmOptions, settings, dir.resolve("training-" + port + ".log"));
    List<String> options = new ArrayList<>(jvmOptions);
    options.add("-XX:AOTCache=" + recorded.cache());
    return ServerProcess.startJar(
        recorded.jar(), corpus, index, port, heap, options, settings, log);
  }

  /** A wrk script that asks for the given API paths in turn. */
  private static String mixScript(List<String> paths) {
    StringBuilder lua = new StringBuilder("local paths = {\n");
    paths.forEach(p -> lua.append("  \"").append(p.replace("\"", "\\\"")).append("\",\n"));
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

  /**
   * Asks the requests in turn, one at a time, from the moment the server is ready (its own warm-up
   * runs beside them, as it does for real readers), and compares the first group's latency with the
   * last's: both as the client waits for the answer and as the search's own {@code tookMs}.
   */
  private void printWarmth(String url, PrintWriter out) throws IOException, InterruptedException {
    long[] wall = new long[WARMTH_REQUESTS];
    long[] took = new long[WARMTH_REQUESTS];
    for (int i = 0; i < WARMTH_REQUESTS; i++) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url + paths.get(i % paths.size())))
              .timeout(StartupBenchmark.READY_TIMEOUT)
              .GET()
              .build();
      long start = System.nanoTime();
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      wall[i] = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        throw new IOException(
            "the server answered " + response.statusCode() + " to " + request.uri());
      }
      took[i] = JSON.readTree(response.body()).path("tookMs").asLong() * 1_000_000;
    }
    int last = WARMTH_REQUESTS - WARMTH_GROUP;
    out.printf(
        Locale.ROOT,
        "http: warm after start? %d requests one at a time from ready: requests 1-%d p50 %.1f ms "
            + "(the search's tookMs p50 %.1f), requests %d-%d p50 %.1f ms (tookMs p50 %.1f); "
            + "means %.1f and %.1f ms%n",
        WARMTH_REQUESTS,
        WARMTH_GROUP,
        p50(wall, 0, WARMTH_GROUP),
        p50(took, 0, WARMTH_GROUP),
        last + 1,
        WARMTH_REQUESTS,
        p50(wall, last, WARMTH_REQUESTS),
        p50(took, last, WARMTH_REQUESTS),
        mean(wall, 0, WARMTH_GROUP),
        mean(wall, last, WARMTH_REQUESTS));
    out.flush();
  }

  /** Waits for the server's start-up warm-up to end (it is bounded in time), or gives up. */
  private static void awaitWarmUpEnd(Path log) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + StartupBenchmark.READY_TIMEOUT.toNanos();
    while (!WARM_UP_ENDED.matcher(Files.readString(log)).find()) {
      if (System.nanoTime() - deadline > 0) {
        return;
      }
      Thread.sleep(100);
    }
  }

  private static double p50(long[] nanos, int from, int to) {
    return Measurements.Latency.of(Arrays.copyOfRange(nanos, from, to)).p50();
  }

  private static double mean(long[] nanos, int from, int to) {
    return Measurements.Latency.of(Arrays.copyOfRange(nanos, from, to)).mean();
  }

  private boolean printReport(
      String report, long cpuMillis, String label, String loadBefore, PrintWriter out) {
    Matcher rps = REQUESTS_PER_SECOND.matcher(report);
    Matcher non2xx = NON_2XX.matcher(report);
    Matcher socket = SOCKET_ERRORS.matcher(report);
    out.printf(
        Locale.ROOT,
        "http: %s requests/s on /api/search (%s; %d connections, %d s, heap limit %s, "
            + "%d distinct requests); non-2xx responses: %s; socket errors: %s; "
            + "load average %s before, %s after%n",
        rps.find() ? rps.group(1) : "?",
        label,
        connections,
        duration,
        heap,
        paths.size(),
        non2xx.find() ? non2xx.group(1) : "0",
        socket.find() ? socket.group(1) : "none",
        loadBefore,
        loadAverage());
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

  private static String loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
  }
}
