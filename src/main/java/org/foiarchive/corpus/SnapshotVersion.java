package org.foiarchive.corpus;

/**
 * An earlier snapshot of a source that changed since: kept so a citation of the old text still
 * checks.
 */
public record SnapshotVersion(
    String snapshot, String sha256, String contentType, String retrieved) {}
