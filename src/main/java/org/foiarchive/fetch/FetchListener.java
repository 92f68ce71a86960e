package org.foiarchive.fetch;

import java.time.Duration;

/**
 * Hears what a fetch is doing, for progress output on long runs. Called from the fetching thread.
 */
public interface FetchListener {
  FetchListener SILENT = new FetchListener() {};

  /**
   * This many more sources (addresses asked for or discovered, attachments not counted) are about
   * to be fetched.
   */
  default void planned(int sources) {}

  /** One of the planned sources is done, its attachments with it, whatever its outcome. */
  default void sourceDone(String url) {}

  /** A request is about to be sent. */
  default void requesting(String url) {}

  /** A request failed in a way worth retrying; the fetcher waits {@code wait} and tries again. */
  default void retrying(String url, String reason, Duration wait) {}

  /** Something went wrong that does not stop the source being recorded. */
  default void warning(String url, String message) {}

  /** A source was recorded ("added", "updated", "unchanged"). */
  default void recorded(String sourceId, String url, String outcome) {}

  /** A source could not be fetched; the corpus is as it was for it. */
  default void failed(String url, String reason) {}
}
