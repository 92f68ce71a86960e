package org.foiarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.foiarchive.index.ArchiveFacets;
import org.foiarchive.index.ArchiveFields;

/**
 * Facet counts over at most {@link LuceneArchiveSearcher#COUNTED_HITS} matches of a search rather
 * than over every match. Counting every match means visiting every matching passage, which for a
 * question in everyday words is a third of a million-passage archive and tens of milliseconds, and
 * it stops Lucene from skipping the passages that cannot rank. Up to that many matches the counts
 * are exact; beyond, they are counts among the first that many matches found, in index order.
 * Stateless.
 */
final class TopHitFacets {
  private TopHitFacets() {}

  /**
   * The first {@code max} matching documents in index order, without scoring: a cheap, bounded
   * sample.
   */
  static int[] sample(IndexSearcher searcher, Query query, int max) throws IOException {
    int[] docs = new int[max];
    int[] count = {0};
    searcher.search(
        new ConstantScoreQuery(query),
        new SimpleCollector() {
          private int base;

          @Override
          protected void doSetNextReader(LeafReaderContext context) {
            if (count[0] >= max) {
              throw new CollectionTerminatedException();
            }
            base = context.docBase;
          }

          @Override
          public void collect(int doc) {
            if (count[0] >= max) {
              throw new CollectionTerminatedException();
            }
            docs[count[0]++] = base + doc;
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        });
    return Arrays.copyOf(docs, count[0]);
  }

  /** How many documents the matches are in: the distinct document ids among them. */
  static long documents(IndexReader reader, int[] matches) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    Set<BytesRef> documents = new HashSet<>();
    int[] docs = matches.clone();
    Arrays.sort(docs);
    int i = 0;
    for (LeafReaderContext leaf : leaves) {
      int end = leaf.docBase + leaf.reader().maxDoc();
      SortedDocValues ids = leaf.reader().getSortedDocValues(ArchiveFields.DOC_ID);
      // Each distinct ordinal marked once rather than all sorted: a thousand matches hold a few
      // hundred documents.
      FixedBitSet seen = ids == null ? null : new FixedBitSet(ids.getValueCount());
      for (; i < docs.length && docs[i] < end; i++) {
        if (ids != null && ids.advanceExact(docs[i] - leaf.docBase)) {
          seen.set(ids.ordValue());
        }
      }
      if (seen == null) {
        continue;
      }
      if (leaves.size() == 1) {
        return seen.cardinality(); // one segment's ordinals are its distinct ids
      }
      // Ordinals are per segment: each distinct one is looked up once, not once per hit.
      for (int ord = nextSet(seen, 0); ord != -1; ord = nextSet(seen, ord + 1)) {
        documents.add(BytesRef.deepCopyOf(ids.lookupOrd(ord)));
      }
    }
    return documents.size();
  }

  /** The first set bit from {@code from} on, or -1 when there is none. */
  private static int nextSet(FixedBitSet bits, int from) {
    if (from >= bits.length()) {
      return -1;
    }
    int next = bits.nextSetBit(from);
    return next == DocIdSetIterator.NO_MORE_DOCS ? -1 : next;
  }

  /**
   * Counts per dimension of the facet values of the matches, each dimension's {@code
   * valuesPerDimension} commonest values first, in the order of {@link ArchiveFacets#DIMENSIONS}.
   */
  static Map<String, Map<String, Long>> count(
      IndexReader reader, int[] matches, int valuesPerDimension) throws IOException {
    Map<String, Map<String, Long>> counts = new HashMap<>();
    int[] docs = matches.clone();
    Arrays.sort(docs);
    int i = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      int end = leaf.docBase + leaf.reader().maxDoc();
      if (i >= docs.length) {
        break;
      }
      if (docs[i] >= end) {
        continue;
      }
      i = countInSegment(leaf, docs, i, end, counts);
    }
    return commonestFirst(counts, valuesPerDimension);
  }

  /**
   * Adds the facet values of the sorted matches from {@code first} that lie in this segment (below
   * {@code end}) to {@code counts}; returns the position of the first match beyond it.
   */
  private static int countInSegment(
      LeafReaderContext leaf, int[] docs, int first, int end, Map<String, Map<String, Long>> counts)
      throws IOException {
    SortedSetDocValues values =
        leaf.reader().getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    // Every value of every match tallied by its ordinal: a segment's facet values (kinds, voices,
    // publishers, topics, years) are a few hundred, fewer than the values of a thousand matches, so
    // a tally of them is cheaper than sorting the matches' values to count their runs.
    int[] tally = values == null ? new int[0] : new int[Math.toIntExact(values.getValueCount())];
    int i = first;
    for (; i < docs.length && docs[i] < end; i++) {
      if (values != null && values.advanceExact(docs[i] - leaf.docBase)) {
        for (int k = values.docValueCount(); k > 0; k--) {
          tally[(int) values.nextOrd()]++;
        }
      }
    }
    // Ordinals are per segment: each distinct one is looked up once, not once per hit.
    for (int ord = 0; ord < tally.length; ord++) {
      if (tally[ord] == 0) {
        continue;
      }
      String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
      if (path.length == 2) {
        counts
            .computeIfAbsent(path[0], d -> new HashMap<>())
            .merge(path[1], (long) tally[ord], Long::sum);
      }
    }
    return i;
  }

  /** Each dimension's values by count, highest first (ties by name), at most {@code max} each. */
  private static Map<String, Map<String, Long>> commonestFirst(
      Map<String, Map<String, Long>> counts, int max) {
    Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
    for (String dimension : ArchiveFacets.DIMENSIONS) {
      List<Map.Entry<String, Long>> entries =
          new ArrayList<>(counts.getOrDefault(dimension, Map.of()).entrySet());
      entries.sort(
          Map.Entry.<String, Long>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()));
      Map<String, Long> top = new LinkedHashMap<>();
      entries.stream().limit(max).forEach(e -> top.put(e.getKey(), e.getValue()));
      ordered.put(dimension, top);
    }
    return ordered;
  }
}
