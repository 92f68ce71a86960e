package org.foiarchive.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * A clause of the candidate pass that finds passages without a weight of its own: it matches what
 * its query matches, always with score 0, and once the search prunes it stops.
 *
 * <p>Boosted to 0, such a clause already scored nothing (Lucene reads it as a constant 0), but it
 * was still advanced for every passage its search kept in play: Lucene's pruning (MaxScore) never
 * tells a clause the minimum competitive score, so a clause cannot know it no longer matters. Once
 * the top hits' collector asks for scores above 0, a passage holding only weightless clauses can no
 * longer enter the top hits, and a passage another clause found gets nothing from them; so the
 * {@link FirstMatches} collector tells this clause's scorers through {@link Pruning}, and they end
 * there (the search drops a clause that has ended). Before that, while every match is counted and
 * the first ones are kept for the facets, they find as any clause does: the total, the facets'
 * sample and the top hits are the same as with the clause boosted to 0. Searched by any other
 * collector it never stops. Thread-safe, as a query.
 */
final class UnweightedClause extends Query {
  private final Query query;

  UnweightedClause(Query query) {
    this.query = Objects.requireNonNull(query);
  }

  /** The query whose matches this clause finds. */
  Query query() {
    return query;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = query.rewrite(searcher);
    return rewritten == query ? this : new UnweightedClause(rewritten);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight matching = query.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
    return scoreMode.needsScores() ? new UnweightedWeight(this, matching) : matching;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this));
  }

  @Override
  public String toString(String field) {
    return "(" + query.toString(field) + ")^0";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && query.equals(((UnweightedClause) other).query);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + query.hashCode();
  }

  /**
   * Whether the search of one segment has started pruning, told by its collector to the weightless
   * clauses' scorers made for that segment. Lucene makes a segment's scorers on the thread that
   * asked its collector for the segment's leaf collector, right after, and then hands the collector
   * the scorer it scores with: between those two moments the signal is this thread's, so only the
   * scorers of that segment's search see it. One segment's search, on one thread.
   */
  static final class Pruning {
    private static final ThreadLocal<Pruning> MAKING_SCORERS = new ThreadLocal<>();

    private boolean started;

    private Pruning() {}

    /**
     * The signal for the scorers made next on this thread: call before they are made. One left
     * behind (a segment with nothing to score hands its collector no scorer) never starts: only the
     * scorer {@link #scoring} returns starts it.
     */
    static Pruning forScorersMadeNext() {
      Pruning pruning = new Pruning();
      MAKING_SCORERS.set(pruning);
      return pruning;
    }

    /**
     * The segment's scorers are made; {@code scorer} is what the collector is handed to score with.
     * Returns it as the collector should see it: asking it for scores above 0 starts the pruning.
     */
    Scorable scoring(Scorable scorer) {
      if (MAKING_SCORERS.get() == this) {
        MAKING_SCORERS.remove(); // scorers made later on this thread are another search's
      }
      return new Scorable() {
        @Override
        public float score() throws IOException {
          return scorer.score();
        }

        @Override
        public float smoothingScore(int docId) throws IOException {
          return scorer.smoothingScore(docId);
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
          scorer.setMinCompetitiveScore(minScore);
          if (minScore > 0f) {
            started = true;
          }
        }

        @Override
        public Collection<ChildScorable> getChildren() throws IOException {
          return scorer.getChildren();
        }
      };
    }
  }

  /** The query's matches, each scored 0. */
  private static final class UnweightedWeight extends Weight {
    private final Weight matching;

    UnweightedWeight(Query query, Weight matching) {
      super(query);
      this.matching = matching;
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
      ScorerSupplier found = matching.scorerSupplier(context);
      if (found == null) {
        return null;
      }
      return new ScorerSupplier() {
        @Override
        public Scorer get(long leadCost) throws IOException {
          return new ZeroScorer(found.get(leadCost).iterator(), Pruning.MAKING_SCORERS.get());
        }

        @Override
        public long cost() {
          return found.cost();
        }
      };
    }

    @Override
    public Matches matches(LeafReaderContext context, int doc) throws IOException {
      return matching.matches(context, doc);
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      Explanation found = matching.explain(context, doc);
      return found.isMatch()
          ? Explanation.match(0f, "found without a weight of its own", found)
          : found;
    }

    @Override
    public int count(LeafReaderContext context) throws IOException {
      return matching.count(context);
    }

    @Override
    public boolean isCacheable(LeafReaderContext context) {
      return matching.isCacheable(context);
    }
  }

  /**
   * The matches of a scorer that reads no scores, each scored 0, with a maximum of 0; ended once
   * {@code pruning} (null for none) has started.
   */
  private static final class ZeroScorer extends Scorer {
    private final DocIdSetIterator iterator;

    ZeroScorer(DocIdSetIterator matching, Pruning pruning) {
      this.iterator = pruning == null ? matching : new Ending(matching, pruning);
    }

    @Override
    public int docID() {
      return iterator.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return iterator;
    }

    @Override
    public float score() {
      return 0f;
    }

    @Override
    public float getMaxScore(int upTo) {
      return 0f;
    }
  }

  /** The matches of {@code matching} until the pruning starts, then none. */
  private static final class Ending extends DocIdSetIterator {
    private final DocIdSetIterator matching;
    private final Pruning pruning;
    private int doc = -1;

    Ending(DocIdSetIterator matching, Pruning pruning) {
      this.matching = matching;
      this.pruning = pruning;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() throws IOException {
      doc = pruning.started ? NO_MORE_DOCS : matching.nextDoc();
      return doc;
    }

    @Override
    public int advance(int target) throws IOException {
      doc = pruning.started ? NO_MORE_DOCS : matching.advance(target);
      return doc;
    }

    @Override
    public long cost() {
      return matching.cost();
    }
  }
}
