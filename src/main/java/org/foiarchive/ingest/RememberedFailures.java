package org.foiarchive.ingest;

import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sources whose snapshot could not be read as text, each with the digest of what it was read from
 * (snapshot and manifest entry) and why it failed. Kept in the commit data of the generation they
 * failed in, so that the next ingest skips a source that would fail the same way instead of reading
 * it again on every ingest; a new snapshot or manifest entry changes the digest, and a new
 * extractor version (which rebuilds) or {@code ingest --rebuild} forgets them all, so that each is
 * tried again.
 */
final class RememberedFailures {
  private static final Logger LOG = LoggerFactory.getLogger(RememberedFailures.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, Failed>> SHAPE = new TypeReference<>() {};

  /** What is added to a remembered failure's reason when the source is skipped, not read. */
  private static final String NOT_READ_AGAIN =
      " (not read again: it failed from the same snapshot and extractor at an earlier ingest;"
          + " a new snapshot, a new extractor or ingest --rebuild tries it again)";

  /** One source's failure: the digest it failed from and the reason it gave. */
  record Failed(String digest, String reason) {
    /** How an ingest that skips source {@code id} for this failure reports it. */
    IngestReport.Failure skipped(String id) {
      return new IngestReport.Failure(id, reason + NOT_READ_AGAIN);
    }
  }

  private RememberedFailures() {}

  /** The failures recorded as {@code json} (empty when there are none or they cannot be read). */
  static Map<String, Failed> parse(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    try {
      return JSON.readValue(json, SHAPE);
    } catch (JacksonException e) {
      // Only costs a read of each: the failing sources are tried again.
      LOG.warn(
          "Could not read the failures remembered in the index; trying those sources again", e);
      return Map.of();
    }
  }

  /** The failures as the JSON {@link #parse} reads, sources in order. */
  static String toJson(Map<String, Failed> failures) {
    return JSON.writeValueAsString(new TreeMap<>(failures));
  }
}
