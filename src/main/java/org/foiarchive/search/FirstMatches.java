package org.foiarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

/**
 * The top hits of a search, as the collectors of a manager such as {@link StableOrder#oneMore} find
 * them, and the first matches they were given, in index order. Lucene hands a collector every match
 * until it has counted as many as it counts exactly, so the first ones are all there: the same
 * sample {@link TopHitFacets#sample} would find in a second pass over the matches. For one search
 * on one thread.
 */
final class FirstMatches<C extends Collector> implements CollectorManager<Collector, TopDocs> {
  private final CollectorManager<C, ? extends TopDocs> ranked;
  private final List<C> collectors = new ArrayList<>();
  private final int[] first;
  private int count;
  private boolean inIndexOrder = true;

  /**
   * @param kept how many of the first matches to keep: no more than the manager counts exactly
   */
  FirstMatches(CollectorManager<C, ? extends TopDocs> ranked, int kept) {
    this.ranked = ranked;
    this.first = new int[kept];
  }

  /**
   * The first matches in index order, or null when the collector was not given them in that order
   * (then they may not be the first).
   */
  int[] sample() {
    return inIndexOrder ? Arrays.copyOf(first, count) : null;
  }

  private void keep(int doc) {
    if (count < first.length) {
      if (count > 0 && doc <= first[count - 1]) {
        inIndexOrder = false;
      }
      first[count++] = doc;
    }
  }

  @Override
  public Collector newCollector() throws IOException {
    C top = ranked.newCollector();
    collectors.add(top);
    return new Collector() {
      @Override
      public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        LeafCollector leaf = top.getLeafCollector(context);
        int base = context.docBase;
        // Lucene makes the segment's scorers next: the weightless clauses among them stop once the
        // top hits ask for scores above 0 (UnweightedClause).
        UnweightedClause.Pruning pruning = UnweightedClause.Pruning.forScorersMadeNext();
        return new LeafCollector() {
          @Override
          public void setScorer(Scorable scorer) throws IOException {
            leaf.setScorer(pruning.scoring(scorer));
          }

          @Override
          public void collect(int doc) throws IOException {
            keep(base + doc);
            leaf.collect(doc);
          }

          @Override
          public DocIdSetIterator competitiveIterator() throws IOException {
            return leaf.competitiveIterator();
          }

          @Override
          public void finish() throws IOException {
            leaf.finish();
          }
        };
      }

      @Override
      public ScoreMode scoreMode() {
        return top.scoreMode();
      }

      @Override
      public void setWeight(Weight weight) {
        top.setWeight(weight);
      }
    };
  }

  @Override
  public TopDocs reduce(Collection<Collector> unused) throws IOException {
    return ranked.reduce(collectors);
  }
}
