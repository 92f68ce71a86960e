package org.foiarchive.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.foiarchive.corpus.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what Tika read from each snapshot, so that an ingest never parses the same bytes twice:
 * worker processes and OCR are most of the cost of extraction, and the snapshots never change (they
 * are named by their SHA-256). An entry is keyed by the bytes' SHA-256, the content-type hint and
 * file name that steer detection, and {@link #EXTRACTOR_VERSION}; it is written to a temporary file
 * and moved into place, and read back only if its header, length and checksum all hold: a corrupt
 * or partial entry is deleted and the file extracted again, never trusted.
 *
 * <p>Plain text is decoded directly (cheaper than reading an entry) and a failure is never kept (it
 * is tried again next time). Nor is a text OCR could not finish: a missing Tesseract or a scan cut
 * at the time limit depend on the machine, not on the bytes. Thread-safe; a lost race writes the
 * same entry twice.
 */
public final class CachingTextExtractor implements TextExtractor {
  /**
   * Bump when what extraction yields for the same bytes changes (Tika upgraded, a parser or an
   * extraction limit changed): entries of other versions are then never read, and {@link
   * #removeOtherVersions} deletes them. 2: scans fed in askew are straightened before OCR. 3: a PDF
   * page that is a scan under a short text layer (a page stamp, a redaction label) is read by OCR
   * as well ({@link ScansUnderText}). 4: a phone photo is turned as its EXIF Orientation says, cut
   * to the page, evened out where the light falls unevenly, scaled to about 300 dpi, and
   * straightened up to 20° ({@link PhotoPage}).
   */
  public static final int EXTRACTOR_VERSION = 4;

  private static final Logger LOG = LoggerFactory.getLogger(CachingTextExtractor.class);
  private static final byte[] MAGIC = "foiarchive-extracted\n".getBytes(StandardCharsets.US_ASCII);
  private static final String VERSION_PREFIX = "v";

  private final TextExtractor extractor;
  private final Path folder;
  private final int version;
  private final AtomicInteger extracted = new AtomicInteger();
  private final AtomicInteger reused = new AtomicInteger();
  private final AtomicInteger redone = new AtomicInteger();

  /**
   * @param folder the cache folder (created on first write); entries go in a subfolder per version
   */
  public CachingTextExtractor(TextExtractor extractor, Path folder) {
    this(extractor, folder, EXTRACTOR_VERSION);
  }

  /** As above, as extractor version {@code version} (a test's or tool's own). */
  public CachingTextExtractor(TextExtractor extractor, Path folder, int version) {
    this.extractor = extractor;
    this.folder = folder;
    this.version = version;
  }

  @Override
  public ExtractedText extract(byte[] bytes, String contentTypeHint, String fileName)
      throws ExtractionException {
    if (bytes.length == 0 || PlainText.handles(bytes, contentTypeHint, fileName)) {
      return extractor.extract(bytes, contentTypeHint, fileName);
    }
    String key = keyOf(bytes, contentTypeHint, fileName);
    Path entry = entryPath(key);
    ExtractedText cached = read(entry, key);
    if (cached != null) {
      reused.incrementAndGet();
      return cached;
    }
    ExtractedText text = extractor.extract(bytes, contentTypeHint, fileName);
    extracted.incrementAndGet();
    if (text.ocrProblem() == null) {
      write(entry, key, text);
    }
    return text;
  }

  /** Files parsed by the extractor since this was made (plain text not counted). */
  public int extracted() {
    return extracted.get();
  }

  /** Files whose text came from the cache. */
  public int reused() {
    return reused.get();
  }

  /** Entries found corrupt or partial, deleted and extracted again. */
  public int redone() {
    return redone.get();
  }

  /** Deletes the entries of every other extractor version, which nothing will read again. */
  public void removeOtherVersions() throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    String keep = VERSION_PREFIX + version;
    try (DirectoryStream<Path> versions = Files.newDirectoryStream(folder, VERSION_PREFIX + "*")) {
      for (Path dir : versions) {
        if (!dir.getFileName().toString().equals(keep)) {
          try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
              Files.deleteIfExists(p);
            }
          }
        }
      }
    }
  }

  /** The SHA-256 of the bytes, then of what steers detection: one entry per way of reading them. */
  private String keyOf(byte[] bytes, String contentTypeHint, String fileName) {
    String hints = contentTypeHint + "\u0000" + fileName;
    return Sha256.of(bytes)
        + "-"
        + Sha256.of(hints.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }

  Path entryPath(String key) {
    return folder.resolve(VERSION_PREFIX + version).resolve(key.substring(0, 2)).resolve(key);
  }

  /** The entry's text, or null when there is none or it cannot be trusted (then it is deleted). */
  private ExtractedText read(Path entry, String key) {
    byte[] file;
    try {
      file = Files.readAllBytes(entry);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      LOG.warn("Could not read the cached text {}; extracting again: {}", entry, e.getMessage());
      return null;
    }
    ExtractedText text = decode(file, key);
    if (text == null) {
      redone.incrementAndGet();
      LOG.warn("Cached text {} is corrupt or incomplete; extracting again", entry);
      try {
        Files.deleteIfExists(entry);
      } catch (IOException e) {
        LOG.warn("Could not delete the corrupt cached text {}: {}", entry, e.getMessage());
      }
    }
    return text;
  }

  /**
   * Layout: magic, version, key, payload length, payload (the worker protocol's reply frame),
   * CRC32C of the payload. Null unless every part is as written.
   */
  private ExtractedText decode(byte[] file, String key) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(file))) {
      byte[] magic = in.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC) || in.readInt() != version || !key.equals(in.readUTF())) {
        return null;
      }
      int length = in.readInt();
      if (length < 0 || length != in.available() - Long.BYTES) {
        return null;
      }
      byte[] payload = in.readNBytes(length);
      CRC32C crc = new CRC32C();
      crc.update(payload);
      if (in.readLong() != crc.getValue()) {
        return null;
      }
      return WorkerProtocol.readReply(
          new DataInputStream(new ByteArrayInputStream(payload)),
          IsolatedTextExtractor.MAX_CHARS_PER_FILE);
    } catch (IOException | ExtractionException | RuntimeException e) {
      return null;
    }
  }

  private void write(Path entry, String key, ExtractedText text) {
    try {
      ByteArrayOutputStream payload = new ByteArrayOutputStream();
      WorkerProtocol.writeText(new DataOutputStream(payload), text);
      byte[] body = payload.toByteArray();
      CRC32C crc = new CRC32C();
      crc.update(body);
      ByteArrayOutputStream file = new ByteArrayOutputStream(body.length + 128);
      DataOutputStream out = new DataOutputStream(file);
      out.write(MAGIC);
      out.writeInt(version);
      out.writeUTF(key);
      out.writeInt(body.length);
      out.write(body);
      out.writeLong(crc.getValue());
      out.flush();
      Files.createDirectories(entry.getParent());
      // Written aside and moved into place: a reader sees a whole entry or none.
      Path temp = Files.createTempFile(entry.getParent(), ".entry-", ".part");
      try {
        Files.write(temp, file.toByteArray());
        try {
          Files.move(
              temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      // The cache only saves time: the text is used all the same.
      LOG.warn("Could not keep the extracted text in {}: {}", entry, e.getMessage());
    }
  }
}
