package org.foiarchive.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The content-addressed store under {@code corpus/snapshots/}: each file is named by the SHA-256 of
 * its bytes and is never edited, so a citation's checksum stays true for as long as the corpus
 * exists. Thread-safe: writes go to a temporary file that is moved into place.
 */
public final class Snapshots {
  public static final String FOLDER = "snapshots";

  private static final Map<String, String> EXTENSIONS =
      Map.ofEntries(
          Map.entry("text/plain", "txt"),
          Map.entry("text/html", "html"),
          Map.entry("application/xhtml+xml", "html"),
          Map.entry("application/pdf", "pdf"),
          Map.entry("application/json", "json"),
          Map.entry("application/msword", "doc"),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
          Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
          Map.entry("application/vnd.ms-excel", "xls"),
          Map.entry("application/vnd.oasis.opendocument.text", "odt"),
          Map.entry("application/rtf", "rtf"),
          Map.entry("message/rfc822", "eml"),
          Map.entry("application/vnd.ms-outlook", "msg"),
          Map.entry("text/csv", "csv"),
          Map.entry("application/xml", "xml"),
          Map.entry("text/xml", "xml"),
          // Scans and phone photos of letters, which claimants send most often.
          Map.entry("image/jpeg", "jpg"),
          Map.entry("image/png", "png"),
          Map.entry("image/tiff", "tif"),
          Map.entry("image/gif", "gif"),
          Map.entry("image/bmp", "bmp"),
          Map.entry("image/webp", "webp"));

  private final Path corpusDir;

  public Snapshots(Path corpusDir) {
    this.corpusDir = corpusDir;
  }

  /** The result of storing bytes: the path relative to the corpus folder and the digest. */
  public record Stored(String snapshot, String sha256, long size) {}

  /**
   * Copies the stream into the store. Nothing appears under the final name until every byte is
   * written, so an interrupted copy leaves the store as it was.
   */
  public Stored store(InputStream in, String contentType) throws IOException {
    Path dir = corpusDir.resolve(FOLDER);
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, ".incoming-", ".part");
    try {
      MessageDigest digest = Sha256.digest();
      long size;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
        size = in.transferTo(out);
      }
      String sha = HexFormat.of().formatHex(digest.digest());
      String name = FOLDER + "/" + sha + "." + extensionFor(contentType);
      Path target = corpusDir.resolve(name);
      if (Files.exists(target)) {
        Files.delete(temp);
      } else {
        moveAtomically(temp, target);
      }
      return new Stored(name, sha, size);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  public Stored store(byte[] bytes, String contentType) throws IOException {
    return store(new ByteArrayInputStream(bytes), contentType);
  }

  /** The file holding a source's snapshot; fails naming the entry when it is missing. */
  public Path pathOf(Source source) {
    if (source.capture().snapshot() == null || source.capture().snapshot().isBlank()) {
      throw new CorpusException("source '" + source.id() + "' has no snapshot");
    }
    Path path = corpusDir.resolve(source.capture().snapshot()).normalize();
    if (!path.startsWith(corpusDir.normalize())) {
      throw new CorpusException(
          "source '"
              + source.id()
              + "': snapshot path leaves the corpus: "
              + source.capture().snapshot());
    }
    if (!Files.isRegularFile(path)) {
      throw new CorpusException(
          "source '" + source.id() + "': snapshot file is missing: " + source.capture().snapshot());
    }
    return path;
  }

  /**
   * Reads a snapshot and checks it against the manifest's checksum, naming the entry on a mismatch.
   */
  public byte[] read(Source source) throws IOException {
    byte[] bytes = Files.readAllBytes(pathOf(source));
    String actual = Sha256.of(bytes);
    if (source.capture().sha256() == null || !actual.equalsIgnoreCase(source.capture().sha256())) {
      throw new CorpusException(
          "source '"
              + source.id()
              + "': checksum mismatch for "
              + source.capture().snapshot()
              + " (manifest says "
              + source.capture().sha256()
              + ", file is "
              + actual
              + ")");
    }
    return bytes;
  }

  static String extensionFor(String contentType) {
    if (contentType == null) {
      return "bin";
    }
    String bare = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return EXTENSIONS.getOrDefault(bare, "bin");
  }

  static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
