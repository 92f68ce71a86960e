package org.foiarchive.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

  private static final String HEADER =
      "# foiarchive manifest: one entry per source. Snapshots are named by SHA-256 and never edited.\n"
          + "# Edit metadata by hand if you must; `import` and `fetch` rewrite this file.\n";

  /** The line the entries' list starts under, as the writer prints it. */
  private static final String LIST_KEY = "sources:\n";

  /** How the writer starts each entry of the list. */
  private static final String ENTRY_START = "  - ";

  private final Map<String, Source> sources;

  /** The file as this manifest was read from or written to it, or null if it was not. */
  private final OnDisk onDisk;

  /**
   * What the manifest file held when read or written: its bytes (compared whole: a digest of a
   * large manifest costs more than the comparison in a command's first second), how many leading
   * entries of this manifest it lists, and whether entries can be added by appending their lines
   * (the list is the file's last key, written one entry per {@value #ENTRY_START} line, as the
   * writer prints it). Appending keeps a large archive's import from rewriting the whole file.
   */
  private record OnDisk(byte[] bytes, int entries, boolean appendable) {}

  private SourceManifest(List<Source> sources, OnDisk onDisk) {
    this.sources = new LinkedHashMap<>();
    sources.forEach(s -> this.sources.put(s.id(), s));
    this.onDisk = onDisk;
  }

  private SourceManifest(List<Source> sources) {
    this(sources, null);
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
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CorpusException(file + " cannot be read: " + e.getMessage(), e);
    }
    return parse(file, bytes);
  }

  /**
   * This manifest if the file still holds what it was read from or written as, else the file read
   * again: one import of many files (a mailbox, a sheet) reads a large manifest once, not once a
   * file, and still sees an edit made meanwhile.
   */
  public SourceManifest reloadIfChanged(Path corpusDir) {
    Path file = corpusDir.resolve(FILE);
    if (onDisk != null && Files.exists(file)) {
      try {
        byte[] bytes = Files.readAllBytes(file);
        return Arrays.equals(bytes, onDisk.bytes()) ? this : parse(file, bytes);
      } catch (IOException e) {
        throw new CorpusException(file + " cannot be read: " + e.getMessage(), e);
      }
    }
    return load(corpusDir);
  }

  private static SourceManifest parse(Path file, byte[] bytes) {
    List<Source> entries;
    try {
      // Read straight into entries: a tree of a large manifest first costs as much again.
      ManifestFile read = YAML.readValue(bytes, ManifestFile.class);
      entries = read == null || read.sources() == null ? List.of() : read.sources();
    } catch (JacksonException e) {
      entries = entriesOneByOne(file, bytes);
    }
    validate(entries);
    String text = new String(bytes, UTF_8);
    return new SourceManifest(
        entries, new OnDisk(bytes, entries.size(), appendable(text, entries.size())));
  }

  /**
   * The entries read one by one from a tree of the file, which names the entry a bad value is in;
   * throws a CorpusException saying what is wrong.
   */
  private static List<Source> entriesOneByOne(Path file, byte[] bytes) {
    JsonNode parsed;
    try {
      parsed = YAML.readTree(bytes);
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
    return entries;
  }

  /**
   * Whether entries written as the writer prints them can be added at the end of this text: its
   * last key is the list of entries, which starts as the writer starts an entry, and it ends with a
   * line break. A file edited by hand into another layout is rewritten whole instead.
   */
  static boolean appendable(String text, int entries) {
    if (entries == 0 || !text.endsWith("\n")) {
      return false;
    }
    String[] lines = text.split("\n", -1);
    int listKey = -1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean topLevel = !line.isEmpty() && !Character.isWhitespace(line.charAt(0));
      if (topLevel && !line.startsWith("#")) {
        listKey = (line.stripTrailing() + "\n").equals(LIST_KEY) ? i : -1;
      }
    }
    if (listKey < 0) {
      return false;
    }
    for (int i = listKey + 1; i < lines.length; i++) {
      if (!lines[i].isBlank() && !lines[i].stripLeading().startsWith("#")) {
        return lines[i].startsWith(ENTRY_START)
            && !Character.isWhitespace(lines[i].charAt(ENTRY_START.length()));
      }
    }
    return false;
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
    // An entry changed in place means the file must be written whole; one added keeps the file's
    // entries as they are.
    boolean onlyAdded = onDisk != null && (at < 0 || at >= onDisk.entries());
    return new SourceManifest(next, onlyAdded ? onDisk : null);
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

  /**
   * Writes the manifest, atomically. Entries added to a manifest read from this file, which the
   * file still holds unchanged, are appended to its bytes; otherwise the file is written whole.
   * Either way the result is the same text.
   *
   * @return this manifest, as the file now holds it (for the next {@link #reloadIfChanged})
   */
  public SourceManifest save(Path corpusDir) throws IOException {
    Files.createDirectories(corpusDir);
    Path file = corpusDir.resolve(FILE);
    List<Source> entries = sources();
    byte[] bytes = appendedTo(file, entries);
    if (bytes == null) {
      bytes = (HEADER + YAML.writeValueAsString(new ManifestFile(entries))).getBytes(UTF_8);
    }
    Path temp = Files.createTempFile(corpusDir, ".sources-", ".yml.part");
    try {
      Files.write(temp, bytes);
      Snapshots.moveAtomically(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
    return new SourceManifest(entries, new OnDisk(bytes, entries.size(), !entries.isEmpty()));
  }

  /**
   * The file's bytes with the entries it does not list appended, or null when they cannot be
   * appended: an entry was changed in place, the file changed since it was read, or its layout is
   * not the writer's.
   */
  private byte[] appendedTo(Path file, List<Source> entries) throws IOException {
    if (onDisk == null
        || !onDisk.appendable()
        || entries.size() <= onDisk.entries()
        || !Files.exists(file)) {
      return null;
    }
    byte[] current = Files.readAllBytes(file);
    if (!Arrays.equals(current, onDisk.bytes())) {
      return null;
    }
    String list =
        YAML.writeValueAsString(
            new ManifestFile(entries.subList(onDisk.entries(), entries.size())));
    if (!list.startsWith(LIST_KEY + ENTRY_START)) {
      return null;
    }
    byte[] added = list.substring(LIST_KEY.length()).getBytes(UTF_8);
    byte[] all = Arrays.copyOf(current, current.length + added.length);
    System.arraycopy(added, 0, all, current.length, added.length);
    return all;
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
