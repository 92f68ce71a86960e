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
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.foiarchive.index.DataTable;

/**
 * The official words for the plain words typed ({@code plain-words.tsv}): "tell" also finds
 * "notify", "take part" also "participate". Plain-English word lists pair them the other way, to
 * tell an official which plain word to write instead of the official one; read backwards they say
 * how an official passage may word what a claimant typed. One way only: an official word typed is
 * not searched as its plain words, which are looser. Immutable and thread-safe.
 */
final class PlainWords {
  static final String RESOURCE = "/plain-words.tsv";

  /**
   * How many other words may come between the words of a plain phrase as typed, in its order: "let
   * me know" is "let know", "take it back" would be "take back".
   */
  static final int WORDS_BETWEEN = 2;

  /**
   * How many letters longer than a plain word a word typed may be and still be that word: an
   * inflection's ("stopped", "requests", "telling"). The analysis stems derivations together too
   * ("information" and "inform"), which the lists do not pair.
   */
  static final int INFLECTION_LETTERS = 3;

  /**
   * The fewest words a plain alternative is used with in search: plain phrases and phrasal verbs
   * ("take part", "find out", "let me know"). Every pair, lone words too, was measured on the
   * tuning pool (issue 14aj, MRR@10): a lone plain word is a common word with many official words
   * ("show" brings in eight, "say" brings in "provide", which the stemmer joins to "provider"), and
   * the passages they cover lowered the seed tuning half from 0.608 to 0.578 at every weight from
   * 0.1 to 0.5 (N10 from 1st to 6th); with those words covering nothing, 0.590 at 0.5 and the
   * evaluation corpus's from 0.778 to 0.760.
   */
  static final int PHRASES = 2;

  private static final String SEPARATOR = " | ";

  /** A word as written, in lower case, and its one analysed token. */
  private record Word(String written, String token) {
    /** Whether this word typed is the plain word or one of its inflections. */
    boolean isFormOf(Word plain) {
      return token.equals(plain.token())
          && written.length() <= plain.written().length() + INFLECTION_LETTERS;
    }
  }

  /**
   * One plain alternative: its words as printed, whether it was printed as more than one word, and
   * the official words it stands in for.
   */
  private record Alternative(List<Word> words, boolean phrase, List<String> officialWords) {
    List<String> tokens() {
      return words.stream().map(Word::token).toList();
    }
  }

  private final Analyzer analyzer;
  private final List<Alternative> alternatives = new ArrayList<>();

  /**
   * @param minWords the fewest words a plain alternative must be printed with to be used: 1 uses
   *     every pair, 2 only plain phrases and phrasal verbs ("find out", "take part"), whose words
   *     together say more than a common word alone ("keep", "show")
   */
  PlainWords(Analyzer analyzer, int minWords) {
    this(analyzer, read(), minWords);
  }

  PlainWords(Analyzer analyzer, String table, int minWords) {
    this.analyzer = analyzer;
    for (Row row : parse(table)) {
      for (String plain : row.plain()) {
        List<String> printed = Arrays.asList(plain.strip().split("\\s+"));
        List<Word> words = words(printed);
        boolean phrase = printed.size() > 1;
        // A lone question word ("so", "if") is never among the words a query is ranked on.
        boolean questionWord = !phrase && QuestionWords.isQuestionWord(plain);
        if (words.size() == printed.size() && !questionWord && printed.size() >= minWords) {
          alternatives.add(new Alternative(words, phrase, row.official()));
        }
      }
    }
  }

  /** One row of the table: an official word (or its forms) and its plain alternatives. */
  record Row(List<String> official, List<String> plain) {}

  /**
   * The official words for the plain words among those typed, each with the tokens of the plain
   * words that brought it in, leaving out official words typed already, in the table's order. A
   * plain word counts when it is one of the subject words (so "get", a question word, brings in
   * nothing); a plain phrase when its words are typed in its order, a few words apart at most,
   * question words included ("find out", "let me know").
   */
  List<RelatedWords.Expansion> expansions(List<String> subject, List<String> typed) {
    List<Word> subjectWords = words(subject);
    List<Word> typedWords = words(typed);
    List<String> typedTokens = tokens(String.join(" ", typed));
    Set<RelatedWords.Expansion> out = new LinkedHashSet<>();
    for (Alternative alternative : alternatives) {
      boolean found =
          alternative.phrase()
              ? typedInOrder(typedWords, alternative.words())
              : subjectWords.stream().anyMatch(w -> w.isFormOf(alternative.words().getFirst()));
      if (found) {
        for (String official : alternative.officialWords()) {
          if (!typedTokens.containsAll(tokens(official))) {
            out.add(new RelatedWords.Expansion(official, alternative.tokens()));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** Whether the plain words occur in order, at most {@link #WORDS_BETWEEN} apart. */
  private static boolean typedInOrder(List<Word> typed, List<Word> plain) {
    for (int start = 0; start < typed.size(); start++) {
      if (typed.get(start).isFormOf(plain.getFirst()) && followedBy(typed, start, plain)) {
        return true;
      }
    }
    return false;
  }

  private static boolean followedBy(List<Word> typed, int at, List<Word> plain) {
    int position = at;
    for (Word word : plain.subList(1, plain.size())) {
      int next = -1;
      for (int i = position + 1;
          i <= Math.min(typed.size() - 1, position + 1 + WORDS_BETWEEN);
          i++) {
        if (typed.get(i).isFormOf(word)) {
          next = i;
          break;
        }
      }
      if (next < 0) {
        return false;
      }
      position = next;
    }
    return true;
  }

  /**
   * Reads tab-separated lines {@code official, plain (separated by " | "), source} after a header
   * line; lines starting with '#' are comments. Forms of the official word printed in one row
   * ("assist, assistance") are each an official word.
   *
   * @throws IllegalArgumentException naming the line, when a line is malformed
   */
  static List<Row> parse(String table) {
    List<Row> rows = new ArrayList<>();
    for (DataTable.Row row : DataTable.rows(table)) {
      List<String> cols = row.columns();
      List<String> official = split(cols.get(0), ",");
      List<String> plain =
          cols.size() == 3 ? split(cols.get(1), Pattern.quote(SEPARATOR)) : List.of();
      if (cols.size() != 3 || official.isEmpty() || plain.isEmpty() || cols.get(2).isBlank()) {
        throw new IllegalArgumentException(
            RESOURCE
                + " line "
                + row.line()
                + ": needs 3 tab-separated columns (official, plain, source), none empty");
      }
      rows.add(new Row(official, plain));
    }
    return rows;
  }

  private static List<String> split(String text, String separator) {
    return Arrays.stream(text.split(separator))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String read() {
    try (InputStream in = PlainWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each word that analyses to one token, with that token. */
  private List<Word> words(List<String> written) {
    List<Word> words = new ArrayList<>();
    for (String word : written) {
      List<String> tokens = tokens(word);
      if (tokens.size() == 1) {
        words.add(new Word(word.strip().toLowerCase(Locale.ROOT), tokens.getFirst()));
      }
    }
    return words;
  }

  private List<String> tokens(String text) {
    return RelatedWords.tokens(analyzer, text);
  }
}
