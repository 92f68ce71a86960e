package org.foiarchive.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index folder. Each ingest writes a new generation in a folder of its own beside the serving one,
 * then switches by atomically replacing the small {@code CURRENT} file that names the serving
 * generation. A crash at any point leaves the previous generation serving; the next ingest removes
 * abandoned generations.
 */
public final class IndexLocation {
  static final String CURRENT = "CURRENT";
  private static final String PREFIX = "gen-";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
      .withZone(ZoneOffset.UTC);

  /** Commit user-data keys: what the generation was built from and when. */
  public static final String FINGERPRINT = "corpusFingerprint";
  public static final String BUILT_AT = "builtAt";
  public static final String PASSAGES = "passages";
  public static final String DOCUMENTS = "documents";

  private final Path root;

  public IndexLocation(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** The serving generation's folder, if an index has ever been completed here. */
  public Optional<Path> current() throws IOException {
    Path pointer = root.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    if (!name.startsWith(PREFIX) || name.contains("/") || name.contains("\\")) {
      return Optional.empty();
    }
    Path dir = root.resolve(name);
    return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
  }

  /** The serving generation's commit data (fingerprint, counts), or empty when there is no usable index. */
  public Optional<Map<String, String>> currentCommitData() throws IOException {
    Optional<Path> dir = current();
    if (dir.isEmpty()) {
      return Optional.empty();
    }
    try (Directory directory = FSDirectory.open(dir.get())) {
      if (!DirectoryReader.indexExists(directory)) {
        return Optional.empty();
      }
      return Optional.of(SegmentInfos.readLatestCommit(directory).getUserData());
    } catch (IndexNotFoundException e) {
      return Optional.empty();
    }
  }

  /** True when a complete index built from exactly this corpus fingerprint is serving. */
  public boolean isFresh(String fingerprint) throws IOException {
    return currentCommitData().map(d -> fingerprint.equals(d.get(FINGERPRINT))).orElse(false);
  }

  /** A new, empty folder for the next generation. */
  public Path newGeneration() throws IOException {
    Files.createDirectories(root);
    Path dir = root.resolve(PREFIX + STAMP.format(Instant.now()));
    for (int n = 1; Files.exists(dir); n++) {
      dir = root.resolve(PREFIX + STAMP.format(Instant.now()) + "-" + n);
    }
    return Files.createDirectory(dir);
  }

  /** Makes the given generation the serving one, atomically, then removes the others. */
  public void switchTo(Path generation) throws IOException {
    Path temp = Files.createTempFile(root, ".current-", ".part");
    try {
      Files.writeString(temp, generation.getFileName().toString() + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(temp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    removeAllBut(generation);
  }

  /** Deletes a generation that was abandoned before it was switched to. */
  public void discard(Path generation) throws IOException {
    deleteTree(generation);
  }

  private void removeAllBut(Path keep) throws IOException {
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, PREFIX + "*")) {
      for (Path dir : dirs) {
        if (!dir.equals(keep)) {
          // Open readers keep their files (POSIX semantics); a server switches on its next refresh.
          deleteTree(dir);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
