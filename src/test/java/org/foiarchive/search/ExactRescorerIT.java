package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Finding candidates with the cheaper query and scoring them with the ranking must give the
 * ranking's own order and scores: the speed-up may not change what a user sees. Checked on the real
 * corpus, where every candidate is seen, with the questions users type and with exclusions, filters
 * and phrases.
 */
class ExactRescorerIT {
  @AutoClose private static DirectoryReader reader;
  private static IndexSearcher searcher;
  private static final ArchiveQueryBuilder QUERIES =
      new ArchiveQueryBuilder(new ArchiveAnalyzers(), new ReferenceRecognizer());

  @BeforeAll
  static void open() throws Exception {
    reader = TestArchive.openReader();
    searcher = TestArchive.rankingSearcher(reader);
  }

  static Stream<String> queries() throws Exception {
    List<String> queries =
        new ArrayList<>(
            TestArchive.questionsOf(
                Path.of("..", "shared", "eval", "dev-queries.tsv"),
                Path.of("src", "test", "resources", "eval", "heldout-queries.tsv")));
    queries.addAll(
        List.of(
            "evidence of job search -cookies",
            "looking for work kind:forum",
            "universal jobmatch consent voice:quoted-official",
            "can a provider force me to register topic:mandation"));
    return queries.stream();
  }

  @Test
  void mostQueriesOfTheSetsAreFoundThroughCandidates() throws Exception {
    List<String> all = queries().toList();
    long withCandidates =
        all.stream()
            .filter(typed -> QUERIES.build(SearchRequest.of(typed, 10)).candidates() != null)
            .count();
    // The comparison below skips queries without candidates; it must still compare most of them.
    assertThat(withCandidates).isGreaterThan(all.size() / 2);
  }

  @ParameterizedTest
  @MethodSource("queries")
  void theCandidatesScoredByTheRankingGiveTheRankingsOwnOrder(String typed) throws Exception {
    ArchiveQuery query = QUERIES.build(SearchRequest.of(typed, 10));
    if (query.candidates() == null) {
      return; // the ranking finds its own hits; nothing to compare
    }
    Query whole = TestArchive.rankingWithProximity(query);
    TopDocs expected = searcher.search(whole, 30);
    TopDocs rescored =
        ExactRescorer.rescore(
            searcher,
            searcher.search(query.candidates(), 10_000),
            query.ranking(),
            query.proximity(),
            30);

    assertThat(expected.scoreDocs).as("the query finds something").isNotEmpty();
    assertThat(rescored.totalHits.value()).as("total").isEqualTo(searcher.count(query.ranking()));
    assertThat(rescored.scoreDocs).hasSameSizeAs(expected.scoreDocs);
    for (int i = 0; i < expected.scoreDocs.length; i++) {
      ScoreDoc want = expected.scoreDocs[i];
      ScoreDoc got = rescored.scoreDocs[i];
      // Sums in another order may differ in the last bits, and swap two passages that tie.
      assertThat(got.score)
          .as("score at rank %d", i + 1)
          .isCloseTo(want.score, within(want.score * 1e-5f));
    }
    // Candidates counted but not all scored: the total is still the ranking's.
    TopDocs fewScored =
        ExactRescorer.rescore(
            searcher,
            searcher.search(query.candidates(), 3),
            query.ranking(),
            query.proximity(),
            3);
    assertThat(fewScored.totalHits.value())
        .as("total with 3 candidates scored")
        .isEqualTo(searcher.count(query.ranking()));
    float last = expected.scoreDocs[expected.scoreDocs.length - 1].score * (1 + 1e-5f);
    assertThat(docs(rescored, last)).as("the same passages").isEqualTo(docs(expected, last));
  }

  /** The passages scoring above {@code floor}, as a set: clear of ties at the cut. */
  private static Set<Integer> docs(TopDocs top, float floor) {
    Set<Integer> docs = new HashSet<>();
    for (ScoreDoc hit : top.scoreDocs) {
      if (hit.score > floor) {
        docs.add(hit.doc);
      }
    }
    return docs;
  }
}
