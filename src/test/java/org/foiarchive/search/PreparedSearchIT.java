package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A query prepared once for an index generation (rewritten, its words looked up once for every part
 * of a search, its scoring Weights kept) must run exactly as the query it was made from: the same
 * passages with bit for bit the same scores, the same facet sample, coverage and highlighting. Then
 * a question asked again on the same generation runs the Weights made the first time, and a newer
 * generation makes its own.
 */
class PreparedSearchIT {
  private static final ArchiveAnalyzers ANALYZERS = new ArchiveAnalyzers();
  private static final ArchiveQueryBuilder QUERIES =
      new ArchiveQueryBuilder(ANALYZERS, new ReferenceRecognizer());
  private static IndexGeneration generation;

  @BeforeAll
  static void open() throws IOException {
    generation =
        IndexGeneration.open(
            new IndexLocation(TestArchive.index()).current().orElseThrow(),
            ANALYZERS,
            Ranking.DEFAULT);
  }

  @AfterAll
  static void close() throws IOException {
    generation.reader.close();
  }

  /** A searcher of a search's own, as the archive makes one for each request. */
  private static IndexSearcher searcherOfASearch() {
    IndexSearcher searcher = new IndexSearcher(generation.reader);
    searcher.setSimilarity(generation.searcher.getSimilarity());
    return searcher;
  }

  @ParameterizedTest
  @MethodSource("org.foiarchive.search.ExactRescorerIT#queries")
  void aPreparedQueryRunsExactlyAsTheQueryItWasMadeFrom(String typed) throws IOException {
    ArchiveQuery built = QUERIES.build(SearchRequest.of(typed, 10));
    IndexSearcher searcher = searcherOfASearch();
    PreparedSearch prepared = PreparedSearch.of(searcher, built);
    ArchiveQuery ready = prepared.query();

    assertSameHits(top(searcher, ready.ranking()), top(searcher, built.ranking()));
    if (built.candidates() != null) {
      assertSameHits(top(searcher, ready.candidates()), top(searcher, built.candidates()));
      assertSameHits(
          ExactRescorer.byExactScore(
              searcher, top(searcher, ready.candidates()), prepared.exact(), ready.ranking(), 50),
          ExactRescorer.rescore(
              searcher, top(searcher, built.candidates()), built.ranking(), built.proximity(), 50));
    }
    assertThat(TopHitFacets.sample(searcher, prepared.matches(), 1_000))
        .as("facet sample")
        .isEqualTo(TopHitFacets.sample(searcher, built.ranking(), 1_000));
    int[] docs = docs(top(searcher, built.ranking()));
    assertThat(Coverage.of(searcher, ready.concepts(), docs))
        .as("coverage")
        .isEqualTo(Coverage.of(searcher, built.concepts(), docs));
    if (built.highlight() != null && docs.length > 0) {
      String[] texts = new String[docs.length];
      for (int i = 0; i < docs.length; i++) {
        texts[i] = searcher.storedFields().document(docs[i]).get(ArchiveFields.TEXT);
      }
      assertThat(
              generation.highlighter.highlight(ArchiveFields.TEXT, ready.highlight(), docs, texts))
          .as("highlighted")
          .isEqualTo(
              generation.highlighter.highlight(ArchiveFields.TEXT, built.highlight(), docs, texts));
    }
  }

  @ParameterizedTest
  @MethodSource("org.foiarchive.search.ExactRescorerIT#queries")
  void theFirstCandidatesAreTheFacetSampleWhenTheyAreTheRankingsMatches(String typed)
      throws IOException {
    ArchiveQuery built = QUERIES.build(SearchRequest.of(typed, 10));
    IndexSearcher searcher = searcherOfASearch();
    PreparedSearch prepared = PreparedSearch.of(searcher, built);
    if (!prepared.candidatesMatchAsRanking()) {
      return; // the facets sample the ranking's matches in a pass of their own
    }
    for (int kept : new int[] {1_000, 20, 1}) {
      FirstMatches<?> first = new FirstMatches<>(new TopScoreDocCollectorManager(10, kept), kept);
      searcher.search(prepared.query().candidates(), first);

      assertThat(first.sample())
          .as("the first %d matches", kept)
          .isEqualTo(TopHitFacets.sample(searcher, built.ranking(), kept));
    }
  }

  @Test
  void candidatesFoundByAPhrasesWordsAloneAreNotTakenForItsMatches() throws IOException {
    // "look for work" is related to job search: its candidates need its words only, apart.
    ArchiveQuery loosened = QUERIES.build(SearchRequest.of("evidence of job search", 10));
    ArchiveQuery plain = QUERIES.build(SearchRequest.of("universal jobmatch cookies consent", 10));

    assertThat(PreparedSearch.of(searcherOfASearch(), loosened).candidatesMatchAsRanking())
        .isFalse();
    assertThat(PreparedSearch.of(searcherOfASearch(), plain).candidatesMatchAsRanking()).isTrue();
  }

