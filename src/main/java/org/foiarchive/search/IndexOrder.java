package org.foiarchive.search;

import java.util.Arrays;

/**
 * The order in which a few hits are visited in the index: doc values and postings are read forwards
 * only, so the reranker, the coverage and the highlighter walk their hits by document number.
 */
final class IndexOrder {
  private IndexOrder() {}

  /**
   * The positions of {@code docs}, ordered by their document numbers (equal numbers by position).
   * Sorted as numbers, each a document number above its position: the boxed positions and their
   * comparator that sorting indices asks for cost more than the rest of a reranker's bookkeeping.
   */
  static int[] of(int[] docs) {
    long[] keyed = new long[docs.length];
    for (int i = 0; i < docs.length; i++) {
      keyed[i] = ((long) docs[i] << 32) | i;
    }
    Arrays.sort(keyed);
    int[] order = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      order[i] = (int) keyed[i];
    }
    return order;
  }
}
