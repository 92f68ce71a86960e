package org.foiarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.foiarchive.index.ArchiveFields;

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
    return of(searcher, concepts, docs, 0);
  }

  /**
   * As {@link #of(IndexSearcher, List, int[])}, but with {@code span} above 0 a concept counts only
   * within the best run of {@code span} words of the passage's text: the share is that of the most
   * concepts any such run holds, with a concept found in the passage's context (not its text)
   * counted in every run. A long post that names a question's words far apart, each in a sentence
   * about something else, covers less than the sentence that says them together.
   */
  static double[] of(IndexSearcher searcher, List<Query> concepts, int[] docs, int span)
      throws IOException {
    if (span > 0 && !concepts.isEmpty()) {
      return withinSpan(searcher, concepts, docs, span);
    }
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

  private static double[] withinSpan(
      IndexSearcher searcher, List<Query> concepts, int[] docs, int span) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Weight> weights = new ArrayList<>();
    for (Query concept : concepts) {
      weights.add(
          searcher.createWeight(searcher.rewrite(concept), ScoreMode.COMPLETE_NO_SCORES, 1f));
    }
    double[] shares = new double[docs.length];
    for (int i = 0; i < docs.length; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
      int doc = docs[i] - leaf.docBase;
      int everywhere = 0;
      // (position, concept) of each match in the passage's own text
      List<int[]> found = new ArrayList<>();
      for (int c = 0; c < weights.size(); c++) {
        Matches matches = weights.get(c).matches(leaf, doc);
        if (matches == null) {
          continue;
        }
        boolean inText = false;
        for (String field : TEXT_FIELDS) {
          MatchesIterator at = matches.getMatches(field);
          while (at != null && at.next()) {
            found.add(new int[] {at.startPosition(), c});
            inText = true;
          }
        }
        if (!inText) {
          everywhere++;
        }
      }
      shares[i] = (everywhere + mostWithin(found, span, weights.size())) / (double) concepts.size();
    }
    return shares;
  }

  private static final List<String> TEXT_FIELDS = List.of(ArchiveFields.TEXT, ArchiveFields.EXACT);

  /** The most distinct concepts among matches whose positions lie within {@code span} words. */
  private static int mostWithin(List<int[]> found, int span, int concepts) {
    found.sort(Comparator.comparingInt(m -> m[0]));
    int[] inWindow = new int[concepts];
    int distinct = 0;
    int most = 0;
    int start = 0;
    for (int[] match : found) {
      if (inWindow[match[1]]++ == 0) {
        distinct++;
      }
      while (found.get(start)[0] <= match[0] - span) {
        if (--inWindow[found.get(start)[1]] == 0) {
          distinct--;
        }
        start++;
      }
      most = Math.max(most, distinct);
    }
    return most;
  }
}
