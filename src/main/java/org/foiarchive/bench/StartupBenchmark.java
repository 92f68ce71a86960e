package org.foiarchive.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench startup}: the server started as a separate process, timed to its first answered
 * search, as built and from the extracted jar with a JDK AOT cache.
 */
public final class StartupBenchmark {
  /** The first search a started server must answer to count as ready. */
  static final String READY_PROBE = "/api/search?q=consent";

  /** Longer than any start-up, so that a busy machine does not fail the bench. */
  static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

  private final Path corpus;
  private final Path index;
  private final int runs;
  private final String heap;
  private final List<String> jvmOptions;
  private final Path log;

  /**
   * @param runs server starts to time each way
   * @param heap the server's heap limit (as -Xmx takes it)
   * @param jvmOptions options for the server's JVM (and its training run's), after those every
   *     server gets
   */
  public StartupBenchmark(Path corpus, Path index, int runs, String heap, List<String> jvmOptions)
      throws IOException {
    this.corpus = corpus;
    this.index = index;
    this.runs = runs;
    this.heap = heap;
    this.jvmOptions = List.copyOf(jvmOptions);
    this.log = Files.createTempFile("foiarchive-bench-server-", ".log");
  }

  /** Times the starts and prints the times and their medians. */
  public void run(PrintWriter out) throws IOException, InterruptedException {
    List<Long> plain = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      try (ServerProcess server =
          ServerProcess.start(
              corpus, index, ExternalCommands.freePort(), heap, jvmOptions, List.of(), log)) {
        plain.add(server.awaitReady(READY_TIMEOUT, READY_PROBE));
      }
    }
    report(out, "as built (java -jar target/foiarchive.jar)", plain);
    Path jar = AotTraining.runningJar();
    if (jar == null) {
      out.println(
          "startup: run from target/foiarchive.jar to measure the extracted jar with an AOT cache too");
      out.flush();
      return;
    }
    fromExtractedJar(jar, out);
  }

  /**
   * The deployment Spring Boot recommends for fast start-up: the jar extracted (classes load from
   * plain jars, not from jars nested in a jar) and a JDK AOT cache recorded by one training run.
   */
  private void fromExtractedJar(Path jar, PrintWriter out)
      throws IOException, InterruptedException {
    Path app = index.toAbsolutePath().getParent().resolve("app");
    Path extracted = AotTraining.extract(jar, app);
    Path cache = app.resolve("foiarchive.aot");
    Files.deleteIfExists(cache);
    try (ServerProcess training = startJar(extracted, "-XX:AOTCacheOutput=" + cache)) {
      training.awaitReady(READY_TIMEOUT, READY_PROBE);
      training.stopGracefully();
    }
    List<Long> cached = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      try (ServerProcess server = startJar(extracted, "-XX:AOTCache=" + cache)) {
        cached.add(server.awaitReady(READY_TIMEOUT, READY_PROBE));
      }
    }
    report(
        out,
        "extracted jar with an AOT cache (java -XX:AOTCache="
            + app.relativize(cache)
            + " -jar "
            + app.relativize(extracted)
            + ")",
        cached);
  }

  private ServerProcess startJar(Path extracted, String jvmOption) throws IOException {
    List<String> options = new ArrayList<>(jvmOptions);
    options.add(jvmOption);
    return ServerProcess.startJar(
        extracted, corpus, index, ExternalCommands.freePort(), heap, options, List.of(), log);
  }

  private void report(PrintWriter out, String how, List<Long> times) {
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
}
