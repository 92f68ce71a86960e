package org.foiarchive.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.foiarchive.index.ArchiveFields;

/**
 * The order of hits whose scores are equal: by their document's id, then by their place in that
 * document. Lucene orders such ties by document number, which depends on how the ingest's threads
 * met and on the segments an in-place update wrote and merged; this order depends on the corpus
 * alone, so the same archive, rebuilt, updated in place or built on another machine, shows the same
 * pages (the empty query, a topic, a filter alone, passages of the same text or the same score).
 * Within a document the document number is already its passages' order: a document's records are
 * written as one block, which merges keep together and in order.
 *
 * <p>Ties are broken when searching rather than by sorting the index: a rebuild merges into one
 * segment, which an index sort would order by the corpus, but an update in place adds its documents
 * in small segments after it (so that one document costs seconds, not a rewrite of the index), and
 * their records would again sit after the others whatever their ids.
 */
final class StableOrder {
  private StableOrder() {}

  /**
   * The document's id (its sorted doc values), compared only when what is sorted before it is
   * equal; a collector breaks what is left by document number, the order within a document.
   */
  static final SortField BY_DOCUMENT = new SortField(ArchiveFields.DOC_ID, SortField.Type.STRING);

  private static final Sort BY_SCORE = new Sort(SortField.FIELD_SCORE, BY_DOCUMENT);

  /**
   * The best {@code hits} matches of {@code query} by score, equal scores in this order, found as
   * cheaply as Lucene finds its own top hits: see {@link #oneMore} and {@link #cut}; only when the
   * ties run past the cut are they found again with {@link #byScore} ({@link #again}).
   */
  static TopDocs top(IndexSearcher searcher, Query query, int hits, int totalHitsThreshold)
      throws IOException {
    TopDocs found = searcher.search(query, oneMore(hits, totalHitsThreshold));
    TopDocs top = cut(searcher, found, hits);
    return top != null
        ? top
        : again(
            found, searcher.search(query, byScore(hits, totalHitsThreshold, tiedAt(found, hits))));
  }

  /**
   * The hits found again with {@link #byScore}, with the total counted the first time: comparing
   * every match of the tied score counts them all, but the facets still count a sample of the first
   * matches, and the total must still say when it is only a lower bound.
   */
  static TopDocs again(TopDocs first, TopDocs sorted) {
    return new TopDocs(first.totalHits, sorted.scoreDocs);
  }

  /**
   * Lucene's own top hits, ties by document number, one more than {@code hits}: enough to tell
   * whether the ties at the cut were all found ({@link #cut}).
   */
  static TopScoreDocCollectorManager oneMore(int hits, int totalHitsThreshold) {
    return new TopScoreDocCollectorManager(hits + 1, totalHitsThreshold);
  }

  /**
   * The first {@code hits} of {@code found} ({@link #oneMore}'s) in this order; null when the hit
   * past the cut scores as much as the last before it, so that matches of that score may not have
   * been found (Lucene keeps those earliest in the index): then they must be found with {@link
   * #byScore}. Otherwise every match of each score kept was found, and ordering them suffices.
   */
  static TopDocs cut(IndexSearcher searcher, TopDocs found, int hits) throws IOException {
    ScoreDoc[] all = found.scoreDocs;
    if (hits > 0 && all.length > hits && all[hits].score == all[hits - 1].score) {
      return null;
    }
    ScoreDoc[] kept = Arrays.copyOf(all, Math.min(hits, all.length));
    breakTies(searcher, kept);
    return new TopDocs(found.totalHits, kept);
  }

