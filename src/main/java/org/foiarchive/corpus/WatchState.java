package org.foiarchive.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * {@code corpus/watch-state.yml}: when each entry of the watch list was last checked and what that
 * check found, so the next {@code fetch --watch} asks only for what is newer, and the archive can
 * say how fresh it is. Written by the fetch, atomically; not part of what an index is built from.
 */
public record WatchState(Map<String, Check> checked) {
  public static final String FILE = "watch-state.yml";

  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER, YAMLWriteFeature.SPLIT_LINES)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /** One entry's last check: when it started, and its outcome in words ("2 added, 5 unchanged"). */
  public record Check(Instant at, String outcome) {}

  public WatchState {
    // Sorted, so the file diffs well from one run to the next.
    checked = checked == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(checked));
  }

  public static WatchState load(Path corpusDir) {
    Path file = corpusDir.resolve(FILE);
    if (!Files.exists(file)) {
      return new WatchState(Map.of());
    }
    try {
      WatchState state = YAML.readValue(file.toFile(), WatchState.class);
      return state == null ? new WatchState(Map.of()) : state;
    } catch (JacksonException e) {
      throw new CorpusException(
          file
              + " is not valid (delete it to check every watched entry afresh): "
              + e.getOriginalMessage(),
          e);
    }
  }

  public Optional<Check> of(WatchList.Entry entry) {
    return Optional.ofNullable(checked.get(entry.key()));
  }

  public WatchState with(WatchList.Entry entry, Check check) {
    Map<String, Check> next = new HashMap<>(checked);
    next.put(entry.key(), check);
    return new WatchState(next);
  }

  /** Writes the state beside the manifest: a temporary file, then a move. */
  public void save(Path corpusDir) throws IOException {
    Path file = corpusDir.resolve(FILE);
    Path temp = Files.createTempFile(corpusDir, ".watch-state-", ".tmp");
    try {
      YAML.writeValue(temp.toFile(), this);
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
