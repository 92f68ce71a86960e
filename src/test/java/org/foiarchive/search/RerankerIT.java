package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reranker picks only the page's places in its greedy order; the page must be the one it gives
 * when it orders all of its depth, and hits beyond the depth keep their order. Checked on the real
 * corpus with the questions users type.
 */
class RerankerIT {
  @AutoClose private static DirectoryReader reader;
  private static IndexSearcher searcher;
  private static final ArchiveQueryBuilder QUERIES =
      new ArchiveQueryBuilder(new ArchiveAnalyzers(), new ReferenceRecognizer());
  private static final Reranker RERANKER = new Reranker(Ranking.DEFAULT);
  private static final int DEPTH = Ranking.DEFAULT.rerankDepth();

  @BeforeAll
  static void open() throws Exception {
    reader = TestArchive.openReader();
    searcher = TestArchive.rankingSearcher(reader);
  }

  static Stream<String> queries() throws Exception {
    return TestArchive.questionsOf(
        Path.of("..", "shared", "eval", "dev-queries.tsv"),
        Path.of("..", "shared", "eval", "dev-queries-2.tsv"))
        .stream();
  }

  private static ScoreDoc[] ranked(String typed) throws Exception {
    ArchiveQuery query = QUERIES.build(SearchRequest.of(typed, 10));
    Query whole = TestArchive.rankingWithProximity(query);
    return searcher.search(whole, DEPTH).scoreDocs;
  }

  @ParameterizedTest
  @MethodSource("queries")
  void thePageIsTheSameAsWhenEveryHitOfTheDepthIsReordered(String typed) throws Exception {
    ArchiveQuery query = QUERIES.build(SearchRequest.of(typed, 10));
    ScoreDoc[] hits = ranked(typed);
    ScoreDoc[] whole = RERANKER.rerank(searcher, hits, query, DEPTH).hits();
    for (int window : new int[] {1, 3, 10, 20}) {
      ScoreDoc[] page = RERANKER.rerank(searcher, hits, query, window).hits();
      int expected = Math.min(window, whole.length);
      assertThat(page).as("page of %d", window).hasSize(expected);
      for (int i = 0; i < expected; i++) {
        assertThat(page[i].doc).as("passage at %d of %d", i + 1, window).isEqualTo(whole[i].doc);
        assertThat(page[i].score).as("score at %d of %d", i + 1, window).isEqualTo(whole[i].score);
      }
    }
  }

  /**
   * A second page of ten reorders deeper than the first; its search must still begin with the first
   * page as the first page's own search showed it, or a passage, or a copy of a text, could show on
   * both pages, and another on neither.
   */
  @ParameterizedTest
  @MethodSource("queries")
  void aSecondPageBeginsWithTheFirstPageAsItsOwnSearchShowedIt(String typed) throws Exception {
    ArchiveQuery query = QUERIES.build(SearchRequest.of(typed, 10));
    Query whole = TestArchive.rankingWithProximity(query);
    ScoreDoc[] hits = searcher.search(whole, Reranker.MOST_REORDERED).scoreDocs;
    ScoreDoc[] first = RERANKER.rerank(searcher, hits, query, 10, 10).hits();
    ScoreDoc[] both = RERANKER.rerank(searcher, hits, query, 20, 10).hits();
    assertThat(Arrays.copyOf(both, first.length))
        .extracting(d -> d.doc)
        .containsExactly(Arrays.stream(first).map(d -> d.doc).toArray(Integer[]::new));
    StoredFields stored = searcher.storedFields();
    List<String> texts = new ArrayList<>();
    for (ScoreDoc d : both) {
      texts.add(RepeatedTextIT.key(stored.document(d.doc).get(ArchiveFields.TEXT)));
    }
    assertThat(texts).doesNotHaveDuplicates();
  }

  @Test
  void aLongerPageIsReorderedDeeper() {
    assertThat(RERANKER.depth(10)).isEqualTo(DEPTH);
    assertThat(RERANKER.depth(50)).isEqualTo(Reranker.MOST_REORDERED);
    assertThat(RERANKER.depth(1000)).isEqualTo(Reranker.MOST_REORDERED);
  }
}
