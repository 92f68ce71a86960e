package org.foiarchive.search;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.foiarchive.index.ArchiveFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spelling against the archive's own words: a word the index does not hold at all is also searched as
 * the closest word it does, and a search that finds nothing offers "did you mean". Stateless.
 */
final class Speller {
  private static final Logger log = LoggerFactory.getLogger(Speller.class);
  /** Shorter words are too often acronyms or names to correct. */
  private static final int MIN_CORRECTED_LENGTH = 5;
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private Speller() {
  }

  /** The closest word the index holds, for a word of five letters or more that it does not hold at all. */
  static Optional<String> correction(IndexReader reader, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() < MIN_CORRECTED_LENGTH || !lower.chars().allMatch(Character::isLetter)) {
      return Optional.empty();
    }
    try {
      SuggestWord[] best = new DirectSpellChecker().suggestSimilar(new Term(ArchiveFields.EXACT, lower), 1, reader,
          SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      return best.length == 0 ? Optional.empty() : Optional.of(best[0].string);
    } catch (IOException e) {
      // A suggestion is a convenience: the search goes on with the word as typed.
      log.warn("No spelling suggestion for '{}': {}", word, e.toString());
      return Optional.empty();
    }
  }

  /**
   * "Did you mean": the query as typed, with each word the index does not hold replaced by the closest
   * word it does; quotes, signs and filters stay as they were. Null when no word needed replacing.
   */
  static String suggest(IndexReader reader, String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    Matcher words = WORD.matcher(typed);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (words.find()) {
      boolean filterName = words.end() < typed.length() && typed.charAt(words.end()) == ':';
      Optional<String> better = filterName ? Optional.empty() : correction(reader, words.group());
      words.appendReplacement(out, Matcher.quoteReplacement(better.orElse(words.group())));
      changed |= better.isPresent();
    }
    words.appendTail(out);
    return changed ? out.toString() : null;
  }
}
