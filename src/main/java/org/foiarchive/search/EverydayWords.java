package org.foiarchive.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.foiarchive.index.WelfareGlossary;

/**
 * Claimants' everyday wording ({@code everyday-words.tsv}) found in a query: a phrase such as
 * "payment stopped" brings in the official term for it ("sanction") when all its words are typed
 * close together, in any order ("stopped my payment"), and never for one of its words alone:
 * "payment" by itself would pull in every passage about money. The phrase's question words ("help
 * with rent") need not be typed, as queries are ranked without them. Immutable and thread-safe.
 */
final class EverydayWords {
  /**
   * How many other words may come among a phrase's words as typed: "help with my rent" has the
   * words of "help with rent" with two between them.
   */
  static final int WORDS_BETWEEN = 2;

  /**
   * One everyday phrase: the tokens that must be typed, the phrase as printed (tokens) and the
   * official terms it stands for.
   */
  private record Phrase(List<String> needed, List<String> printed, List<String> officialTerms) {}

  private final Analyzer analyzer;
  private final List<Phrase> phrases = new ArrayList<>();

  EverydayWords(Analyzer analyzer, WelfareGlossary lexicon) {
    this.analyzer = analyzer;
    for (WelfareGlossary.Entry entry : lexicon.entries()) {
      List<String> words = Arrays.asList(entry.term().strip().split("\\s+"));
      List<String> needed = tokens(String.join(" ", QuestionWords.subjectWords(words)));
      // A lone word would expand every query that uses it; the file's rule keeps two or more.
      if (needed.size() >= 2) {
        phrases.add(new Phrase(needed, tokens(entry.term()), entry.expansions()));
      }
    }
  }

  /**
   * The official terms for the everyday phrases among the words, each with the tokens of the phrase
   * as printed, leaving out terms whose words are all typed already, in the order found.
   */
  List<RelatedWords.Expansion> expansions(List<String> words) {
    List<String> typed = tokens(String.join(" ", words));
    Set<RelatedWords.Expansion> out = new LinkedHashSet<>();
    for (Phrase phrase : phrases) {
      if (typedClose(typed, phrase.needed())) {
        for (String term : phrase.officialTerms()) {
          if (!typed.containsAll(tokens(term))) {
            out.add(new RelatedWords.Expansion(term, phrase.printed()));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** Whether all the needed tokens occur within one stretch of their number plus the gap. */
  private static boolean typedClose(List<String> typed, List<String> needed) {
    int span = needed.size() + WORDS_BETWEEN;
    for (int start = 0; start < typed.size(); start++) {
      if (needed.contains(typed.get(start))
          && typed.subList(start, Math.min(typed.size(), start + span)).containsAll(needed)) {
        return true;
      }
    }
    return false;
  }

  private List<String> tokens(String text) {
    return RelatedWords.tokens(analyzer, text);
  }
}
