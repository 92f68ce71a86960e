package org.foiarchive.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Small statistics helpers for the benchmarks: percentiles of latencies, heap in use after a
 * collection.
 */
public final class Measurements {
  private Measurements() {}

  /** Latency percentiles in milliseconds. */
  public record Latency(int samples, double p50, double p95, double p99, double max, double mean) {
    public static Latency of(long[] nanos) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
      return new Latency(
          sorted.length,
          pct(sorted, 50),
          pct(sorted, 95),
          pct(sorted, 99),
          sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
          mean);
    }

    private static double pct(long[] sorted, double p) {
      if (sorted.length == 0) {
        return 0;
      }
      int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }

    public String summary() {
      return String.format(
          Locale.ROOT,
          "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms, mean %.2f ms (%d queries)",
          p50,
          p95,
          p99,
          max,
          mean,
          samples);
    }
  }

  /**
   * Heap in use after asking for a full collection: what the live data needs, not garbage waiting.
   */
  public static long heapInUseAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The bytes of every file under a folder. */
  public static long folderBytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(Measurements::size).sum();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // removed while counting: it no longer takes room
    }
  }

  public static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
  }
}
