package org.foiarchive.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foiarchive.extract.CachingTextExtractor;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an ingest did: every manifest entry is either indexed (with its passage count) or listed as
 * failed with its reason, so {@code sources == indexed.size() + failures.size()}.
 *
 * @param indexSizeBytes bytes on disk of the new index
 * @param warnings indexed sources whose text (or part of it) could not be read, and why: a scan
 *     with no text that OCR could not read, a mailbox whose messages are its children; never 0
 *     passages unsaid
 * @param changes what this ingest redid, and what it left as it was
 */
public record IngestReport(
    int sources,
    int documents,
    long passages,
    List<Failure> failures,
    Duration elapsed,
    long indexSizeBytes,
    List<Indexed> indexed,
    List<Warning> warnings,
    Changes changes) {
  /** The report file an ingest leaves in the index folder, beside the generations. */
  public static final String FILE = "ingest-report.json";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** A source that could not be indexed, and why, in words a user can act on. */
  public record Failure(String sourceId, String reason) {}

  /** A source that was indexed, with how many passages it gave. */
  public record Indexed(String sourceId, int passages) {}

  /**
   * A source that was indexed but not all of whose text could be read (or that has none), and why.
   */
  public record Warning(String sourceId, String reason) {}

  /**
   * What an ingest did to the index beside the totals.
   *
   * @param rebuildReason why the whole index was built again, or null when it was updated in place
   * @param reindexed documents read and indexed this time (those that failed included): new or
   *     changed ones, or every one in a rebuild
   * @param unchanged documents left as they were
   * @param removed documents deleted because their source left the corpus
   * @param extracted files parsed by Tika this time (plain text, read directly, is not counted)
   * @param fromCache files whose text came from the extraction cache instead
   * @param cacheRedone cache entries found corrupt or incomplete, and extracted again
   */
  public record Changes(
      String rebuildReason,
      int reindexed,
      int unchanged,
      int removed,
      int extracted,
      int fromCache,
      int cacheRedone) {
    Changes(
        String rebuildReason,
        int reindexed,
        int unchanged,
        int removed,
        CachingTextExtractor cache) {
      this(
          rebuildReason,
          reindexed,
          unchanged,
          removed,
          cache.extracted(),
          cache.reused(),
          cache.redone());
    }

    /** True when the ingest found nothing to do and left the serving index as it was. */
    public boolean nothingChanged() {
      return rebuildReason == null && reindexed == 0 && removed == 0;
    }
  }

  public IngestReport {
    failures = List.copyOf(failures);
    indexed = List.copyOf(indexed);
    warnings = List.copyOf(warnings);
  }

  public String summary() {
    double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
    if (changes.nothingChanged()) {
      return String.format(
          Locale.ROOT,
          "Nothing changed since the last ingest: %d sources, %d documents, %d passages, %d failed; "
              + "index left as it was; %.1f s",
          sources,
          documents,
          passages,
          failures.size(),
          seconds);
    }
    String how =
        changes.rebuildReason() == null
            ? String.format(
                Locale.ROOT,
                "Updated in place: %d new or changed, %d removed, %d unchanged",
                changes.reindexed(),
                changes.removed(),
                changes.unchanged())
            : "Rebuilt: " + changes.rebuildReason();
    // A rate over the whole index would be meaningless for an update that read a few documents.
    String rate =
        changes.rebuildReason() == null
            ? ""
            : String.format(Locale.ROOT, " (%.0f passages/s)", passages / seconds);
    return String.format(
            Locale.ROOT,
            "%d sources: %d documents, %d passages indexed, %d failed, %d with a warning; %.1f s%s; "
                + "index %.1f MB",
            sources,
            documents,
            passages,
            failures.size(),
            warnings.size(),
            seconds,
            rate,
            indexSizeBytes / 1_048_576.0)
        + String.format(
            Locale.ROOT,
            "%n%s; %d files parsed by Tika, %d from its cache",
            how,
            changes.extracted(),
            changes.fromCache());
  }

  /** Writes the report as JSON to {@code indexRoot/ingest-report.json}, atomically. */
  public Path write(Path indexRoot) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("sources", sources);
    json.put("documents", documents);
    json.put("passages", passages);
    json.put("failed", failures.size());
    json.put("seconds", elapsed.toMillis() / 1000.0);
    json.put("indexSizeBytes", indexSizeBytes);
    json.put("warned", warnings.size());
    json.put("changes", changes);
    json.put("failures", failures);
    json.put("warnings", warnings);
    json.put("indexed", indexed);
    Files.createDirectories(indexRoot);
    Path target = indexRoot.resolve(FILE);
    Path temp = Files.createTempFile(indexRoot, ".ingest-report-", ".part");
    try {
      Files.writeString(temp, JSON.writeValueAsString(json) + "\n");
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }
}
