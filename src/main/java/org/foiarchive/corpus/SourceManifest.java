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
import tools.jackson.databind.JsonNode;
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

  /**
   * The YAML document as written: a list under {@code sources} so the file can grow other top-level
   * keys.
   */
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
    JsonNode parsed;
    try {
      parsed = YAML.readTree(file.toFile());
    } catch (JacksonException e) {
      throw new CorpusException(file + " is not a valid manifest: " + e.getOriginalMessage(), e);
    }
    List<Source> entries = new ArrayList<>();
    JsonNode listed = parsed == null ? null : parsed.get("sources");
    if (listed != null && !listed.isNull()) {
      if (!listed.isArray()) {
        throw new CorpusException(file + " is not a valid manifest: 'sources' is not a list");
      }
      for (int i = 0; i < listed.size(); i++) {
        entries.add(entry(listed.get(i), i));
      }
    }
    validate(entries);
    return new SourceManifest(entries);
  }

  /**
   * One entry read on its own, so that a value that is not what its field holds (an unknown kind, a
   * date that is not ISO 8601) is reported with the entry it is in.
   */
  private static Source entry(JsonNode node, int index) {
    try {
      return YAML.treeToValue(node, Source.class);
    } catch (JacksonException e) {
      JsonNode id = node.get("id");
      throw new CorpusException(
          where(index, id == null || !id.isString() ? null : id.asString()) + ": " + reason(e), e);
    }
  }

  /** Our own message where a value's type refused it, else what the reader says and where. */
  private static String reason(JacksonException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof IllegalArgumentException refused) {
        return refused.getMessage();
      }
    }
    List<JacksonException.Reference> path = e.getPath();
    String field = path.isEmpty() ? null : path.getLast().getPropertyName();
    return (field == null ? "" : field + ": ") + e.getOriginalMessage();
  }

  private static String where(int index, String id) {
    return "manifest entry " + (index + 1) + (id == null ? "" : " ('" + id + "')");
  }

  static void validate(List<Source> entries) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      Source s = entries.get(i);
      String where = where(i, s.id());
      if (s.id() == null || !ID.matcher(s.id()).matches()) {
        throw new CorpusException(where + ": id must be a lower-case slug (a-z, 0-9, -)");
      }
      if (!ids.add(s.id())) {
        throw new CorpusException(where + ": id is used twice");
      }
      if (s.provenance().kind() == null) {
        throw new CorpusException(where + ": kind is required; use one of " + SourceKind.ids());
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
