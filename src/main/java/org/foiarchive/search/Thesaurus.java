package org.foiarchive.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * General English synonyms from WordNet 3.1 ({@code wordnet-synonyms.tsv}, generated from the
 * dictionary by {@code WordNetTableGenerator}): "take back" is "withdraw", "revoke" is "rescind".
 * Each lemma keeps its senses in order of how often WordNet's sense-tagged texts use them, so a
 * query can expand to the senses a claimant most likely meant. The table is read once, on first
 * use, never on the server's start path. Immutable and thread-safe.
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

  private final Map<String, String> lines;

  private Thesaurus(Map<String, String> lines) {
    this.lines = lines;
  }

  /** The table, read the first time any search asks. */
  static Thesaurus shared() {
    return Shared.TABLE;
  }

  /** The table read from its text (for tests of a small one). */
  static Thesaurus of(String text) {
    try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
        Thesaurus table =
            read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        log.debug(
            "Read {} thesaurus entries in {} ms",
            table.lines.size(),
            (System.nanoTime() - start) / 1_000_000);
        return table;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Each line kept as its text after the lemma: parsed only for the few lemmas a query types. */
  private static Thesaurus read(BufferedReader reader) throws IOException {
    Map<String, String> lines = new HashMap<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int tab = line.indexOf('\t');
      if (!line.startsWith("#") && tab > 0) {
        lines.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return new Thesaurus(lines);
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
    String line = lines.get(word);
    if (line == null) {
      for (String base : BaseForms.of(word)) {
        line = lines.get(base);
        if (line != null) {
          break;
        }
      }
    }
    if (line != null && line.startsWith("=")) {
      line = lines.get(line.substring(1));
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
