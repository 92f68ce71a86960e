package org.foiarchive.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * General English synonyms from WordNet 3.1 ({@code wordnet-synonyms.tsv}, generated from the
 * dictionary by {@code WordNetTableGenerator}): "look for" is "seek", "revoke" is "rescind". Each
 * lemma keeps its senses in order of how often WordNet's sense-tagged texts use them, so a query
 * can expand to the senses a claimant most likely meant. The table is read once, on first use (in a
 * server, by the warm-up's thread), and kept as the file's bytes, a line found by binary search.
 * Immutable and thread-safe.
 */
final class Thesaurus {
  private static final Logger log = LoggerFactory.getLogger(Thesaurus.class);

  static final String RESOURCE = "/wordnet-synonyms.tsv";

  /**
   * Which of a lemma's senses expand it.
   *
   * @param allSenses every sense, not only the most used one
   * @param minShare with {@code allSenses}, a sense's share of the lemma's tagged uses it needs (0:
   *     every sense)
   * @param maxSenses a lemma with more senses than this (over every part of speech) expands to
   *     nothing: a word of many meanings ("take", "get") is a guess
   */
  record Senses(boolean allSenses, float minShare, int maxSenses) {
    /** The most used sense only, of any lemma. */
    static final Senses FIRST = new Senses(false, 0f, Integer.MAX_VALUE);
  }

  /** One sense: how often the tagged texts used it, and the other lemmas of its synset. */
  private record Sense(int count, List<String> synonyms) {}

  /** A lemma's senses, most used first, and how many it has in all. */
  private record Lemma(int senses, int tagged, List<Sense> kept) {}

  /** The file as it is (ASCII, lines sorted by lemma): a tenth of the heap of a map of strings. */
  private final byte[] table;

  /** Where each line after the header starts, in the order of the file. */
  private final int[] starts;

  private Thesaurus(byte[] table) {
    this.table = table;
    int lines = 0;
    for (byte b : table) {
      lines += b == '\n' ? 1 : 0;
    }
    int[] found = new int[lines + 1];
    int n = 0;
    for (int at = 0; at < table.length; at = next(at)) {
      if (table[at] != '#' && table[at] != '\n') {
        found[n++] = at;
      }
    }
    this.starts = Arrays.copyOf(found, n);
  }

  /** The table, read the first time any search asks. */
  static Thesaurus shared() {
    return Shared.TABLE;
  }

  /** The table read from its text, its lines in sorted order (for tests of a small one). */
  static Thesaurus of(String text) {
    return new Thesaurus(text.getBytes(StandardCharsets.US_ASCII));
  }

  /** Holds the table: the JVM reads it when a search first asks, once. */
  private static final class Shared {
    static final Thesaurus TABLE = load();

    private static Thesaurus load() {
      long start = System.nanoTime();
      try (InputStream in = Thesaurus.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        Thesaurus table = new Thesaurus(in.readAllBytes());
        log.debug(
            "Read {} thesaurus lines in {} ms",
            table.starts.length,
            (System.nanoTime() - start) / 1_000_000);
        return table;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Where the line after the one at {@code at} starts (the table's length after the last). */
  private int next(int at) {
    int end = at;
    while (end < table.length && table[end] != '\n') {
      end++;
    }
    return end + 1;
  }

  /** The line of a lemma or form after its first tab, or null when the table has no such line. */
  private String line(String key) {
    byte[] wanted = key.getBytes(StandardCharsets.US_ASCII);
    int low = 0;
    int high = starts.length - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = compare(starts[middle], wanted);
      if (order == 0) {
        int from = starts[middle] + wanted.length + 1;
        int to = next(starts[middle]) - 1;
        return new String(table, from, Math.max(0, to - from), StandardCharsets.US_ASCII);
      }
      if (order < 0) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return null;
  }

  /** The lemma of the line at {@code at} (up to its tab) against the key, as String order does. */
  private int compare(int at, byte[] key) {
    for (int i = 0; ; i++) {
      byte b = at + i < table.length ? table[at + i] : (byte) '\t';
      boolean lineEnds = b == '\t' || b == '\n';
      if (lineEnds || i == key.length) {
        return (lineEnds ? 0 : 1) - (i == key.length ? 0 : 1);
      }
      if (b != key[i]) {
        return b - key[i];
      }
    }
  }

  /**
   * The synonyms of a word or expression typed (in lower case, words apart by single spaces), from
   * the senses chosen, most used sense first; none when WordNet does not hold it in any form.
   */
  List<String> synonyms(String typed, Senses senses) {
    Optional<Lemma> lemma = lemma(typed);
    if (lemma.isEmpty() || lemma.get().senses() > senses.maxSenses()) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    List<Sense> kept = lemma.get().kept();
    for (int i = 0; i < kept.size(); i++) {
      Sense sense = kept.get(i);
      boolean chosen =
          senses.allSenses()
              ? share(sense, lemma.get()) >= senses.minShare()
              : i == 0 && (sense.count() > 0 || lemma.get().tagged() == 0);
      if (chosen) {
        out.addAll(sense.synonyms());
      }
    }
    return List.copyOf(out);
  }

  /** Whether WordNet holds the word or expression in some form. */
  boolean holds(String typed) {
    return lemma(typed).isPresent();
  }

  private static float share(Sense sense, Lemma lemma) {
    return lemma.tagged() == 0 ? 1f : (float) sense.count() / lemma.tagged();
  }

  /** The lemma as typed, else its base form by WordNet's irregular forms or regular endings. */
  private Optional<Lemma> lemma(String typed) {
    String word = typed.toLowerCase(Locale.ROOT);
    String line = line(word);
    if (line == null) {
      for (String base : BaseForms.of(word)) {
        line = line(base);
        if (line != null) {
          break;
        }
      }
    }
    if (line != null && line.startsWith("=")) {
      line = line(line.substring(1));
    }
    return line == null || line.startsWith("=") ? Optional.empty() : Optional.of(parse(line));
  }

  private static Lemma parse(String line) {
    String[] columns = line.split("\t");
    List<Sense> kept = new ArrayList<>(columns.length - 2);
    for (int i = 2; i < columns.length; i++) {
      int colon = columns[i].indexOf(':');
      kept.add(
          new Sense(
              Integer.parseInt(columns[i].substring(0, colon)),
              List.of(columns[i].substring(colon + 1).split(","))));
    }
    return new Lemma(Integer.parseInt(columns[0]), Integer.parseInt(columns[1]), kept);
  }

  /**
   * WordNet's regular endings undone ("copies" to "copy", "revoked" to "revoke"), as its own lookup
   * of a form does: each a guess the table then confirms or not.
   */
  static final class BaseForms {
    /** Ending and its replacement, nouns', then verbs', then adjectives', in WordNet's order. */
    private static final String[][] ENDINGS = {
      {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
      {"men", "man"}, {"ies", "y"}, {"s", ""}, {"es", "e"}, {"es", ""},
      {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}, {"er", ""},
      {"est", ""}, {"er", "e"}, {"est", "e"}
    };

    private BaseForms() {}

    /**
     * The candidate base forms of a word or expression: its first word's endings undone ("taking
     * back" to "take back"), then its last word's ("job applications" to "job application").
     */
    static List<String> of(String typed) {
      String[] words = typed.split(" ");
      Set<String> out = new LinkedHashSet<>();
      String rest = typed.substring(words[0].length());
      for (String base : ofWord(words[0])) {
        out.add(base + rest);
      }
      if (words.length > 1) {
        String head = typed.substring(0, typed.length() - words[words.length - 1].length());
        for (String base : ofWord(words[words.length - 1])) {
          out.add(head + base);
        }
      }
      return List.copyOf(out);
    }

    private static List<String> ofWord(String word) {
      List<String> bases = new ArrayList<>();
      for (String[] ending : ENDINGS) {
        if (word.endsWith(ending[0]) && word.length() > ending[0].length() + 1) {
          bases.add(word.substring(0, word.length() - ending[0].length()) + ending[1]);
        }
      }
      return bases;
    }
  }
}
