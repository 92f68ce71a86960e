package org.foiarchive.corpus;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * The manifest's entries as JSON, one a line, beside {@code sources.yml}: reading the YAML of a
 * large archive takes seconds (10,000 entries, 3.6 MB: a third of an ingest that finds nothing
 * changed), its JSON a fraction of that. The cache names the YAML it was made from by size and
 * SHA-256, and the shape of the entries it holds (their records' fields), so an edited manifest or
 * code that reads entries differently finds it stale and reads the YAML. A cache that cannot be
 * read or written is ignored: the YAML is always the truth.
 */
final class ManifestCache {
  private static final Logger LOG = LoggerFactory.getLogger(ManifestCache.class);

  /** Hidden, beside the manifest; never edited by hand and safe to delete. */
  static final String FILE = ".sources-cache.jsonl";

  /** Bumped if the layout of the cache file itself changes. */
  private static final String FORMAT = "foiarchive-manifest-cache-1";

  /** The fields of an entry as the code reads them: a cache of other fields is stale. */
  private static final String SHAPE =
      Sha256.of(shapeOf(Source.class).getBytes(StandardCharsets.UTF_8));

  private ManifestCache() {}

  /** The entries cached for exactly these manifest bytes, if the cache holds them. */
  static Optional<List<Source>> read(Path corpusDir, byte[] manifest) {
    Path file = corpusDir.resolve(FILE);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      LOG.info(
          "Manifest cache {} could not be read ({}); reading the manifest", file, e.toString());
      return Optional.empty();
    }
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    String header = lines.getFirst();
    int count = lines.size() - 1;
    if (!header.equals(headerOf(manifest, count))) {
      LOG.debug("Manifest cache {} is not of this manifest; reading the manifest", file);
      return Optional.empty();
    }
    List<Source> entries = new ArrayList<>(count);
    try {
      for (String line : lines.subList(1, lines.size())) {
        entries.add(SourceManifest.fromJson(line));
      }
    } catch (JacksonException e) {
      LOG.info("Manifest cache {} is damaged ({}); reading the manifest", file, e.getMessage());
      return Optional.empty();
    }
    return Optional.of(entries);
  }

  /** Caches {@code entries} as read from these manifest bytes; a failure only costs the cache. */
  static void write(Path corpusDir, byte[] manifest, List<Source> entries) {
    Path file = corpusDir.resolve(FILE);
    StringBuilder text = new StringBuilder(manifest.length);
    text.append(headerOf(manifest, entries.size())).append('\n');
    for (Source entry : entries) {
      text.append(SourceManifest.toJson(entry)).append('\n');
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(corpusDir, ".sources-cache-", ".part");
      Files.writeString(temp, text);
      Snapshots.moveAtomically(temp, file);
    } catch (IOException e) {
      LOG.info(
          "Manifest cache {} could not be written ({}); carrying on without", file, e.toString());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          LOG.debug("Could not remove {}", temp, e);
        }
      }
    }
  }

  /**
   * The first line: the cache's format, the entries' shape, the manifest's size and SHA-256, and
   * how many entry lines follow (a file cut short at a line's end is then seen as stale).
   */
  private static String headerOf(byte[] manifest, int entries) {
    return FORMAT
        + " shape="
        + SHAPE
        + " bytes="
        + manifest.length
        + " sha256="
        + Sha256.of(manifest)
        + " entries="
        + entries;
  }

  /** A record's components, by name and generic type, and those of records among them, in order. */
  static String shapeOf(Class<?> type) {
    StringBuilder shape = new StringBuilder(type.getName()).append('(');
    for (RecordComponent component : type.getRecordComponents()) {
      shape.append(component.getName()).append(':').append(component.getGenericType()).append(';');
      for (Class<?> nested : recordsIn(component.getGenericType())) {
        if (nested != type) {
          shape.append(shapeOf(nested));
        }
      }
    }
    return shape.append(')').toString();
  }

  private static List<Class<?>> recordsIn(Type type) {
    List<Class<?>> records = new ArrayList<>();
    if (type instanceof Class<?> c && c.isRecord()) {
      records.add(c);
    } else if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        records.addAll(recordsIn(argument));
      }
    }
    return records;
  }
}
