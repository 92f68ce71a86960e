package org.foiarchive.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * {@code corpus/sources.yml}: one entry per source, in the order they were added. Loading checks
 * what can be checked without reading snapshots (ids, kinds, dates, parents); {@link
 * Snapshots#read} checks the bytes. Saving is atomic, so an interrupted fetch or import never
 * leaves half a manifest.
 */
public final class SourceManifest {
  public static final String FILE = "sources.yml";

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  /**
   * The YAML reader's default cap (3 MB) is a few thousand entries; an archive's manifest is far
   * larger.
   */
  private static final int MAX_MANIFEST_CODE_POINTS = Integer.MAX_VALUE;

  private static final YAMLMapper YAML =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .loadSettings(
                      LoadSettings.builder().setCodePointLimit(MAX_MANIFEST_CODE_POINTS).build())
                  .build())
          .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
          // A manifest people read and diff: no document marker, no wrapped lines, quotes only
          // where needed.
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER, YAMLWriteFeature.SPLIT_LINES)
          .enable(
              YAMLWriteFeature.MINIMIZE_QUOTES,
              YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS,
              YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private final Map<String, Source> sources;

  private SourceManifest(List<Source> sources) {
    this.sources = new LinkedHashMap<>();
    sources.forEach(s -> this.sources.put(s.id(), s));
  }

  /** The YAML document: a list under {@code sources} so the file can grow other top-level keys. */
  record ManifestFile(List<Source> sources) {}

  public static SourceManifest empty() {
    return new SourceManifest(List.of());
  }

  /**
   * A manifest of these entries, checked as a loaded one is (for tools that write many entries at
   * once).
   */
  public static SourceManifest of(List<Source> entries) {
    validate(entries);
    return new SourceManifest(entries);
  }

  public static SourceManifest load(Path corpusDir) {
    Path file = corpusDir.resolve(FILE);
    if (!Files.exists(file)) {
      return empty();
    }
    ManifestFile parsed;
    try {
      parsed = YAML.readValue(file.toFile(), ManifestFile.class);
    } catch (JacksonException e) {
      throw new CorpusException(file + " is not a valid manifest: " + e.getOriginalMessage(), e);
    }
    List<Source> entries =
        parsed == null || parsed.sources() == null ? List.of() : parsed.sources();
    validate(entries);
    return new SourceManifest(entries);
  }

  static void validate(List<Source> entries) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      Source s = entries.get(i);
      String where = "manifest entry " + (i + 1) + (s.id() == null ? "" : " ('" + s.id() + "')");
      if (s.id() == null || !ID.matcher(s.id()).matches()) {
        throw new CorpusException(where + ": id must be a lower-case slug (a-z, 0-9, -)");
      }
      if (!ids.add(s.id())) {
        throw new CorpusException(where + ": id is used twice");
      }
      if (SourceKind.fromId(s.provenance().kind()).isEmpty()) {
        throw new CorpusException(where + ": unknown kind '" + s.provenance().kind() + "'");
      }
      if (s.provenance().date() != null && !DATE.matcher(s.provenance().date()).matches()) {
        throw new CorpusException(
            where
                + ": date '"
                + s.provenance().date()
                + "' is not ISO 8601 (2013, 2013-06 or 2013-06-12)");
      }
      if (s.capture().snapshot() == null || s.capture().sha256() == null) {
        throw new CorpusException(where + ": snapshot and sha256 are required");
      }
    }
    for (Source s : entries) {
      if (s.parent() != null && !ids.contains(s.parent())) {
        throw new CorpusException(
            "manifest entry '" + s.id() + "': parent '" + s.parent() + "' is not in the manifest");
      }
    }
  }

  public List<Source> sources() {
    return List.copyOf(sources.values());
  }

  public Optional<Source> find(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  public Optional<Source> findBySha256(String sha256) {
    return sources.values().stream()
        .filter(s -> sha256.equalsIgnoreCase(s.capture().sha256()))
        .findFirst();
  }

  public Optional<Source> findByUrl(String url) {
    return sources.values().stream().filter(s -> url.equals(s.provenance().url())).findFirst();
  }

  public boolean contains(String id) {
    return sources.containsKey(id);
  }

  /** Adds a source or replaces the entry with the same id, keeping its place in the file. */
  public SourceManifest put(Source source) {
    List<Source> next = new ArrayList<>(sources.values());
    int at = -1;
    for (int i = 0; i < next.size(); i++) {
      if (next.get(i).id().equals(source.id())) {
        at = i;
      }
    }
    if (at >= 0) {
      next.set(at, source);
    } else {
      next.add(source);
    }
    validate(next);
    return new SourceManifest(next);
  }

  /** A slug for a new source from its title, unique in this manifest. */
  public String newId(String title) {
    String base = Slugs.of(title);
    String id = base;
    for (int n = 2; sources.containsKey(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  public void save(Path corpusDir) throws IOException {
    Files.createDirectories(corpusDir);
    Path file = corpusDir.resolve(FILE);
    Path temp = Files.createTempFile(corpusDir, ".sources-", ".yml.part");
    try {
      String header =
          "# foiarchive manifest: one entry per source. Snapshots are named by SHA-256 and never edited.\n"
              + "# Edit metadata by hand if you must; `import` and `fetch` rewrite this file.\n";
      Files.writeString(temp, header + YAML.writeValueAsString(new ManifestFile(sources())));
      Snapshots.moveAtomically(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The entry as JSON, for the document record in the index. */
  public static String toJson(Source source) {
    return JSON.writeValueAsString(source);
  }

  public static Source fromJson(String json) {
    return JSON.readValue(json, Source.class);
  }

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();
}
