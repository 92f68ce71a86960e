package org.foiarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.foiarchive.ingest.RelevanceEvaluation.Case;
import org.foiarchive.ingest.RelevanceEvaluation.Interval;
import org.foiarchive.ingest.RelevanceEvaluation.Outcome;
import org.foiarchive.ingest.RelevanceEvaluation.Score;
import org.junit.jupiter.api.Test;

/** What a query set's figures are worth: the bootstrap interval {@code eval} prints. */
class RelevanceIntervalTest {
  @Test
  void halfOfThirtyQueriesAnsweredFirstLeavesRoomOfAboutAFifthEitherSide() {
    Score score = score(30, 15, 0);

    Interval interval = score.interval();

    assertThat(score.mrr()).isEqualTo(0.5);
    assertThat(interval.mrrLow()).isBetween(0.25, 0.40);
    assertThat(interval.mrrHigh()).isBetween(0.60, 0.75);
    assertThat(interval.recallLow()).isEqualTo(interval.mrrLow());
    assertThat(interval.recallHigh()).isEqualTo(interval.mrrHigh());
  }

  @Test
  void moreQueriesNarrowTheInterval() {
    Interval thirty = score(30, 15, 0).interval();
    Interval threeHundred = score(300, 150, 0).interval();

    assertThat(threeHundred.mrrHigh() - threeHundred.mrrLow())
        .isLessThan((thirty.mrrHigh() - thirty.mrrLow()) / 2);
  }

  @Test
  void aQuoteFoundLowerCountsForRecallButLittleForMrr() {
    // Ten found first, ten found tenth, ten missed.
    Interval interval = score(30, 10, 10).interval();

    assertThat(interval.recallLow()).isGreaterThan(interval.mrrHigh() - 0.2);
    assertThat(interval.mrrLow()).isLessThan(0.37).isGreaterThan(0.1);
  }

  @Test
  void theSameOutcomesAlwaysPrintTheSameInterval() {
    assertThat(score(29, 12, 5).interval().line("half frozen", 29))
        .isEqualTo(score(29, 12, 5).interval().line("half frozen", 29))
        .startsWith("interval half frozen: MRR@10 ")
        .endsWith("(95% of 10,000 resamples of its 29 queries)");
  }

  /**
   * {@code queries} outcomes: {@code first} found first, {@code tenth} found tenth, others missed.
   */
  private static Score score(int queries, int first, int tenth) {
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < queries; i++) {
      int rank = i < first ? 1 : i < first + tenth ? 10 : 0;
      outcomes.add(new Outcome(new Case("Q" + i, "q", "f", "quote"), rank, null, null));
    }
    return new Score(outcomes);
  }
}
