package org.foiarchive.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Scores candidates found by a cheaper query with the query that defines the ranking, and drops the
 * candidates it does not match: the order is exactly the ranking's, for the hits found, equal
 * scores in {@link StableOrder}. Each clause of the ranking is advanced to the candidates only, in
 * index order, so the cost follows their number, not the number of passages that match.
 */
final class ExactRescorer extends QueryRescorer {
  private ExactRescorer(Query ranking) {
    super(ranking);
  }

  /**
   * The best {@code depth} candidates by the ranking's score, plus {@code extra}'s where it matches
   * (null for none). The total is the ranking's own whenever the candidates were counted exactly,
   * else the candidates' lower bound.
   */
  static TopDocs rescore(
      IndexSearcher searcher, TopDocs candidates, Query ranking, Query extra, int depth)
      throws IOException {
    return byExactScore(searcher, candidates, exact(ranking, extra), ranking, depth);
  }

  /** The ranking plus {@code extra}'s score where it matches (null for none). */
  static Query exact(Query ranking, Query extra) {
    return extra == null
        ? ranking
        : new BooleanQuery.Builder().add(ranking, Occur.MUST).add(extra, Occur.SHOULD).build();
  }

  /**
   * The best {@code depth} candidates by the score of {@code exact} ({@link #exact}), dropping
   * those the ranking does not match.
   */
  static TopDocs byExactScore(
      IndexSearcher searcher, TopDocs candidates, Query exact, Query ranking, int depth)
      throws IOException {
    TopDocs scored =
        new ExactRescorer(exact).rescore(searcher, candidates, candidates.scoreDocs.length);
    ScoreDoc[] matching =
        Arrays.stream(scored.scoreDocs)
            .filter(hit -> hit.score != Float.NEGATIVE_INFINITY)
            .toArray(ScoreDoc[]::new);
    // Before the cut: which of equal scores make the depth must not depend on index order.
    StableOrder.breakTies(searcher, matching);
    TotalHits total;
    if (candidates.totalHits.relation() != TotalHits.Relation.EQUAL_TO || searcher.timedOut()) {
      total =
          candidates.totalHits; // more candidates than were counted, or a search already cut short
    } else if (candidates.totalHits.value() == candidates.scoreDocs.length) {
      total = new TotalHits(matching.length, TotalHits.Relation.EQUAL_TO);
    } else {
      // Some candidates were counted but not scored; a few of them (a phrase's words apart) may not
      // match. Counting needs no scores, so it visits the candidates only.
      total = new TotalHits(searcher.count(ranking), TotalHits.Relation.EQUAL_TO);
    }
    return new TopDocs(total, Arrays.copyOf(matching, Math.min(depth, matching.length)));
  }

  @Override
  protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
    return secondPassMatches ? secondPassScore : Float.NEGATIVE_INFINITY;
  }
}
