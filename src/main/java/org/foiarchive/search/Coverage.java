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
    return of(searcher, concepts, docs, IndexOrder.of(docs));
  }

  /**
   * As {@link #of(IndexSearcher, List, int[])}, with the documents' positions in index order
   * ({@link IndexOrder#of}) as the caller already has them.
   */
  static double[] of(IndexSearcher searcher, List<Query> concepts, int[] docs, int[] order)
      throws IOException {
    double[] shares = new double[docs.length];
    if (concepts.isEmpty()) {
      Arrays.fill(shares, 1);
      return shares;
    }
    int[] covered = new int[docs.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (Query concept : concepts) {
      // A prepared concept is already rewritten and its clauses counted: rewriting it again would
      // only walk its clauses once more.
      Query rewritten = concept instanceof PreparedQuery ? concept : searcher.rewrite(concept);
      Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
      int leafIndex = -1;
      DocIdSetIterator iterator = null;
      LeafReaderContext leaf = null;
      for (int i : order) {
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
