package org.foiarchive.corpus;

import java.time.Instant;

/**
 * One snapshot of a source: the archived bytes (path relative to the corpus folder), their SHA-256,
 * their content type and when they were fetched or imported (written as an ISO 8601 instant). A
 * source has its current one and, in its history, the earlier ones of a source that changed since,
 * kept so a citation of the old text still checks.
 */
public record SnapshotVersion(
    String snapshot, String sha256, String contentType, Instant retrieved) {
  public static final SnapshotVersion NONE = new SnapshotVersion(null, null, null, null);
}
