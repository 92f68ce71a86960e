package org.foiarchive.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;

/**
 * A query rewritten once for one index generation, its words already looked up in the index, and
 * the Weight it is scored with made once for each way of scoring. Lucene would otherwise rewrite
 * the query, look each word up in the terms dictionary and compute its BM25 statistics on every
 * search, for the same answer until the index changes.
 *
 * <p>It runs exactly as the query it was made from: the same rewritten clauses in the same order,
 * the same statistics. Weights that need no scores are made on each use (the query cache wraps
 * them, and their phrase look-ups are lazy); scoring Weights hold nothing of a search and are
 * shared by every search of the generation, as Lucene shares one Weight among the threads of a
 * concurrent search. Thread-safe.
 */
final class PreparedQuery extends Query {
  private final Query rewritten;
  private final IndexReader reader;
  private final Similarity similarity;
  private final AtomicReferenceArray<Weight> scoring =
      new AtomicReferenceArray<>(ScoreMode.values().length);

  private PreparedQuery(Query rewritten, IndexSearcher searcher) {
    this.rewritten = rewritten;
    this.reader = searcher.getIndexReader();
    this.similarity = searcher.getSimilarity();
  }

  /**
   * {@code query} rewritten by {@code searcher}, each of its words' index statistics taken from
   * {@code lookedUp} or looked up once and added to it.
   *
   * @param lookedUp the words already looked up for this searcher's index (by another query of the
   *     same search)
   */
  static PreparedQuery of(IndexSearcher searcher, Query query, Map<Term, TermStates> lookedUp)
      throws IOException {
    return new PreparedQuery(withTermStates(searcher, searcher.rewrite(query), lookedUp), searcher);
  }

  /**
   * The query with each plain word query carrying its looked-up statistics. Only the shapes a
   * rewritten archive query is built of are walked; anything else (phrases, ranges, prefixes, whose
   * rewrite already blended their own statistics) is kept as it is.
   */
  private static Query withTermStates(
      IndexSearcher searcher, Query query, Map<Term, TermStates> lookedUp) throws IOException {
    return switch (query) {
      case TermQuery word when word.getTermStates() == null -> {
        TermStates states = lookedUp.get(word.getTerm());
        if (states == null) {
          states = TermStates.build(searcher, word.getTerm(), true);
          lookedUp.put(word.getTerm(), states);
        }
        yield new TermQuery(word.getTerm(), states);
      }
      case BoostQuery boost ->
          new BoostQuery(withTermStates(searcher, boost.getQuery(), lookedUp), boost.getBoost());
      case UnweightedClause unweighted ->
          new UnweightedClause(withTermStates(searcher, unweighted.query(), lookedUp));
      case ConstantScoreQuery constant ->
          new ConstantScoreQuery(withTermStates(searcher, constant.getQuery(), lookedUp));
      case BooleanQuery bool -> {
        BooleanQuery.Builder same =
            new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        for (BooleanClause clause : bool.clauses()) {
          same.add(withTermStates(searcher, clause.query(), lookedUp), clause.occur());
        }
        yield same.build();
      }
      default -> query;
    };
  }

  /** The rewritten query a prepared one runs, or {@code query} itself when it is not prepared. */
  static Query unwrapped(Query query) {
    return query instanceof PreparedQuery prepared ? prepared.rewritten : query;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    if (!scoreMode.needsScores()
        || boost != 1f
        || searcher.getIndexReader() != reader
        || searcher.getSimilarity() != similarity) {
      return rewritten.createWeight(searcher, scoreMode, boost);
    }
    Weight made = scoring.get(scoreMode.ordinal());
    if (made == null) {
      scoring.compareAndSet(
          scoreMode.ordinal(), null, rewritten.createWeight(searcher, scoreMode, boost));
      made = scoring.get(scoreMode.ordinal());
    }
    return made;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    rewritten.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return rewritten.toString(field);
  }

  /** One per query and generation: equal only to itself, as the Weights it keeps are its own. */
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
