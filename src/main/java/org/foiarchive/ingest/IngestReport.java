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
 */
public record IngestReport(
    int sources,
    int documents,
    long passages,
    List<Failure> failures,
    Duration elapsed,
    long indexSizeBytes,
    List<Indexed> indexed,
    List<Warning> warnings) {
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

  public IngestReport {
    failures = List.copyOf(failures);
    indexed = List.copyOf(indexed);
    warnings = List.copyOf(warnings);
  }

  public String summary() {
    double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
    return String.format(
        Locale.ROOT,
        "%d sources: %d documents, %d passages indexed, %d failed, %d with a warning; %.1f s (%.0f passages/s); "
            + "index %.1f MB",
        sources,
        documents,
        passages,
        failures.size(),
        warnings.size(),
        seconds,
        passages / seconds,
        indexSizeBytes / 1_048_576.0);
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
