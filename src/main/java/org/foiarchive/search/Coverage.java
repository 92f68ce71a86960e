package org.foiarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * The share of a query's subject words a passage covers (in any related form). "Can companies on UJ see
 * my personal details before I apply" is answered by a passage about employers, UJ, personal data and
 * applying, not by one that says "personal details" three times. For the few top passages only.
 */
final class Coverage {
  private final List<Weight> concepts = new ArrayList<>();

  Coverage(IndexSearcher searcher, List<Query> queries) throws IOException {
    for (Query query : queries) {
      concepts.add(searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f));
    }
  }

  /** From 0 to 1; 1 when the query has fewer than two subject words. */
  double of(LeafReaderContext leaf, int doc) throws IOException {
    if (concepts.isEmpty()) {
      return 1;
    }
    int covered = 0;
    for (Weight weight : concepts) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer != null) {
        DocIdSetIterator it = scorer.iterator();
        if (it.advance(doc) == doc) {
          covered++;
        }
      }
    }
    return covered / (double) concepts.size();
  }
}
