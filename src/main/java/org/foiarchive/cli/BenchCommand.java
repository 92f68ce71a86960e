package org.foiarchive.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.foiarchive.bench.CorpusGenerator;
import org.foiarchive.bench.EngineComparison;
import org.foiarchive.bench.Measurements;
import org.foiarchive.bench.QueryMix;
import org.foiarchive.bench.ServerProcess;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.ingest.IngestListener;
import org.foiarchive.ingest.IngestPipeline;
import org.foiarchive.ingest.IngestReport;
import org.foiarchive.ingest.RelevanceEvaluation;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: makes a corpus of any size and measures ingest, search latency, start-up and HTTP
 * load.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmarks at archive scale. 'generate' writes a realistic corpus of N passages (from the real",
      "corpus's words); 'ingest', 'query', 'startup' and 'http' measure it; 'all' runs the four in turn.",
      "",
      "Example:",
      "  foiarchive bench generate --passages 1000000 --out target/bench/corpus",
      "  foiarchive bench all --corpus target/bench/corpus --index target/bench/index",
      "  foiarchive bench compare --size 20000 --queries src/test/resources/eval/heldout-queries.tsv"
    },
    subcommands = {
      BenchCommand.Generate.class,
      BenchCommand.Ingest.class,
      BenchCommand.Query.class,
      BenchCommand.Startup.class,
      BenchCommand.Http.class,
      BenchCommand.All.class,
      BenchCommand.Compare.class
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** {@code bench generate}: a synthetic corpus in the real corpus's words and structure. */
  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description = {
        "Writes a corpus of about N passages: request threads, replies, guidance, blogs, forums.",
        "",
        "Example:",
        "  foiarchive bench generate --passages 1000000 --out target/bench/corpus"
      })
  static final class Generate implements Callable<Integer> {
    @Option(
        names = "--passages",
        required = true,
        paramLabel = "N",
        description = "Passages to generate.")
    long passages;

    @Option(
        names = "--out",
        defaultValue = "target/bench/corpus",
        paramLabel = "DIR",
        description = "Where to write the corpus. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(
        names = "--from",
        defaultValue = "corpus",
        paramLabel = "DIR",
        description = "The real corpus whose words and topics to use. Default: ${DEFAULT-VALUE}")
    Path from;

    @Option(
        names = "--seed",
        defaultValue = "20130612",
        description = "Random seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (passages < 1) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--passages must be at least 1");
      }
      if (Files.exists(out.resolve("sources.yml"))) {
        throw new IOException(out + " already holds a corpus; remove it or choose another --out");
      }
      long start = System.nanoTime();
      Corpus real = Corpus.open(from);
      CorpusGenerator.Result result =
          CorpusGenerator.learningFrom(real, seed).generate(out, passages, real.topicsFile());
      PrintWriter w = spec.commandLine().getOut();
      w.printf(
          Locale.ROOT,
          "generated %d documents, %d passages, %s of text, from %d words, in %.1f s: %s%n",
          result.documents(),
          result.passages(),
          Measurements.megabytes(result.bytes()),
          result.vocabulary(),
          (System.nanoTime() - start) / 1e9,
          out.toAbsolutePath());
      w.flush();
      return 0;
    }
  }

  /** {@code bench ingest}: ingest throughput and index size. */
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = {
        "Ingests a corpus and reports passages per second, index size and heap.",
        "",
        "Example:",
        "  foiarchive bench ingest --corpus target/bench/corpus --index target/bench/index"
      })
  static final class Ingest extends Measurement {
    @Override
    int measure(BenchOptions o, PrintWriter out) throws IOException {
      return ingest(o, out);
    }
  }

  /** {@code bench query}: in-process latency of the query mix. */
  @Command(
      name = "query",
      mixinStandardHelpOptions = true,
      description = {
        "Runs the fixed query mix (with highlighting and facets) against an index, in process,",
        "and reports latency percentiles and heap in use.",
        "",
        "Example:",
        "  foiarchive bench query --index target/bench/index --rounds 200"
      })
  static final class Query extends Measurement {
    @Override
    int measure(BenchOptions o, PrintWriter out) throws IOException {
      return query(o, out);
    }
  }

  /** {@code bench startup}: time from starting the server process to its first answered search. */
  @Command(
      name = "startup",
      mixinStandardHelpOptions = true,
      description = {
        "Starts the server on an existing index several times and reports the time to ready.",
        "",
        "Example:",
        "  foiarchive bench startup --corpus target/bench/corpus --index target/bench/index"
      })
  static final class Startup extends Measurement {
    @Override
    int measure(BenchOptions o, PrintWriter out) throws Exception {
      return startup(o, out);
    }
  }

  /** {@code bench http}: requests per second on /api/search under wrk. */
  @Command(
      name = "http",
      mixinStandardHelpOptions = true,
      description = {
        "Starts the server (heap capped at --heap) and loads /api/search with wrk over the query mix.",
        "",
        "Example:",
        "  foiarchive bench http --corpus target/bench/corpus --index target/bench/index"
      })
  static final class Http extends Measurement {
    @Override
    int measure(BenchOptions o, PrintWriter out) throws Exception {
      return http(o, out);
    }
  }

  /** {@code bench compare}: foiarchive beside bare Lucene and Xapian on the same passages. */
  @Command(
      name = "compare",
      mixinStandardHelpOptions = true,
      description = {
        "Indexes the same passages (one a line) with foiarchive, bare Lucene and Xapian (as",
        "WhatDoTheyKnow runs it), times the same questions in each after warm-up rounds, and prints",
        "one table: query p50/p99 wall and CPU time, ingest passages/s and CPU-s, index size, and",
        "MRR@10/R@10 where a question carries its expected quote. Xapian needs python3-xapian;",
        "without it the table says so.",
        "",
        "Example:",
        "  foiarchive bench compare --size 20000 --work /tmp/compare \\",
        "      --queries ../shared/eval/dev-queries.tsv --queries ../shared/eval/dev-queries-2.tsv"
      })
  static final class Compare implements Callable<Integer> {
    @Option(
        names = "--passages",
        paramLabel = "FILE",
        description = "Passages to index, one a line. Default: --size passages generated.")
    Path passages;

    @Option(
        names = "--size",
        defaultValue = "20000",
        paramLabel = "N",
        description =
            "Passages to generate without --passages: the real corpus's passages among filler"
                + " from a Zipfian vocabulary of 300,000 words. Default: ${DEFAULT-VALUE}")
    int size;

    @Option(
        names = "--from",
        defaultValue = "corpus",
        paramLabel = "DIR",
        description =
            "The real corpus whose passages go among the filler. Default: ${DEFAULT-VALUE}")
    Path from;

    @Option(
        names = "--queries",
        paramLabel = "FILE.tsv",
        defaultValue = "src/test/resources/eval/heldout-queries.tsv",
        description = "Questions (columns id, query, quote; repeatable). Default: ${DEFAULT-VALUE}")
    List<Path> queries;

    @Option(
        names = "--work",
        defaultValue = "target/bench/compare",
        paramLabel = "DIR",
        description = "Where the generated passages and the indexes go. Default: ${DEFAULT-VALUE}")
    Path work;

    @Option(
        names = "--warmup",
        defaultValue = "10",
        paramLabel = "ROUNDS",
        description =
            "Untimed rounds of the questions first, per engine. Default: ${DEFAULT-VALUE}")
    int warmup;

    @Option(
        names = "--rounds",
        defaultValue = "10",
        description = "Timed rounds of the questions, per engine. Default: ${DEFAULT-VALUE}")
    int rounds;

    @Option(
        names = "--python",
        defaultValue = "/usr/bin/python3",
        description = "The Python with Xapian's bindings. Default: ${DEFAULT-VALUE}")
    String python;

    @Option(
        names = "--seed",
        defaultValue = "20130612",
        description = "Random seed of the generated passages. Default: ${DEFAULT-VALUE}")
    long seed;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (size < 1 || warmup < 0 || rounds < 1) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--size and --rounds must be at least 1, --warmup at least 0");
      }
      for (Path file : passages == null ? queries : concat(queries, passages)) {
        if (!Files.isRegularFile(file)) {
          throw new picocli.CommandLine.ParameterException(
              spec.commandLine(), "no such file: " + file);
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      String table =
          new EngineComparison(
                  new EngineComparison.Options(
                      work, passages, size, from, queries, warmup, rounds, python, seed),
                  spec.commandLine().getErr())
              .run();
      out.print(table);
      out.flush();
      return 0;
    }

    private static List<Path> concat(List<Path> files, Path more) {
      List<Path> all = new ArrayList<>(files);
      all.add(more);
      return all;
    }
  }

  /** A subcommand that measures one thing with the shared options and prints what it found. */
  abstract static class Measurement implements Callable<Integer> {
    @Mixin BenchOptions options;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      return measure(options, spec.commandLine().getOut());
    }

    abstract int measure(BenchOptions o, PrintWriter out) throws Exception;
  }

  /** {@code bench all}: ingest, query, startup and http in turn. */
  @Command(
      name = "all",
      mixinStandardHelpOptions = true,
      description = {
        "Runs ingest, query, startup and http in turn on one corpus.",
        "",
        "Example:",
        "  foiarchive bench all --corpus target/bench/corpus --index target/bench/index"
      })
  static final class All extends Measurement {
    @Override
    int measure(BenchOptions o, PrintWriter out) throws Exception {
      int status = ingest(o, out);
      status = Math.max(status, query(o, out));
      status = Math.max(status, startup(o, out));
      return Math.max(status, http(o, out));
    }
  }

  /** Options every measuring subcommand shares. */
  static final class BenchOptions {
    @Option(
        names = "--corpus",
        defaultValue = "target/bench/corpus",
        paramLabel = "DIR",
        description = "Corpus to ingest or serve. Default: ${DEFAULT-VALUE}")
    Path corpus;

    @Option(
        names = "--index",
        defaultValue = "target/bench/index",
        paramLabel = "DIR",
        description = "Index to build or search. Default: ${DEFAULT-VALUE}")
    Path index;

    @Option(
        names = "--rounds",
        defaultValue = "100",
        description = "Rounds of the query mix. Default: ${DEFAULT-VALUE}")
    int rounds;

    @Option(
        names = "--query",
        paramLabel = "QUERY",
        description = "Time this one query instead of the mix (to profile a slow one).")
    String query;

    @Option(
        names = "--queries",
        paramLabel = "FILE.tsv",
        description =
            "Time the questions of these query sets (column query; repeatable) instead of the mix.")
    List<Path> queries;

    @Option(
        names = "--runs",
        defaultValue = "3",
        description = "Server starts to time. Default: ${DEFAULT-VALUE}")
    int runs;

    @Option(
        names = "--heap",
        defaultValue = "512m",
        description = "Server heap limit. Default: ${DEFAULT-VALUE}")
    String heap;

    @Option(
        names = "--duration",
        defaultValue = "30",
        description = "Seconds of HTTP load. Default: ${DEFAULT-VALUE}")
    int duration;

    @Option(
        names = "--connections",
        defaultValue = "16",
        description = "HTTP connections. Default: ${DEFAULT-VALUE}")
    int connections;

    @Option(
        names = "--wrk",
        defaultValue = "wrk",
        description = "The wrk binary. Default: ${DEFAULT-VALUE}")
    String wrk;
  }

  static int ingest(BenchOptions o, PrintWriter out) throws IOException {
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    Corpus corpus = Corpus.open(o.corpus);
    IngestReport report =
        // A rebuild, so that a second run over the same index measures an ingest, not "nothing
        // changed".
        new IngestPipeline(new ArchiveAnalyzers())
            .run(
                corpus,
                new IndexLocation(o.index),
                IngestListener.SILENT,
                IngestPipeline.Mode.REBUILD);
    double cpuSeconds = (os.getProcessCpuTime() - cpuBefore) / 1e9;
    double seconds = report.elapsed().toMillis() / 1000.0;
    out.printf(
        Locale.ROOT,
        "ingest: %d passages of %d documents in %.1f s = %.0f passages/s; %d failed; index %s%n",
        report.passages(),
        report.documents(),
        seconds,
        report.passages() / Math.max(seconds, 0.001),
        report.failures().size(),
        Measurements.megabytes(report.indexSizeBytes()));
    // On a machine shared with other work the wall clock includes waiting for a core; CPU time does
    // not.
    int cores = Runtime.getRuntime().availableProcessors();
    out.printf(
        Locale.ROOT,
        "ingest: %.1f CPU-seconds = %.0f passages per CPU-second (%.0f passages/s on %d idle cores)%n",
        cpuSeconds,
        report.passages() / Math.max(cpuSeconds, 0.001),
        cores * report.passages() / Math.max(cpuSeconds, 0.001),
        cores);
    out.printf(
        "ingest: heap in use after the ingest %s (max %s)%n",
        Measurements.megabytes(Measurements.heapInUseAfterGc()),
        Measurements.megabytes(Runtime.getRuntime().maxMemory()));
    out.flush();
    return 0;
  }

  static int query(BenchOptions o, PrintWriter out) throws IOException {
    long openStart = System.nanoTime();
    try (LuceneArchiveSearcher searcher = Searchers.open(o.index)) {
      long openMs = (System.nanoTime() - openStart) / 1_000_000;
      List<SearchRequest> mix = requests(o);
      long hits = 0;
      for (int round = 0; round < Math.max(5, o.rounds / 5); round++) {
        for (SearchRequest r : mix) {
          hits += searcher.search(r).hits().size();
        }
      }
      long[] nanos = new long[mix.size() * o.rounds];
      long[] cpu = new long[nanos.length];
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      int n = 0;
      long totals = 0;
      for (int round = 0; round < o.rounds; round++) {
        for (SearchRequest r : mix) {
          long c = threads.getCurrentThreadCpuTime();
          long t = System.nanoTime();
          SearchResults results = searcher.search(r);
          nanos[n] = System.nanoTime() - t;
          cpu[n++] = threads.getCurrentThreadCpuTime() - c;
          totals += results.total();
        }
      }
      out.printf(
          Locale.ROOT,
          "query: opened the index in %d ms; %d passages; %s%n",
          openMs,
          searcher.stats().passages(),
          Measurements.Latency.of(nanos).summary());
      // On a machine shared with other work, wall time includes waiting for a core; CPU time does
      // not.
      out.printf(
          Locale.ROOT, "query: CPU time per query %s%n", Measurements.Latency.of(cpu).summary());
      out.printf(
          Locale.ROOT,
          "query: mean hits per query %.0f; heap in use with the index open %s%n",
          totals / (double) Math.max(1, n),
          Measurements.megabytes(Measurements.heapInUseAfterGc()));
      out.printf(
          Locale.ROOT, "query: slowest of the mix (median CPU ms): %s%n", slowest(mix, cpu, 5));
      out.flush();
      return hits > 0 ? 0 : 1;
    }
  }

  /** What {@code bench query} times: one query, the questions of query sets, or the mix. */
  private static List<SearchRequest> requests(BenchOptions o) throws IOException {
    if (o.query != null) {
      return List.of(SearchRequest.of(o.query, 10));
    }
    if (o.queries == null || o.queries.isEmpty()) {
      return QueryMix.REQUESTS;
    }
    List<SearchRequest> questions = new ArrayList<>();
    for (Path set : o.queries) {
      RelevanceEvaluation.read(set).forEach(c -> questions.add(SearchRequest.of(c.query(), 10)));
    }
    return questions;
  }

  /**
   * The {@code count} requests of the mix with the highest median, where run i of the timings is
   * request i % size.
   */
  static String slowest(List<SearchRequest> mix, long[] nanos, int count) {
    List<String> lines = new ArrayList<>();
    long[] medians = new long[mix.size()];
    for (int q = 0; q < mix.size(); q++) {
      List<Long> runs = new ArrayList<>();
      for (int i = q; i < nanos.length; i += mix.size()) {
        runs.add(nanos[i]);
      }
      runs.sort(null);
      medians[q] = runs.isEmpty() ? 0 : runs.get(runs.size() / 2);
    }
    IntStream.range(0, mix.size())
        .boxed()
        .sorted((a, b) -> Long.compare(medians[b], medians[a]))
        .limit(count)
        .forEach(
            q ->
                lines.add(
                    String.format(Locale.ROOT, "%.1f %s", medians[q] / 1e6, describe(mix.get(q)))));
    return String.join("; ", lines);
  }

  private static String describe(SearchRequest r) {
    StringBuilder s = new StringBuilder("[").append(r.query()).append("]");
    r.topics().forEach(t -> s.append(" topic=").append(t));
    r.kinds().forEach(k -> s.append(" kind=").append(k));
    r.voices().forEach(v -> s.append(" voice=").append(v));
    if (r.offset() > 0) {
      s.append(" offset=").append(r.offset());
    }
    return s.toString();
  }

  static int startup(BenchOptions o, PrintWriter out) throws Exception {
    Path log = Files.createTempFile("foiarchive-bench-server-", ".log");
    List<Long> plain = new ArrayList<>();
    for (int i = 0; i < o.runs; i++) {
      try (ServerProcess server =
          ServerProcess.start(o.corpus, o.index, freePort(), o.heap, List.of(), List.of(), log)) {
        plain.add(server.awaitReady(Duration.ofMinutes(5), READY_PROBE));
      }
    }
    report(out, "as built (java -jar target/foiarchive.jar)", plain, o.heap);
    Path jar = runningJar();
    if (jar == null) {
      out.println(
          "startup: run from target/foiarchive.jar to measure the extracted jar with an AOT cache too");
      out.flush();
      return 0;
    }
    // The deployment Spring Boot recommends for fast start-up: the jar extracted (classes load from
    // plain jars, not from jars nested in a jar) and a JDK AOT cache recorded by one training run.
    Path app = o.index.toAbsolutePath().getParent().resolve("app");
    Path extracted = app.resolve(jar.getFileName());
    Path cache = app.resolve("foiarchive.aot");
    Files.createDirectories(app);
    run(
        List.of(
            javaBinary(),
            "-Djarmode=tools",
            "-jar",
            jar.toString(),
            "extract",
            "--force",
            "--destination",
            app.toString()));
    Files.deleteIfExists(cache);
    try (ServerProcess training =
        ServerProcess.startJar(
            extracted,
            o.corpus,
            o.index,
            freePort(),
            o.heap,
            List.of("-XX:AOTCacheOutput=" + cache),
            List.of(),
            log)) {
      training.awaitReady(Duration.ofMinutes(5), READY_PROBE);
      training.stopGracefully();
    }
    List<Long> cached = new ArrayList<>();
    for (int i = 0; i < o.runs; i++) {
      try (ServerProcess server =
          ServerProcess.startJar(
              extracted,
              o.corpus,
              o.index,
              freePort(),
              o.heap,
              List.of("-XX:AOTCache=" + cache),
              List.of(),
              log)) {
        cached.add(server.awaitReady(Duration.ofMinutes(5), READY_PROBE));
      }
    }
    report(
        out,
        "extracted jar with an AOT cache (java -XX:AOTCache="
            + app.relativize(cache)
            + " -jar "
            + app.relativize(extracted)
            + ")",
        cached,
        o.heap);
    return 0;
  }

  private static final String READY_PROBE = "/api/search?q=consent";

  private static void report(PrintWriter out, String how, List<Long> times, String heap) {
    List<Long> sorted = times.stream().sorted().toList();
    out.printf(
        Locale.ROOT,
        "startup: %s: ready (first search answered) in %s ms, median %d ms (heap limit %s)%n",
        how,
        times,
        sorted.get(sorted.size() / 2),
        heap);
    out.flush();
  }

  /**
   * The executable jar this command runs from, or null when it runs from classes (tests, an IDE).
   */
  private static Path runningJar() {
    String classPath = System.getProperty("java.class.path");
    return classPath != null
            && classPath.endsWith(".jar")
            && !classPath.contains(File.pathSeparator)
        ? Path.of(classPath).toAbsolutePath()
        : null;
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
  private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: (.*)");

  static int http(BenchOptions o, PrintWriter out) throws Exception {
    Path dir = Files.createTempDirectory("foiarchive-bench-http-");
    Path script = dir.resolve("mix.lua");
    StringBuilder lua = new StringBuilder("local paths = {\n");
    QueryMix.apiPaths()
        .forEach(p -> lua.append("  \"").append(p.replace("\"", "\\\"")).append("\",\n"));
    lua.append(
        "}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
            + "  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
    Files.writeString(script, lua);
    int port = freePort();
    // The per-client limit on /api/search protects a public server; one load generator is one
    // client.
    try (ServerProcess server =
        ServerProcess.start(
            o.corpus,
            o.index,
            port,
            o.heap,
            List.of(),
            List.of("--foiarchive.rate-limit.per-minute=0"),
            dir.resolve("server.log"))) {
      server.awaitReady(Duration.ofMinutes(5), "/api/search?q=consent");
      String url = "http://127.0.0.1:" + port;
      run(
          List.of(
              o.wrk, "-t2", "-c" + o.connections, "-d5s", "-s", script.toString(), url)); // warm-up
      long cpuBefore = server.cpuMillis();
      String report =
          run(
              List.of(
                  o.wrk,
                  "-t2",
                  "-c" + o.connections,
                  "-d" + o.duration + "s",
                  "--latency",
                  "-s",
                  script.toString(),
                  url));
      long cpuMillis = server.cpuMillis() - cpuBefore;
      Matcher rps = REQUESTS_PER_SECOND.matcher(report);
      Matcher non2xx = NON_2XX.matcher(report);
      Matcher socket = SOCKET_ERRORS.matcher(report);
      out.printf(
          Locale.ROOT,
          "http: %s requests/s on /api/search (%d connections, %d s, heap limit %s); "
              + "non-2xx responses: %s; socket errors: %s%n",
          rps.find() ? rps.group(1) : "?",
          o.connections,
          o.duration,
          o.heap,
          non2xx.find() ? non2xx.group(1) : "0",
          socket.find() ? socket.group(1) : "none");
      Matcher total = Pattern.compile("(\\d+) requests in").matcher(report);
      if (total.find() && cpuMillis > 0) {
        long requests = Long.parseLong(total.group(1));
        int cores = Runtime.getRuntime().availableProcessors();
        // wrk shares the cores; the server's own CPU per request says what the server could do
        // alone.
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
      out.println(
          report
              .lines()
              .filter(l -> l.contains("Latency") || l.matches("\\s+\\d+%.*"))
              .map(l -> "http:   " + l.strip())
              .reduce((a, b) -> a + "\n" + b)
              .orElse(""));
      out.flush();
      return non2xx.find(0) ? 1 : 0;
    }
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException(command.getFirst() + " failed: " + output.strip());
    }
    return output;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
