package org.foiarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Passes on to another collector only the hits that also match a required query, checked hit by hit as
 * they are collected. Lucene checks a required clause for every candidate before scoring it, and a
 * required clause that is itself a disjunction of common words cannot skip any; checked here, it costs
 * something only for the hits a pruned search collects, which are those that could rank. Hits are
 * collected in increasing order within a segment, so the required query's iterator only moves forward.
 */
final class RequiredMatch<C extends Collector, T> implements CollectorManager<Collector, T> {
  private final CollectorManager<C, T> delegate;
  private final Weight required;
  private final Map<Collector, C> delegates = new IdentityHashMap<>();

  RequiredMatch(IndexSearcher searcher, Query required, CollectorManager<C, T> delegate) throws IOException {
    this.delegate = delegate;
    this.required = searcher.createWeight(searcher.rewrite(required), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  @Override
  public Collector newCollector() throws IOException {
    C inner = delegate.newCollector();
    Collector outer = new Collector() {
      @Override
      public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        Scorer scorer = required.scorer(context);
        if (scorer == null) {
          throw new CollectionTerminatedException(); // nothing in this segment can match
        }
        return new Filtered(inner.getLeafCollector(context), scorer);
      }

      @Override
      public ScoreMode scoreMode() {
        return inner.scoreMode();
      }
    };
    synchronized (delegates) {
      delegates.put(outer, inner);
    }
    return outer;
  }

  @Override
  public T reduce(Collection<Collector> collectors) throws IOException {
    List<C> inner = new ArrayList<>(collectors.size());
    synchronized (delegates) {
      collectors.forEach(c -> inner.add(delegates.get(c)));
    }
    return delegate.reduce(inner);
  }

  private static final class Filtered implements LeafCollector {
    private final LeafCollector in;
    private final DocIdSetIterator approximation;
    private final TwoPhaseIterator twoPhase;

    Filtered(LeafCollector in, Scorer required) {
      this.in = in;
      this.twoPhase = required.twoPhaseIterator();
      this.approximation = twoPhase == null ? required.iterator() : twoPhase.approximation();
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
      in.setScorer(scorer);
    }

    @Override
    public void collect(int doc) throws IOException {
      int at = approximation.docID();
      if (at < doc) {
        at = approximation.advance(doc);
      }
      if (at == doc && (twoPhase == null || twoPhase.matches())) {
        in.collect(doc);
      }
    }

    @Override
    public DocIdSetIterator competitiveIterator() throws IOException {
      return in.competitiveIterator();
    }

    @Override
    public void finish() throws IOException {
      in.finish();
    }
  }
}
