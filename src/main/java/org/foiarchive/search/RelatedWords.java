package org.foiarchive.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.foiarchive.index.WelfareGlossary;

/**
 * The words officials print for what claimants type ({@code related-words.txt}): "companies" for
 * "employers", "job hunting" for "work search". Queries add them at a lower weight than the words
 * typed. Forms are compared after the archive's analysis, so plurals and acronyms line up.
 * Immutable and thread-safe.
 */
final class RelatedWords {
  static final String RESOURCE = "/related-words.txt";

  /**
   * Forms that, when typed, bring in the additions; {@code inCapitals}: only when typed in capitals
   * ("MAN", not "man").
   */
  private record Rule(List<String> tokens, List<String> additions, boolean inCapitals) {}

  private final Analyzer analyzer;
  private final Map<String, List<Rule>> byFirstToken = new HashMap<>();

  RelatedWords(Analyzer analyzer) {
    this(analyzer, read());
  }

  RelatedWords(Analyzer analyzer, String file) {
    this.analyzer = analyzer;
    for (String raw : file.split("\n")) {
      String line = raw.replaceFirst("#.*$", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      int arrow = line.indexOf("=>");
      List<String> from = forms(arrow < 0 ? line : line.substring(0, arrow));
      // The forms left of "=>" are alternatives of each other too: "proof, prove => evidence".
      List<String> to = new ArrayList<>(from);
      if (arrow >= 0) {
        to.addAll(forms(line.substring(arrow + 2)));
      }
      add(from, to, false);
    }
  }

  /**
   * The welfare glossary as related forms: a term typed brings in what it stands for and its
   * near-synonyms ("WRAG" gives "work-related activity group"), and an abbreviation's written-out
   * form brings in the abbreviation ("housing benefit" gives "HB"). Near-synonyms do not bring in
   * the term: they are looser than it.
   */
  static RelatedWords of(
      Analyzer analyzer, WelfareGlossary glossary, boolean abbreviationsInCapitals) {
    RelatedWords words = new RelatedWords(analyzer, "");
    for (WelfareGlossary.Entry entry : glossary.entries()) {
      boolean inCapitals =
          abbreviationsInCapitals && entry.kind() == WelfareGlossary.Kind.CAPITALISED_ABBREVIATION;
      words.add(List.of(entry.term()), entry.expansions(), inCapitals);
      if (entry.kind().isAbbreviation()) {
        words.add(List.of(entry.expansions().getFirst()), List.of(entry.term()), false);
      }
    }
    return words;
  }

  /** Each form of {@code from}, when typed, brings in the forms of {@code to} but itself. */
  private void add(List<String> from, List<String> to, boolean inCapitals) {
    for (String form : from) {
      List<String> tokens = tokens(form);
      if (tokens.isEmpty()) {
        continue;
      }
      List<String> additions = to.stream().filter(t -> !t.equals(form)).toList();
      byFirstToken
          .computeIfAbsent(tokens.getFirst(), k -> new ArrayList<>())
          .add(new Rule(tokens, additions, inCapitals));
    }
  }

  /** Forms related to the words, not counting any the words already contain, in the order found. */
  List<String> of(List<String> words) {
    return expansions(words).stream().map(Expansion::form).distinct().toList();
  }

  /**
   * A form brought in by the words typed, with the analysed tokens of the words that brought it in
   * ("wrag" for "work-related activity group").
   */
  record Expansion(String form, List<String> typed) {}

  /**
   * The forms related to the words, each with the words that brought it in, not counting forms the
   * words already contain, in the order found.
   */
  List<Expansion> expansions(List<String> words) {
    List<String> tokens = tokens(String.join(" ", words));
    Set<String> typed = Set.copyOf(tokens);
    Set<String> typedInCapitals = new HashSet<>();
    for (String word : words) {
      if (word.chars().anyMatch(Character::isLetter)
          && word.equals(word.toUpperCase(Locale.ROOT))) {
        typedInCapitals.addAll(tokens(word));
      }
    }
    Set<Expansion> out = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (Rule rule : byFirstToken.getOrDefault(tokens.get(i), List.of())) {
        if (startsAt(tokens, i, rule.tokens())
            && (!rule.inCapitals() || typedInCapitals.containsAll(rule.tokens()))) {
          for (String addition : rule.additions()) {
            if (!typed.containsAll(tokens(addition))) {
              out.add(new Expansion(addition, rule.tokens()));
            }
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean startsAt(List<String> tokens, int at, List<String> phrase) {
    if (at + phrase.size() > tokens.size()) {
      return false;
    }
    return tokens.subList(at, at + phrase.size()).equals(phrase);
  }

  private static List<String> forms(String list) {
    List<String> forms = new ArrayList<>();
    for (String form : list.split(",")) {
      if (!form.isBlank()) {
        forms.add(form.strip());
      }
    }
    return forms;
  }

  List<String> tokens(String text) {
    return tokens(analyzer, text);
  }

  /** The text's tokens after the analysis given. */
  static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  private static String read() {
    try (InputStream in = RelatedWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
