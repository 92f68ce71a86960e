package org.foiarchive.index;

/**
 * What an ingest records on a document so that the next one can tell whether it changed: a digest
 * of what it was built from, and the warning its text gave (kept for the report while the document
 * is unchanged).
 *
 * @param digest what the document was built from (its snapshot's SHA-256, its manifest entry), or
 *     null when not known (then the next ingest re-indexes it)
 * @param warning why not all of its text could be read, or null
 */
public record IngestStamp(String digest, String warning) {
  public static final IngestStamp NONE = new IngestStamp(null, null);
}
