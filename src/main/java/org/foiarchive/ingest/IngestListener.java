package org.foiarchive.ingest;

/**
 * Hears about each source as an ingest finishes it, for progress output. Called from worker
 * threads.
 */
public interface IngestListener {
  IngestListener SILENT = new IngestListener() {};

  /**
   * The ingest is about to read this many sources (earlier versions of changed sources included).
   */
  default void starting(int sources) {}

  default void indexed(String sourceId, int passages) {}

  default void failed(String sourceId, String reason) {}

  /** The source was indexed, but its text (or some of it) could not be read, for this reason. */
  default void warned(String sourceId, String reason) {}
}
