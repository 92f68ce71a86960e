package org.foiarchive.search;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.foiarchive.index.ArchiveFields;

/**
 * The index's own spelling of a word it does not hold ("isues" gives "issues"), for the words searched
 * beside a query's and for "Did you mean". Only a close correction counts, so that garbage is not turned
 * into a confident wrong word, and only for a word of a length real words have: the spell checker's
 * automaton grows with the word, and a page-long word once cost seconds of CPU. Thread-safe.
 */
final class Spelling {
  /** Shorter words are too often acronyms or names to correct. */
  static final int MIN_CORRECTED_LENGTH = 5;
  /** Longer than any word worth correcting ("disproportionately" has 18 letters); longer ones are not looked up. */
  static final int MAX_CORRECTED_LENGTH = 24;
  /**
   * How alike a correction must be: one minus the edits over the shorter word's length. "isues" to
   * "issues" is 0.8 and "enviroment" to "environment" 0.9; "title" to "time" (0.5) is another word.
   */
  static final float MIN_SIMILARITY = 0.7f;

  private Spelling() {
  }

  /** Whether a word is worth looking up at all: letters only, of a length real words have. */
  static boolean worthCorrecting(String word) {
    return word.length() >= MIN_CORRECTED_LENGTH && word.length() <= MAX_CORRECTED_LENGTH
        && word.chars().allMatch(Character::isLetter);
  }

  /** The closest word the index holds, when the index does not hold this one and one is close enough. */
  static Optional<String> correction(IndexReader reader, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (!worthCorrecting(lower)) {
      return Optional.empty();
    }
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setAccuracy(MIN_SIMILARITY);
    try {
      SuggestWord[] best = checker.suggestSimilar(new Term(ArchiveFields.EXACT, lower), 1, reader,
          SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      return best.length == 0 ? Optional.empty() : Optional.of(best[0].string);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
