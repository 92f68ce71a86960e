package org.foiarchive.search;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.Bits;
import org.foiarchive.index.ArchiveFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spelling against the archive's own words: a word the index does not hold at all is also searched
 * as the closest word it does ("isues" gives "issues"), and a search that finds nothing offers "did
 * you mean". Only a close correction counts, so that garbage is not turned into a confident wrong
 * word, and only for a word of a length real words have: the spell checker's automaton grows with
 * the word, and a page-long word once cost seconds of CPU. Corrections are part of a search's cost
 * and stop at its deadline. Stateless.
 */
final class Speller {
  private static final Logger log = LoggerFactory.getLogger(Speller.class);

  /** Shorter words are too often acronyms or names to correct. */
  static final int MIN_CORRECTED_LENGTH = 5;

  /**
   * Longer than any word worth correcting ("disproportionately" has 18 letters); longer ones are
   * not looked up.
   */
  static final int MAX_CORRECTED_LENGTH = 24;

  /**
   * How alike a correction must be: one minus the edits over the shorter word's length. "isues" to
   * "issues" is 0.8 and "enviroment" to "environment" 0.9; "title" to "time" (0.5) is another word.
   */
  static final float MIN_SIMILARITY = 0.7f;

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** Whether a passage that is not deleted holds the term. */
  private static boolean isLive(IndexReader reader, Term term) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(term.field());
      if (terms == null) {
        continue;
      }
      TermsEnum words = terms.iterator();
      if (!words.seekExact(term.bytes())) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      if (live == null) {
        return true;
      }
      PostingsEnum docs = words.postings(null, PostingsEnum.NONE);
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live.get(doc)) {
          return true;
        }
      }
    }
    return false;
  }

  private Speller() {}

  /** Whether a word is worth looking up at all: letters only, of a length real words have. */
  static boolean worthCorrecting(String word) {
    return word.length() >= MIN_CORRECTED_LENGTH
        && word.length() <= MAX_CORRECTED_LENGTH
        && word.chars().allMatch(Character::isLetter);
  }

  /**
   * The closest word the index holds, when the index does not hold this one, one is close enough,
   * and the search's deadline ({@link System#nanoTime()}) has not passed.
   */
  static Optional<String> correction(IndexReader reader, String word, long deadlineNanos) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (!worthCorrecting(lower) || System.nanoTime() - deadlineNanos > 0) {
      return Optional.empty();
    }
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setAccuracy(MIN_SIMILARITY);
    try {
      // The term dictionary keeps the words of documents an ingest replaced or removed until their
      // segment is merged: only a word some live passage holds is known, or is worth suggesting.
      Term typed = new Term(ArchiveFields.EXACT, lower);
      if (isLive(reader, typed)) {
        return Optional.empty();
      }
      // The same one best candidate as over an index without deletions; none if only deleted
      // passages hold it.
      SuggestWord[] best = checker.suggestSimilar(typed, 1, reader, SuggestMode.SUGGEST_ALWAYS);
      return best.length == 0 || !isLive(reader, new Term(ArchiveFields.EXACT, best[0].string))
          ? Optional.empty()
          : Optional.of(best[0].string);
    } catch (IOException e) {
      // A suggestion is a convenience: the search goes on with the word as typed.
      log.warn("No spelling suggestion for '{}': {}", word, e.toString());
      return Optional.empty();
    }
  }

  /**
   * "Did you mean": the query as searched (cut where the front end cuts it), with each word the
   * index does not hold replaced by the closest word it does; quotes, signs and filters stay as
   * they were. Null when no word needed replacing.
   */
  static String suggest(IndexReader reader, String query, long deadlineNanos) {
    if (query == null || query.isBlank()) {
      return null;
    }
    String typed =
        query.length() > QueryFrontEnd.MAX_QUERY_CHARS
            ? query.substring(0, QueryFrontEnd.MAX_QUERY_CHARS)
            : query;
    Matcher words = WORD.matcher(typed);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (words.find()) {
      boolean filterName = words.end() < typed.length() && typed.charAt(words.end()) == ':';
      Optional<String> better =
          filterName ? Optional.empty() : correction(reader, words.group(), deadlineNanos);
      words.appendReplacement(out, Matcher.quoteReplacement(better.orElse(words.group())));
      changed |= better.isPresent();
    }
    words.appendTail(out);
    return changed ? out.toString() : null;
  }
}
