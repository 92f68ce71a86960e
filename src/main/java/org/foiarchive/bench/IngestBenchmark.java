package org.foiarchive.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
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

  /** Rebuilds {@code index} from {@code corpus} and prints what it cost. */
  public static void run(Path corpus, Path index, PrintWriter out) throws IOException {
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    IngestReport report =
        // A rebuild, so that a second run over the same index measures an ingest, not "nothing
        // changed".
        new IngestPipeline(new ArchiveAnalyzers())
            .run(
                Corpus.open(corpus),
                new IndexLocation(index),
                IngestListener.SILENT,
                IngestPipeline.Mode.REBUILD);
    double cpuSeconds = (os.getProcessCpuTime() - cpuBefore) / 1e9;
    printThroughput(report, cpuSeconds, out);
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
