package org.foiarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The Lucene queries one search runs for an {@link ArchiveQuery}, each a {@link PreparedQuery} for
 * the index generation: finding the candidates, scoring them exactly, sampling the matches,
 * covering the concepts and highlighting all look up the same words, and here each word is looked
 * up once for all of them. Kept with the generation, so a question asked again is not rewritten or
 * looked up again either.
 *
 * @param query the query as built, each of its Lucene queries prepared
 * @param exact the ranking with the closeness of the query words, as candidates are scored: null
 *     without candidates
 * @param matches the ranking's matches without scores, as the facets sample them
 * @param candidatesMatchAsRanking the candidates are exactly the passages the ranking matches (no
 *     phrase of it was loosened into its words to find them), so the first candidates found are the
 *     first matches
 */
record PreparedSearch(
    ArchiveQuery query, Query exact, Query matches, boolean candidatesMatchAsRanking) {

  static PreparedSearch of(IndexSearcher searcher, ArchiveQuery built) throws IOException {
    Map<Term, TermStates> lookedUp = new HashMap<>();
    List<Query> concepts = new ArrayList<>(built.concepts().size());
    for (Query concept : built.concepts()) {
      concepts.add(PreparedQuery.of(searcher, concept, lookedUp));
    }
    ArchiveQuery query =
        new ArchiveQuery(
            PreparedQuery.of(searcher, built.ranking(), lookedUp),
            prepared(searcher, built.highlight(), lookedUp),
            built.notices(),
            built.parsed(),
            built.asksWhatWasSaid(),
            concepts,
            prepared(searcher, built.candidates(), lookedUp),
            prepared(searcher, built.proximity(), lookedUp),
            built.asksAQuestion());
    // The ranking and the closeness are rewritten together, as Lucene would rewrite their sum.
    Query exact =
        built.candidates() == null
            ? null
            : PreparedQuery.of(
                searcher, ExactRescorer.exact(built.ranking(), built.proximity()), lookedUp);
    Query matches = PreparedQuery.of(searcher, new ConstantScoreQuery(built.ranking()), lookedUp);
    return new PreparedSearch(
        query,
        exact,
        matches,
        query.candidates() != null && keepsEveryPhrase(matches, query.candidates()));
  }

  /**
   * Whether {@code candidates} checks every phrase that {@code matches} checks (as many times):
   * finding candidates by a phrase's words alone is the one way they find more than the ranking
   * matches.
   */
  private static boolean keepsEveryPhrase(Query matches, Query candidates) {
    Map<Query, Integer> wanted = phrases(matches);
    Map<Query, Integer> kept = phrases(candidates);
    return wanted.entrySet().stream()
        .allMatch(phrase -> kept.getOrDefault(phrase.getKey(), 0) >= phrase.getValue());
  }

  /** The queries that match by positions in {@code query}, each with how often it is visited. */
  private static Map<Query, Integer> phrases(Query query) {
    Map<Query, Integer> phrases = new HashMap<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this; // excluded clauses too: they are the same in both
          }

          @Override
          public void consumeTerms(Query leaf, Term... terms) {
            if (leaf instanceof PhraseQuery || leaf instanceof MultiPhraseQuery) {
              phrases.merge(leaf, 1, Integer::sum);
            }
          }
        });
    return phrases;
  }

  private static Query prepared(IndexSearcher searcher, Query query, Map<Term, TermStates> lookedUp)
      throws IOException {
    return query == null ? null : PreparedQuery.of(searcher, query, lookedUp);
  }
}