  /**
   * The best {@code hits} by score, equal scores in this order, among the matches scoring at least
   * {@code atLeast} (the score tied across {@link #cut}; at least {@code hits} matches must score
   * as much): the search is told at once to skip those scoring less, so it visits few more matches
   * than the first search did. Pruned then as Lucene's top-score collector prunes (it sets the
   * lowest score still competitive), except that a match scoring as much as the last kept hit is
   * still compared, by its document, rather than lost for coming later in the index: every match of
   * the tied score is compared, which for a query that scores many alike (no words, a filter alone)
   * is every match. Each hit's {@link ScoreDoc#score} is its score.
   */
  static CollectorManager<AtLeast, TopDocs> byScore(
      int hits, int totalHitsThreshold, float atLeast) {
    TopFieldCollectorManager sorted =
        new TopFieldCollectorManager(BY_SCORE, hits, null, totalHitsThreshold);
    return new CollectorManager<>() {
      @Override
      public AtLeast newCollector() throws IOException {
        return new AtLeast(sorted.newCollector(), atLeast);
      }

      @Override
      public TopDocs reduce(Collection<AtLeast> collectors) throws IOException {
        TopFieldDocs top = sorted.reduce(collectors.stream().map(AtLeast::sorted).toList());
        // A field sort gives each hit its score among its sort values only.
        for (ScoreDoc hit : top.scoreDocs) {
          hit.score = (Float) ((FieldDoc) hit).fields[0];
        }
        return top;
      }
    };
  }

  /** The score tied across the cut, when {@link #cut} of these hits returned null. */
  static float tiedAt(TopDocs found, int hits) {
    return found.scoreDocs[hits].score;
  }

  /**
   * A sorting collector whose scorers are told from the start that nothing below {@code score} is
   * competitive (and never less than that later): a scorer may then skip such matches.
   */
  record AtLeast(TopFieldCollector sorted, float score) implements Collector {
    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      LeafCollector leaf = sorted.getLeafCollector(context);
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) throws IOException {
          scorer.setMinCompetitiveScore(score);
          leaf.setScorer(
              new Scorable() {
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
                  scorer.setMinCompetitiveScore(Math.max(minScore, score));
                }

                @Override
                public Collection<ChildScorable> getChildren() throws IOException {
                  return scorer.getChildren();
                }
              });
        }

        @Override
        public void collect(int doc) throws IOException {
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
      return sorted.scoreMode();
    }

    @Override
    public void setWeight(Weight weight) {
      sorted.setWeight(weight);
    }
  }

  /**
   * Puts the runs of equal scores in {@code hits}, which are ordered by score (best first) with
   * ties in any order, into this order, in place. Reads the document ids of tied hits only.
   */
  static void breakTies(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    int start = 0;
    while (start < hits.length) {
      int end = start + 1;
      while (end < hits.length && hits[end].score == hits[start].score) {
        end++;
      }
      if (end - start > 1) {
        order(searcher, hits, start, end);
      }
      start = end;
    }
  }

  /** Orders {@code hits[from..to)}, of equal scores, by document id, then document number. */
  private static void order(IndexSearcher searcher, ScoreDoc[] hits, int from, int to)
      throws IOException {
    ScoreDoc[] tied = Arrays.copyOfRange(hits, from, to);
    // Doc values are read forwards: the tied hits in index order first.
    Arrays.sort(tied, (a, b) -> Integer.compare(a.doc, b.doc));
    BytesRef[] ids = new BytesRef[tied.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    SortedDocValues docIds = null;
    for (int i = 0; i < tied.length; i++) {
      if (leaf == null || tied[i].doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(tied[i].doc, leaves));
        docIds = DocValues.getSorted(leaf.reader(), ArchiveFields.DOC_ID);
      }
      ids[i] =
          docIds.advanceExact(tied[i].doc - leaf.docBase)
              ? BytesRef.deepCopyOf(docIds.lookupOrd(docIds.ordValue()))
              : new BytesRef();
    }
    Integer[] order = new Integer[tied.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // Sorted stably by id: equal ids keep their document numbers' order.
    Arrays.sort(order, (a, b) -> ids[a].compareTo(ids[b]));
    for (int i = 0; i < order.length; i++) {
      hits[from + i] = tied[order[i]];
    }
  }
}
