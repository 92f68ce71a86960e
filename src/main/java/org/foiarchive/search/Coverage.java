package org.foiarchive.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * The share of a query's subject words each of a few top passages covers (in any related form).
 * "Can companies on UJ see my personal details before I apply" is answered by a passage about
 * employers, UJ, personal data and applying, not by one that says "personal details" three times.
 * Each concept is matched once per index segment, walking the passages in document order.
 */
final class Coverage {
  private Coverage() {}

  /**
   * For each of the documents (global ids), the share of concepts it matches; all 1 with no
   * concepts.
   */
  static double[] of(IndexSearcher searcher, List<Query> concepts, int[] docs) throws IOException {
    double[] shares = new double[docs.length];
    if (concepts.isEmpty()) {
      Arrays.fill(shares, 1);
      return shares;
    }
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
    int[] covered = new int[docs.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (Query concept : concepts) {
      Weight weight =
          searcher.createWeight(searcher.rewrite(concept), ScoreMode.COMPLETE_NO_SCORES, 1f);
      int leafIndex = -1;
      DocIdSetIterator iterator = null;
      LeafReaderContext leaf = null;
      for (Integer i : order) {
        int leafOf = ReaderUtil.subIndex(docs[i], leaves);
        if (leafOf != leafIndex) {
          leafIndex = leafOf;
          leaf = leaves.get(leafOf);
          Scorer scorer = weight.scorer(leaf);
          iterator = scorer == null ? null : scorer.iterator();
        }
        if (iterator == null) {
          continue;
        }
        int target = docs[i] - leaf.docBase;
        int at = iterator.docID() >= target ? iterator.docID() : iterator.advance(target);
        if (at == target) {
          covered[i]++;
        }
      }
    }
    for (int i = 0; i < docs.length; i++) {
      shares[i] = covered[i] / (double) concepts.size();
    }
    return shares;
  }
}
