package org.foiarchive.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/** A corpus folder: the manifest, the snapshots and the topic definitions, read together. */
public record Corpus(Path dir, SourceManifest manifest, Snapshots snapshots) {
  public static final String TOPICS_FILE = "topics.yml";

  public static Corpus open(Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    return new Corpus(absolute, SourceManifest.load(absolute), new Snapshots(absolute));
  }

  public Path topicsFile() {
    return dir.resolve(TOPICS_FILE);
  }

  /**
   * A digest of everything an index is built from (the manifest names every snapshot by its hash, so
   * hashing the manifest and topics covers the bytes). An index records the fingerprint it was built
   * from; a different one means the index is stale.
   */
  public String fingerprint(String indexFormat) throws IOException {
    MessageDigest digest = Sha256.digest();
    digest.update(indexFormat.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (Path file : new Path[] {dir.resolve(SourceManifest.FILE), topicsFile()}) {
      digest.update((byte) 0);
      if (Files.exists(file)) {
        digest.update(Files.readAllBytes(file));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
