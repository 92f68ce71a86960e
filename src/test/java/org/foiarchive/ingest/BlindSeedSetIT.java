package org.foiarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Relevance on the shipped corpus, judged by questions nobody tuned on: {@code
 * blind-seed-queries.tsv}, 75 questions written blind over the five seeds on 2 December 2026 and
 * frozen whole, run against the shared index of {@code corpus/}. Raise the floors as ranking
 * improves; never lower them to make a change pass.
 */
class BlindSeedSetIT {
  /**
   * About one question's worth (1/75) under MRR@10 0.644 and Recall@10 0.813 (61 of 75), measured
   * with {@code eval} on issue 14ae's names kept whole (063efee); main 9a26b94 measured 0.637 and
   * 0.787 (59 of 75) once, after the set was committed, and the set has been tuned on since.
   */
  static final double BLIND_SEED_MRR = 0.63;

  static final double BLIND_SEED_RECALL = 0.80;

  /**
   * Questions whose quote no passage holds, by the extractor's design: S53's quote is the request
   * page's status line, which ingest keeps as the document's status, not as a passage. Kept in the
   * set, as frozen, and counted as the miss it is.
   */
  static final Set<String> NOT_IN_ANY_PASSAGE = Set.of("S53");

  private static LuceneArchiveSearcher searcher;

  @BeforeAll
  static void open() {
    searcher = TestArchive.searcher();
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  @Test
  void everyQuoteIsInOnePassageOfTheSeedItNames() throws IOException {
    for (RelevanceEvaluation.Case question : questions()) {
      String docId = EvalCorpus.answerOf(question.seedFile()).docId();
      List<SearchHit> passages = searcher.document(docId, "").orElseThrow().passages();
      String quote = RelevanceEvaluation.normalise(question.quote());
      if (NOT_IN_ANY_PASSAGE.contains(question.id())) {
        assertThat(passages)
            .as(question.id() + " still in no passage of " + docId)
            .noneSatisfy(p -> assertThat(RelevanceEvaluation.normalise(p.text())).contains(quote));
      } else {
        assertThat(passages)
            .as(question.id() + " in " + docId)
            .anySatisfy(p -> assertThat(RelevanceEvaluation.normalise(p.text())).contains(quote));
      }
    }
  }

  @Test
  void theBlindSeedSetKeepsItsScores() throws IOException {
    List<RelevanceEvaluation.Case> blind = questions();
    assertThat(blind).hasSize(75);
    RelevanceEvaluation.Score score = RelevanceEvaluation.run(searcher, blind);
    assertThat(score.mrr()).as(ScoreTable.of(score)).isGreaterThanOrEqualTo(BLIND_SEED_MRR);
    assertThat(score.recall()).as(ScoreTable.of(score)).isGreaterThanOrEqualTo(BLIND_SEED_RECALL);
  }

  private static List<RelevanceEvaluation.Case> questions() throws IOException {
    return RelevanceEvaluation.read(EvalCorpus.BLIND_SEED_QUESTIONS);
  }
}
