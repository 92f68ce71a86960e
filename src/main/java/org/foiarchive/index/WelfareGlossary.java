package org.foiarchive.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The welfare glossary ({@code glossary.tsv}): each abbreviation or term claimants and officials
 * use (HB, WRAG, mandatory reconsideration) with its expansions and the near-synonyms found for it,
 * and the public page each was taken from. Search expands queries with it, at a lower weight than
 * the words typed. Immutable and thread-safe.
 */
public final class WelfareGlossary {
  static final String RESOURCE = "/glossary.tsv";
  static final String EVERYDAY_RESOURCE = "/everyday-words.tsv";
  private static final String EXPANSION_SEPARATOR = " | ";

  /**
   * Whether the term is an abbreviation (HB) or a phrase written out (mandatory reconsideration).
   */
  public enum Kind {
    ABBREVIATION,
    /**
     * An abbreviation spelt like an everyday word or title in lower case (MAN, AA, MR: "man", "aa",
     * "Mr"): it stands for its expansion only when typed in capitals.
     */
    CAPITALISED_ABBREVIATION,
    PHRASE,
    /**
     * A claimant's everyday words for what officials call by its expansions ("payment stopped" for
     * a sanction): looser than the official term, so it expands one way only, from the plain words.
     */
    EVERYDAY;

    /** Whether the term is short for its first expansion, so that expansion also finds it. */
    public boolean isAbbreviation() {
      return this == ABBREVIATION || this == CAPITALISED_ABBREVIATION;
    }

    /** Read as written in the file: "abbreviation", "capitalised-abbreviation", "phrase". */
    static Kind parse(String text) {
      return valueOf(text.strip().replace('-', '_').toUpperCase(Locale.ROOT));
    }
  }

  /**
   * One term and what it stands for.
   *
   * @param expansions what the term stands for first, then near-synonyms, as printed
   * @param source the public page the expansion was taken from
   */
  public record Entry(String term, Kind kind, List<String> expansions, URI source) {
    public Entry {
      expansions = List.copyOf(expansions);
    }
  }

  private final Map<String, Entry> byTerm;

  private WelfareGlossary(Map<String, Entry> byTerm) {
    this.byTerm = byTerm;
  }

  /** The glossary shipped with the archive. */
  public static WelfareGlossary load() {
    return load(RESOURCE);
  }

  /**
   * The claimants' everyday wording shipped with the archive ({@code everyday-words.tsv}), each
   * phrase with the official terms public advice pages give for it, in the glossary's columns.
   */
  public static WelfareGlossary everydayWords() {
    return load(EVERYDAY_RESOURCE);
  }

  private static WelfareGlossary load(String resource) {
    try (InputStream in = WelfareGlossary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads tab-separated lines {@code term, kind, expansions (separated by " | "), source}, after a
   * header line naming those columns; lines starting with '#' are comments.
   *
   * @throws IllegalArgumentException naming the line, when a line is malformed or a term repeats
   */
  static WelfareGlossary parse(String text, String name) {
    Map<String, Entry> byTerm = new LinkedHashMap<>();
    for (DataTable.Row row : DataTable.rows(text)) {
      String where = name + " line " + row.line() + ": ";
      String[] cols = row.columns().toArray(String[]::new);
      if (cols.length != 4) {
        throw new IllegalArgumentException(
            where + "needs 4 tab-separated columns (term, kind, expansions, source)");
      }
      String term = cols[0].strip();
      List<String> expansions =
          Arrays.stream(cols[2].split(Pattern.quote(EXPANSION_SEPARATOR)))
              .map(String::strip)
              .filter(e -> !e.isEmpty())
              .toList();
      if (term.isEmpty() || expansions.isEmpty()) {
        throw new IllegalArgumentException(where + "needs a term and at least one expansion");
      }
      Entry entry;
      try {
        entry = new Entry(term, Kind.parse(cols[1]), expansions, source(cols[3].strip()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + e.getMessage(), e);
      }
      if (byTerm.putIfAbsent(key(term), entry) != null) {
        throw new IllegalArgumentException(where + "'" + term + "' is already in the glossary");
      }
    }
    return new WelfareGlossary(byTerm);
  }

  /** The entry for a term, ignoring case ("hb", "HB"). */
  public Optional<Entry> lookUp(String term) {
    return Optional.ofNullable(byTerm.get(key(term)));
  }

  /** Every entry, in the file's order. */
  public List<Entry> entries() {
    return new ArrayList<>(byTerm.values());
  }

  private static URI source(String text) {
    try {
      URI uri = new URI(text);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new IllegalArgumentException("the source must be a web address: " + text);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the source is not a valid address: " + text, e);
    }
  }

  private static String key(String term) {
    return term.strip().toLowerCase(Locale.ROOT);
  }
}
