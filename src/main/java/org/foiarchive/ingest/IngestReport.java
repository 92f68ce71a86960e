package org.foiarchive.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What an ingest did: every manifest entry is either indexed or listed as failed with its reason.
 *
 * @param indexSizeBytes bytes on disk of the new index
 */
public record IngestReport(int sources, int documents, long passages, List<Failure> failures, Duration elapsed,
    long indexSizeBytes) {

  /** A source that could not be indexed, and why, in words a user can act on. */
  public record Failure(String sourceId, String reason) {
  }

  public IngestReport {
    failures = List.copyOf(failures);
  }

  public String summary() {
    double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
    return String.format(java.util.Locale.ROOT,
        "%d sources: %d documents, %d passages indexed, %d failed; %.1f s (%.0f passages/s); index %.1f MB",
        sources, documents, passages, failures.size(), seconds, passages / seconds, indexSizeBytes / 1_048_576.0);
  }
}
