package org.foiarchive.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.ingest.IngestListener;
import org.foiarchive.ingest.IngestPipeline;
import org.foiarchive.ingest.IngestReport;

/** {@code bench ingest}: ingest throughput in wall and CPU time, index size and heap in use. */
public final class IngestBenchmark {
  private IngestBenchmark() {}

  /** An ingest's report and the CPU-seconds the whole JVM spent on it (its compiler's included). */
  record Rebuilt(IngestReport report, double cpuSeconds) {}

  /**
   * Rebuilds {@code index} from {@code corpus}: a rebuild, so that a second run over the same index
   * measures an ingest, not "nothing changed".
   */
  static Rebuilt rebuild(Path corpus, Path index) throws IOException {
    long cpu = EngineRun.processCpuNanos();
    IngestReport report =
        new IngestPipeline(new ArchiveAnalyzers())
            .run(
                Corpus.open(corpus),
                new IndexLocation(index),
                IngestListener.SILENT,
                IngestPipeline.Mode.REBUILD);
    return new Rebuilt(report, (EngineRun.processCpuNanos() - cpu) / 1e9);
  }

  /** Rebuilds {@code index} from {@code corpus} and prints what it cost. */
  public static void run(Path corpus, Path index, PrintWriter out) throws IOException {
    Rebuilt rebuilt = rebuild(corpus, index);
    printThroughput(rebuilt.report(), rebuilt.cpuSeconds(), out);
    out.printf(
        "ingest: heap in use after the ingest %s (max %s)%n",
        Measurements.megabytes(Measurements.heapInUseAfterGc()),
        Measurements.megabytes(Runtime.getRuntime().maxMemory()));
    out.flush();
  }

  private static void printThroughput(IngestReport report, double cpuSeconds, PrintWriter out) {
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
  }
}
