package org.foiarchive.extract;

import java.time.Duration;
import java.util.Locale;

/**
 * What reading one file may cost: beyond these a file is recorded as failed with its reason, and
 * the ingest goes on.
 *
 * @param maxFileBytes larger files are not read at all (a 500 MB scan would exhaust the heap)
 * @param timeout wall-clock time one file may take to read
 * @param workerHeap the heap of each worker process that reads formats other than plain text (-Xmx)
 * @param workers how many worker processes may run at once
 */
public record ExtractionLimits(
    long maxFileBytes, Duration timeout, String workerHeap, int workers) {
  public static final ExtractionLimits DEFAULT =
      new ExtractionLimits(
          64L * 1024 * 1024,
          Duration.ofSeconds(60),
          "512m",
          Math.max(1, Runtime.getRuntime().availableProcessors()));

  public ExtractionLimits {
    if (maxFileBytes < 1 || timeout.isNegative() || timeout.isZero() || workers < 1) {
      throw new IllegalArgumentException("extraction limits must be positive");
    }
  }

  public ExtractionLimits withTimeout(Duration timeout) {
    return new ExtractionLimits(maxFileBytes, timeout, workerHeap, workers);
  }

  public ExtractionLimits withWorkerHeap(String workerHeap) {
    return new ExtractionLimits(maxFileBytes, timeout, workerHeap, workers);
  }

  /** The reason given for a file over {@link #maxFileBytes}. */
  public String tooLarge(long bytes) {
    return String.format(
        Locale.ROOT,
        "the file is %s, larger than the %s limit for one file",
        size(bytes),
        size(maxFileBytes));
  }

  /** The worker heap as people write it: "512m" is "512 MB". */
  public String workerHeapLabel() {
    String h = workerHeap.strip().toLowerCase(Locale.ROOT);
    return h.endsWith("m")
        ? h.substring(0, h.length() - 1) + " MB"
        : h.endsWith("g") ? h.substring(0, h.length() - 1) + " GB" : h + " bytes";
  }

  static String size(long bytes) {
    return bytes >= 1024 * 1024
        ? (bytes / (1024 * 1024)) + " MB"
        : bytes >= 1024 ? (bytes / 1024) + " KB" : bytes + " bytes";
  }
}
