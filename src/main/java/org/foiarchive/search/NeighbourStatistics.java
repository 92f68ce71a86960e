package org.foiarchive.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.index.NeighbourWindows;

/**
 * How many passages have neighbours' words, and how many words those are in all: the collection
 * statistics BM25 would have for the neighbours' text had it a field of its own. Counted from the
 * doc values once per segment (a pass over a million values), kept while the segment is open: a
 * segment's doc values never change, and an index generation's large segment is shared by the
 * readers that open it. Deleted records count until merged away, as they do in Lucene's own
 * statistics. Thread-safe.
 */
final class NeighbourStatistics {
  /**
   * @param passages the passages with at least one neighbour's word
   * @param words the neighbours' words of all of them, each as BM25 counts a field's length
   */
  record Counts(long passages, long words) {
    Counts plus(Counts other) {
      return new Counts(passages + other.passages, words + other.words);
    }
  }

  private static final Map<IndexReader.CacheKey, Counts> BY_SEGMENT = new ConcurrentHashMap<>();

  private NeighbourStatistics() {}

  static Counts of(IndexReader reader) throws IOException {
    Counts all = new Counts(0, 0);
    for (LeafReaderContext leaf : reader.leaves()) {
      all = all.plus(of(leaf.reader()));
    }
    return all;
  }

  private static Counts of(LeafReader segment) throws IOException {
    IndexReader.CacheHelper core = segment.getCoreCacheHelper();
    if (core == null) {
      return count(segment);
    }
    Counts known = BY_SEGMENT.get(core.getKey());
    if (known != null) {
      return known;
    }
    Counts counted = count(segment);
    if (BY_SEGMENT.putIfAbsent(core.getKey(), counted) == null) {
      core.addClosedListener(BY_SEGMENT::remove);
    }
    return counted;
  }

  private static Counts count(LeafReader segment) throws IOException {
    NumericDocValues values = DocValues.getNumeric(segment, ArchiveFields.NEIGHBOURS);
    long passages = 0;
    long words = 0;
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      int length = NeighbourWindows.decode(values.longValue()).length();
      if (length > 0) {
        passages++;
        words += length;
      }
    }
    return new Counts(passages, words);
  }
}
