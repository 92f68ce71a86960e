package org.foiarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Relevance never silently regresses: our own held-out queries and the frozen half of the shared
 * query sets, run against the real seed corpus, must keep their scores. The floors sit a little
 * under the scores reached, and only on queries nothing was tuned on: the dev set was tuned on
 * whole in issue 5, so its whole-set score would hold entries fitted to its rows in place. Raise
 * floors as ranking improves; never lower them to make a change pass.
 */
class RelevanceIT {
  /** The dev set (../shared/eval): its tuning half is the one ranking is tuned on. */
  static final Path DEV_SET = Path.of("..", "shared", "eval", "dev-queries.tsv");

  /** Queries written before tuning and never tuned on, to catch overfitting to the dev set. */
  static final Path HELD_OUT = Path.of("src", "test", "resources", "eval", "heldout-queries.tsv");

  static final double HELD_OUT_MRR = 0.80;
  static final double HELD_OUT_RECALL = 0.93;

  /**
   * The second shared set: paraphrases, adviser queries, who-said-it questions and keyword traps.
   */
  static final Path DEV_SET_2 = Path.of("..", "shared", "eval", "dev-queries-2.tsv");

  /** Which half of both shared sets each query is in; the frozen half is never tuned on. */
  static final Path SPLIT = Path.of("src", "test", "resources", "eval", "split.tsv");

  /**
   * Just under the frozen half's scores with the knobs {@code bench fit} chose on the tuning halves
   * (0.718 and 0.875, 28 of 32); 0.707 and 0.875 before, once the related words fitted to dev rows
   * were taken out in issue 14; 0.70 and 0.84 when the split was made.
   */
  static final double FROZEN_MRR = 0.71;

  static final double FROZEN_RECALL = 0.87;

  private static LuceneArchiveSearcher searcher;

  @BeforeAll
  static void open() throws Exception {
    searcher = TestArchive.searcher();
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  @Test
  void theHeldOutQueriesKeepTheirScores() throws Exception {
    RelevanceEvaluation.Score score =
        RelevanceEvaluation.run(searcher, RelevanceEvaluation.read(HELD_OUT));
    assertThat(score.outcomes()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(score.mrr()).as(ScoreTable.of(score)).isGreaterThanOrEqualTo(HELD_OUT_MRR);
    assertThat(score.recall()).as(ScoreTable.of(score)).isGreaterThanOrEqualTo(HELD_OUT_RECALL);
  }

  @Test
  void theFrozenHalfKeepsItsScores() throws Exception {
    EvaluationSplit split = EvaluationSplit.read(SPLIT);
    List<RelevanceEvaluation.Case> frozen = new ArrayList<>();
    for (Path set : List.of(DEV_SET, DEV_SET_2)) {
      RelevanceEvaluation.read(set).stream()
          .filter(
              c ->
                  split
                          .halfOf(c.id())
                          .orElseThrow(() -> new AssertionError(c.id() + " is in no half"))
                      == EvaluationSplit.Half.FROZEN)
          .forEach(frozen::add);
    }
    assertThat(frozen).hasSize(32);
    RelevanceEvaluation.Score score = RelevanceEvaluation.run(searcher, frozen);
    assertThat(score.mrr()).as(ScoreTable.of(score)).isGreaterThanOrEqualTo(FROZEN_MRR);
    assertThat(score.recall()).as(ScoreTable.of(score)).isGreaterThanOrEqualTo(FROZEN_RECALL);
  }

  @Test
  void everyExpectedQuoteIsInTheSeedItNames() throws Exception {
    for (Path set : new Path[] {DEV_SET, DEV_SET_2, HELD_OUT}) {
      for (RelevanceEvaluation.Case c : RelevanceEvaluation.read(set)) {
        String seed =
            Files.readString(
                DEV_SET.getParent().getParent().resolve("seeds").resolve(c.seedFile()));
        assertThat(RelevanceEvaluation.normalise(seed))
            .as(c.id())
            .contains(RelevanceEvaluation.normalise(c.quote()));
      }
    }
  }
}