  @Test
  void aQuestionAskedAgainIsScoredWithTheWeightsMadeTheFirstTime() throws IOException {
    ArchiveQuery built = QUERIES.build(SearchRequest.of("universal jobmatch cookies consent", 10));
    IndexSearcher first = searcherOfASearch();
    IndexSearcher again = searcherOfASearch();

    PreparedSearch prepared = LuceneArchiveSearcher.prepared(generation, first, built);
    assertThat(LuceneArchiveSearcher.prepared(generation, again, built)).isSameAs(prepared);

    Query candidates = prepared.query().candidates();
    assertThat(candidates).isNotNull();
    assertThat(again.createWeight(again.rewrite(candidates), ScoreMode.TOP_SCORES, 1f))
        .isSameAs(first.createWeight(first.rewrite(candidates), ScoreMode.TOP_SCORES, 1f));
    assertThat(again.createWeight(again.rewrite(prepared.exact()), ScoreMode.COMPLETE, 1f))
        .isSameAs(first.createWeight(first.rewrite(prepared.exact()), ScoreMode.COMPLETE, 1f));
  }

  @Test
  void aNewerGenerationPreparesTheQueryForItsOwnIndex() throws IOException {
    ArchiveQuery built = QUERIES.build(SearchRequest.of("universal jobmatch cookies consent", 10));
    IndexGeneration newer =
        IndexGeneration.open(
            new IndexLocation(TestArchive.index()).current().orElseThrow(),
            ANALYZERS,
            Ranking.DEFAULT);
    try {
      IndexSearcher searcher = new IndexSearcher(newer.reader);
      searcher.setSimilarity(newer.searcher.getSimilarity());
      PreparedSearch ownPrepared = LuceneArchiveSearcher.prepared(newer, searcher, built);

      assertThat(ownPrepared)
          .isNotSameAs(LuceneArchiveSearcher.prepared(generation, searcherOfASearch(), built));
      assertSameHits(top(searcher, ownPrepared.query().ranking()), top(searcher, built.ranking()));
    } finally {
      newer.reader.close();
    }
  }

  @Test
  void searchesAtOnceShareTheKeptWeightsAndAnswerAsOneSearchAlone() throws Exception {
    List<String> questions = ExactRescorerIT.queries().toList();
    try (LuceneArchiveSearcher alone = TestArchive.searcher();
        LuceneArchiveSearcher shared = TestArchive.searcher()) {
      List<SearchResults> expected = new ArrayList<>();
      for (String q : questions) {
        expected.add(alone.search(SearchRequest.of(q, 10)));
      }
      ExecutorService threads = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<SearchResults>>> rounds = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          rounds.add(
              threads.submit(
                  () -> {
                    List<SearchResults> answers = new ArrayList<>();
                    for (String q : questions) {
                      answers.add(shared.search(SearchRequest.of(q, 10)));
                    }
                    return answers;
                  }));
        }
        for (Future<List<SearchResults>> round : rounds) {
          List<SearchResults> answers = round.get();
          for (int i = 0; i < questions.size(); i++) {
            assertThat(answers.get(i).hits())
                .as(questions.get(i))
                .isEqualTo(expected.get(i).hits());
            assertThat(answers.get(i).facets())
                .as(questions.get(i))
                .isEqualTo(expected.get(i).facets());
          }
        }
      } finally {
        threads.shutdownNow();
      }
    }
  }

  /** The top 50, counted up to 1,000 as a search counts them. */
  private static TopDocs top(IndexSearcher searcher, Query query) throws IOException {
    return searcher.search(query, new TopScoreDocCollectorManager(50, 1_000));
  }

  private static int[] docs(TopDocs top) {
    int[] docs = new int[top.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = top.scoreDocs[i].doc;
    }
    return docs;
  }

  private static void assertSameHits(TopDocs actual, TopDocs expected) {
    assertThat(actual.totalHits).as("total").isEqualTo(expected.totalHits);
    assertThat(actual.scoreDocs).hasSameSizeAs(expected.scoreDocs);
    for (int i = 0; i < expected.scoreDocs.length; i++) {
      ScoreDoc want = expected.scoreDocs[i];
      ScoreDoc got = actual.scoreDocs[i];
      assertThat(got.doc).as("passage at rank %d", i + 1).isEqualTo(want.doc);
      assertThat(Float.floatToIntBits(got.score))
          .as("score at rank %d: %s, expected %s", i + 1, got.score, want.score)
          .isEqualTo(Float.floatToIntBits(want.score));
    }
  }
}
