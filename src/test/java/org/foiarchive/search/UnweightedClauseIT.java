package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A weightless clause of the candidate pass finds what a clause boosted to 0 finds, with the same
 * scores, top hits, count and first matches, also once Lucene prunes; and in the candidate pass it
 * stops there. On an index on disk with more passages than the candidate pass counts exactly, so
 * pruning starts.
 */
class UnweightedClauseIT {
  @TempDir static Path dir;
  private static FSDirectory directory;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  private static final TermQuery COMMON = new TermQuery(new Term("text", "work"));
  private static final TermQuery RARER = new TermQuery(new Term("text", "sanction"));
  private static final TermQuery EVERYWHERE = new TermQuery(new Term("text", "the"));

  @BeforeAll
  static void build() throws Exception {
    directory = FSDirectory.open(dir);
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (int i = 0; i < 5_000; i++) {
        // Lengths and frequencies vary, so the weighted words' scores and block maxima do too.
        StringBuilder text = new StringBuilder("the");
        text.append(" work".repeat(i % 3 == 0 ? 1 + i % 4 : 0));
        text.append(" sanction".repeat(i % 7 == 0 ? 1 + i % 3 : 0));
        text.append(" filler".repeat(i % 11));
        writer.addDocument(List.of(new TextField("text", text.toString(), Field.Store.NO)));
      }
      writer.forceMerge(1);
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null);
  }

  @AfterAll
  static void close() throws Exception {
    reader.close();
    directory.close();
  }

  @Test
  void findsWhatItsQueryFindsEachWithScoreZero() throws Exception {
    TopDocs unweighted = searcher.search(new UnweightedClause(RARER), 10_000);
    TopDocs boosted = searcher.search(new BoostQuery(RARER, 0f), 10_000);

    assertThat(unweighted.totalHits).isEqualTo(boosted.totalHits);
    assertThat(docs(unweighted)).isEqualTo(docs(boosted));
    assertThat(unweighted.scoreDocs).allSatisfy(hit -> assertThat(hit.score).isZero());
  }

  @Test
  void theCandidatePassFindsCountsAndRanksTheSameOnceLucenePrunes() throws Exception {
    Query boosted = candidates(new BoostQuery(EVERYWHERE, 0f), new BoostQuery(RARER, 0f));
    Query unweighted = candidates(new UnweightedClause(EVERYWHERE), new UnweightedClause(RARER));

    FirstMatches<?> before = firstMatches();
    TopDocs boostedTop = searcher.search(boosted, before);
    FirstMatches<?> after = firstMatches();
    TopDocs unweightedTop = searcher.search(unweighted, after);

    assertThat(unweightedTop.totalHits).isEqualTo(boostedTop.totalHits);
    assertThat(unweightedTop.totalHits.value()).isLessThan(reader.maxDoc()); // pruned
    assertThat(docs(unweightedTop)).isEqualTo(docs(boostedTop));
    assertThat(scores(unweightedTop)).isEqualTo(scores(boostedTop));
    assertThat(after.sample()).isEqualTo(before.sample());
  }

  @Test
  void stopsOnceTheCandidatePassPrunesAndNeverForAnotherCollector() throws Exception {
    Counting counted = new Counting(EVERYWHERE);
    Query unweighted = candidates(new UnweightedClause(counted));

    searcher.search(unweighted, new TopScoreDocCollectorManager(20, 1_000));
    long readByAnother = counted.read;
    counted.read = 0;
    searcher.search(unweighted, firstMatches());
    long readByTheCandidatePass = counted.read;

    // Both read every passage of the first matches, before pruning starts; only the candidate
    // pass's stops there, where the other is still moved to each passage that could make the top.
    assertThat(readByAnother).isGreaterThan(1_000);
    assertThat(readByTheCandidatePass).isLessThan(readByAnother);
  }

  /** The candidate pass's collector, as the searcher makes it. */
  private static FirstMatches<?> firstMatches() {
    return new FirstMatches<>(new TopScoreDocCollectorManager(20, 1_000), 1_000);
  }

  /** The candidate pass's shape: any of a weighted word and weightless clauses. */
  private static Query candidates(Query... weightless) {
    BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
    any.add(COMMON, Occur.SHOULD);
    for (Query clause : weightless) {
      any.add(clause, Occur.SHOULD);
    }
    return any.build();
  }

  /** A word query that counts the passages it is moved to, over every search of it. */
  private static final class Counting extends Query {
    private final TermQuery word;
    long read;

    Counting(TermQuery word) {
      this.word = word;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
        throws IOException {
      Weight matching = word.createWeight(searcher, scoreMode, boost);
      return new FilterWeight(this, matching) {
        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
          ScorerSupplier found = in.scorerSupplier(context);
          return found == null
              ? null
              : new ScorerSupplier() {
                @Override
                public Scorer get(long leadCost) throws IOException {
                  return new CountingScorer(found.get(leadCost));
                }

                @Override
                public long cost() {
                  return found.cost();
                }
              };
        }
      };
    }

    private final class CountingScorer extends Scorer {
      private final Scorer in;
      private final DocIdSetIterator iterator;

      CountingScorer(Scorer in) {
        this.in = in;
        DocIdSetIterator moved = in.iterator();
        this.iterator =
            new DocIdSetIterator() {
              @Override
              public int docID() {
                return moved.docID();
              }

              @Override
              public int nextDoc() throws IOException {
                read++;
                return moved.nextDoc();
              }

              @Override
              public int advance(int target) throws IOException {
                read++;
                return moved.advance(target);
              }

              @Override
              public long cost() {
                return moved.cost();
              }
            };
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
      public float score() throws IOException {
        return in.score();
      }

      @Override
      public float getMaxScore(int upTo) throws IOException {
        return in.getMaxScore(upTo);
      }
    }

    @Override
    public void visit(QueryVisitor visitor) {
      word.visit(visitor);
    }

    @Override
    public String toString(String field) {
      return "counting(" + word + ")";
    }

    @Override
    public boolean equals(Object other) {
      return other == this;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  private static int[] docs(TopDocs top) {
    return Arrays.stream(top.scoreDocs).mapToInt(hit -> hit.doc).toArray();
  }

  private static float[] scores(TopDocs top) {
    float[] scores = new float[top.scoreDocs.length];
    for (int i = 0; i < scores.length; i++) {
      ScoreDoc hit = top.scoreDocs[i];
      scores[i] = hit.score;
    }
    return scores;
  }
}
