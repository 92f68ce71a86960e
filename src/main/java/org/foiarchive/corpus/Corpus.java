package org.foiarchive.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A corpus folder: the manifest, the snapshots and the topic definitions, read together. The
 * manifest is read on first use: a server over a fresh index never needs it, and reading the
 * manifest of a large archive takes seconds. Thread-safe.
 */
public final class Corpus {
  public static final String TOPICS_FILE = "topics.yml";

  private final Path dir;
  private final Snapshots snapshots;
  private volatile SourceManifest manifest;

  private Corpus(Path dir) {
    this.dir = dir;
    this.snapshots = new Snapshots(dir);
  }

  public static Corpus open(Path dir) {
    return new Corpus(dir.toAbsolutePath().normalize());
  }

  public Path dir() {
    return dir;
  }

  public Snapshots snapshots() {
    return snapshots;
  }

  /** The manifest as it was when first asked for (a CorpusException if it is not valid). */
  public SourceManifest manifest() {
    SourceManifest m = manifest;
    if (m == null) {
      synchronized (this) {
        m = manifest;
        if (m == null) {
          m = SourceManifest.load(dir);
          manifest = m;
        }
      }
    }
    return m;
  }

  /** Whether the manifest has been read: an ingest that finds nothing changed never reads it. */
  public boolean manifestRead() {
    return manifest != null;
  }

  public Path topicsFile() {
    return dir.resolve(TOPICS_FILE);
  }

  /**
   * A digest of everything an index is built from (the manifest names every snapshot by its hash,
   * so hashing the manifest and topics covers the bytes). An index records the fingerprint it was
   * built from; a different one means the index is stale.
   */
  public String fingerprint(String indexFormat) throws IOException {
    MessageDigest digest = Sha256.digest();
    digest.update(indexFormat.getBytes(StandardCharsets.UTF_8));
    for (Path file : new Path[] {dir.resolve(SourceManifest.FILE), topicsFile()}) {
      digest.update((byte) 0);
      if (Files.exists(file)) {
        digest.update(Files.readAllBytes(file));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
