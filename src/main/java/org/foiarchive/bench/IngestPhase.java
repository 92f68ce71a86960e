package org.foiarchive.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.foiarchive.extract.JavaCommand;
import org.foiarchive.ingest.IngestReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One engine's ingest of {@code bench compare}, in a JVM of its own: each engine pays for compiling
 * its own code. In one JVM, bare Lucene indexed after foiarchive on Lucene code foiarchive's ingest
 * had already compiled (the JIT was a fifth of a 200,000-passage ingest's CPU time, JFR), so its
 * CPU time left out what foiarchive's included. The child writes its figures to a file the parent
 * reads.
 */
public final class IngestPhase {
  private static final Logger log = LoggerFactory.getLogger(IngestPhase.class);

  /** How long an ingest's JVM may take before the comparison gives up on it (1M is slow). */
  private static final long PHASE_LIMIT_MINUTES = 240;

  /** Whose ingest. */
  enum Engine {
    /** foiarchive's own ingest of a corpus folder, rebuilding the index. */
    FOIARCHIVE("foiarchive: ingested"),
    /** Bare Lucene indexing a passage file, one passage a line. */
    LUCENE("Lucene: indexed");

    final String label;

    Engine(String label) {
      this.label = label;
    }
  }

  /** What an ingest's JVM measured, and which JVM it was. */
  record Result(EngineRun.Ingest ingest, long pid) {}

  private IngestPhase() {}

  /**
   * Starts a JVM (with this JVM's heap limit, if it was given one) that ingests {@code input} (a
   * corpus folder for foiarchive, a passage file for Lucene) into {@code index}, and returns what
   * it measured; its output goes to a log beside {@code resultFile}.
   */
  static Result inOwnJvm(Engine engine, Path input, Path index, Path resultFile)
      throws IOException {
    Files.deleteIfExists(resultFile);
    List<String> options = new ArrayList<>(heapOptions());
    options.add("--add-modules=jdk.incubator.vector");
    options.add("--enable-native-access=ALL-UNNAMED");
    List<String> command =
        JavaCommand.of(
            IngestPhase.class.getName(),
            options,
            List.of(
                engine.name(),
                input.toAbsolutePath().toString(),
                index.toAbsolutePath().toString(),
                resultFile.toAbsolutePath().toString()));
    long pid = PhaseJvm.run(engine.label, command, resultFile, PHASE_LIMIT_MINUTES);
    return new Result(read(resultFile), pid);
  }

  /** The heap limit this JVM was started with, for the child: the same for every engine. */
  private static List<String> heapOptions() {
    List<String> heap = new ArrayList<>();
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (option.startsWith("-Xmx") || option.startsWith("-XX:MaxHeapSize=")) {
        heap.add(option);
      }
    }
    return heap.isEmpty() ? heap : List.of(heap.getLast());
  }

  /** The ingest's JVM: {@code ENGINE INPUT INDEX RESULT-FILE}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: IngestPhase ENGINE INPUT INDEX RESULT-FILE");
      System.exit(2);
    }
    Engine engine = Engine.valueOf(args[0]);
    Path input = Path.of(args[1]);
    Path index = Path.of(args[2]);
    EngineRun.Ingest ingest =
        switch (engine) {
          case FOIARCHIVE -> foiarchive(input, index);
          // The file is read before the clock starts, as foiarchive's corpus is written before it.
          case LUCENE -> BareLucene.index(PassageFile.read(input), index);
        };
    write(ingest, Path.of(args[3]));
    log.info(
        "{} {} passages in JVM {}", engine.label, ingest.passages(), ProcessHandle.current().pid());
  }

  private static EngineRun.Ingest foiarchive(Path corpus, Path index) throws IOException {
    IngestBenchmark.Rebuilt rebuilt = IngestBenchmark.rebuild(corpus, index);
    IngestReport report = rebuilt.report();
    return new EngineRun.Ingest(
        report.passages(),
        report.elapsed().toMillis() / 1000.0,
        rebuilt.cpuSeconds(),
        report.indexSizeBytes());
  }

  static void write(EngineRun.Ingest ingest, Path file) throws IOException {
    Files.writeString(
        file,
        String.format(
            Locale.ROOT,
            "%d %s %s %d%n",
            ingest.passages(),
            Double.toString(ingest.seconds()),
            Double.toString(ingest.cpuSeconds()),
            ingest.indexBytes()),
        StandardCharsets.UTF_8);
  }

  static EngineRun.Ingest read(Path file) throws IOException {
    String[] figures = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
    return new EngineRun.Ingest(
        Long.parseLong(figures[0]),
        Double.parseDouble(figures[1]),
        Double.parseDouble(figures[2]),
        Long.parseLong(figures[3]));
  }
}
