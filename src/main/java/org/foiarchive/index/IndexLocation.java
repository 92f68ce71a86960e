package org.foiarchive.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index folder. Each ingest writes a new generation in a folder of its own beside the serving
 * one, then switches by atomically replacing the small {@code CURRENT} file that names the serving
 * generation. A crash at any point leaves the previous generation serving; the next ingest removes
 * abandoned generations.
 */
public final class IndexLocation {
  static final String CURRENT = "CURRENT";
  private static final String LOCK = ".ingest.lock";
  private static final String PREFIX = "gen-";
  private static final String EXTRACTED = "extracted";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

  /** Commit user-data keys: what the generation was built from and when. */
  public static final String FINGERPRINT = "corpusFingerprint";

  public static final String BUILT_AT = "builtAt";
  public static final String PASSAGES = "passages";
  public static final String DOCUMENTS = "documents";

  /**
   * Sources that could not be read, with what they were read from: not read again by an update
   * until that changes.
   */
  public static final String FAILED = "failedSources";

  /**
   * What every document's indexing depended on besides its own source (index format, analysis,
   * topic definitions, extractor version): when it differs, an ingest rebuilds the whole index.
   */
  public static final String PIPELINE = "pipeline";

  /**
   * How many sources (entries and their earlier versions) the corpus had: when every one of them is
   * in the index or remembered as failing, and the corpus has not changed, an ingest has nothing to
   * do and need not read the manifest to find that out.
   */
  public static final String SOURCES = "sources";

  private final Path root;

  public IndexLocation(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /**
   * The extraction cache's folder: derived from the corpus like the index, so it lives beside the
   * generations and goes when the index folder is deleted; no generation switch touches it.
   */
  public Path extractionCache() {
    return root.resolve(EXTRACTED);
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

  /**
   * The serving generation's commit data (fingerprint, counts), or empty when there is no usable
   * index.
   */
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

  /**
   * A new generation holding the same index as {@code base}, to be updated while {@code base} keeps
   * serving: each file is hard-linked (Lucene writes a file once and never changes it, so the two
   * generations can share it), or copied where links are not supported. Lucene's write lock is not
   * carried over.
   */
  public Path newGenerationFrom(Path base) throws IOException {
    Path generation = newGeneration();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(base)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file) || name.equals(IndexWriter.WRITE_LOCK_NAME)) {
          continue;
        }
        Path target = generation.resolve(name);
        try {
          Files.createLink(target, file);
        } catch (UnsupportedOperationException | FileSystemException e) {
          Files.copy(file, target);
        }
      }
    } catch (IOException | RuntimeException e) {
      deleteTree(generation);
      throw e;
    }
    return generation;
  }

  /** Makes the given generation the serving one, atomically, then removes the others. */
  public void switchTo(Path generation) throws IOException {
    Path temp = Files.createTempFile(root, ".current-", ".part");
    try {
      Files.writeString(temp, generation.getFileName().toString() + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(
            temp,
            root.resolve(CURRENT),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    removeAllBut(generation);
  }

  /** Held while an ingest writes into this folder; closing it lets the next ingest in. */
  public static final class IngestLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private IngestLock(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }

    @Override
    public void close() throws IOException {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }

  /**
   * Takes the folder's ingest lock, so that two ingests never write (or clean up) the same folder
   * at once. The operating system releases it if the process dies, so a killed ingest never blocks
   * the next one.
   *
   * @throws IOException when another ingest holds it
   */
  public IngestLock lockForIngest() throws IOException {
    Files.createDirectories(root);
    FileChannel channel =
        FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        throw new IOException(
            "another ingest is writing to " + root + "; try again when it has finished");
      }
      return new IngestLock(channel, lock);
    } catch (OverlappingFileLockException e) {
      channel.close();
      throw new IOException(
          "another ingest is writing to " + root + "; try again when it has finished", e);
    }
  }

  /**
   * Deletes generation folders that are not serving: left by an ingest that was killed or failed
   * before it switched. Call only while holding {@link #lockForIngest()}.
   *
   * @return how many folders were removed
   */
  public int removeAbandoned() throws IOException {
    if (!Files.isDirectory(root)) {
      return 0;
    }
    Optional<Path> serving = current();
    int removed = 0;
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, PREFIX + "*")) {
      for (Path dir : dirs) {
        if (serving.isEmpty() || !dir.equals(serving.get())) {
          deleteTree(dir);
          removed++;
        }
      }
    }
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(root, ".current-*.part")) {
      for (Path part : parts) {
        Files.deleteIfExists(part);
      }
    }
    return removed;
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
