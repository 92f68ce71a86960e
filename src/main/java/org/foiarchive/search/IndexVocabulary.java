package org.foiarchive.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.foiarchive.index.ArchiveFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One index generation's vocabulary, on its unstemmed field, with the phrases asked about kept: a
 * phrase is counted over its passages' positions, which on a large archive costs as much as a
 * search, and the answer changes only with the index. Thread-safe.
 */
final class IndexVocabulary {
  private static final Logger log = LoggerFactory.getLogger(IndexVocabulary.class);

  /** Phrases whose answer is kept: each costs a few dozen bytes. */
  static final int KEPT_PHRASES = 10_000;

  private final IndexSearcher searcher;
  private final Cache<String, Boolean> phrases =
      Caffeine.newBuilder().maximumSize(KEPT_PHRASES).build();

  IndexVocabulary(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /**
   * The vocabulary as a search may ask it until its deadline ({@link System#nanoTime()}): past it,
   * a phrase not already counted is taken as absent, and {@link Lookups#cut()} says so.
   */
  Lookups until(long deadlineNanos) {
    return new Lookups(deadlineNanos);
  }

  /** The look-ups of one search. */
  final class Lookups implements Vocabulary {
    private final long deadlineNanos;
    private boolean cut;

    private Lookups(long deadlineNanos) {
      this.deadlineNanos = deadlineNanos;
    }

    /** Whether a phrase went uncounted because the deadline had passed. */
    boolean cut() {
      return cut;
    }

    @Override
    public boolean holds(String word, int passages) {
      try {
        // Counts passages an ingest has replaced until their segment is merged: a form held only
        // by those finds nothing, which costs nothing.
        return searcher.getIndexReader().docFreq(new Term(ArchiveFields.EXACT, word)) >= passages;
      } catch (IOException e) {
        log.warn("Could not look up '{}' in the index: {}", word, e.toString());
        return false;
      }
    }

    @Override
    public boolean holdsPhrase(String first, String second, int passages) {
      String key = first + ' ' + second + ' ' + passages;
      Boolean known = phrases.getIfPresent(key);
      if (known != null) {
        return known;
      }
      if (System.nanoTime() - deadlineNanos > 0) {
        cut = true;
        return false;
      }
      boolean held = count(first, second, passages) >= passages;
      phrases.put(key, held);
      return held;
    }
  }

  /** Live passages holding the phrase, counted up to {@code enough}. */
  private int count(String first, String second, int enough) {
    PhraseQuery phrase = new PhraseQuery(ArchiveFields.EXACT, first, second);
    try {
      Weight weight =
          searcher.createWeight(searcher.rewrite(phrase), ScoreMode.COMPLETE_NO_SCORES, 1f);
      int found = 0;
      IndexReader reader = searcher.getIndexReader();
      for (LeafReaderContext leaf : reader.leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if ((live == null || live.get(doc)) && ++found >= enough) {
            return found;
          }
        }
      }
      return found;
    } catch (IOException e) {
      log.warn("Could not count '{} {}' in the index: {}", first, second, e.toString());
      return 0;
    }
  }
}
