package org.foiarchive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.foiarchive.ingest.RelevanceEvaluation;
import org.junit.jupiter.api.Test;

/** The table {@code bench compare --ranks} prints: each question's quote's rank in each engine. */
class QuestionRanksTest {
  private static final List<RelevanceEvaluation.Case> CASES =
      List.of(
          new RelevanceEvaluation.Case("Q1", "can they sanction me", "a.txt", "may be sanctioned"),
          new RelevanceEvaluation.Case("Q2", "who runs the site", "a.txt", ""),
          new RelevanceEvaluation.Case("Q3", "do I have to sign", "a.txt", "You don’t have to"));

  private static EngineRun ran(String engine, List<List<String>> tops) {
    return new EngineRun(engine, null, null, null, null, tops);
  }

  @Test
  void eachQuestionWithAQuoteGetsTheRankOfTheFirstPassageHoldingItInEachEngineThatRan() {
    List<EngineRun> runs =
        List.of(
            ran(
                "ours",
                List.of(
                    List.of("Claimants MAY BE  sanctioned for this.", "other"),
                    List.of("anything"),
                    List.of("a", "b", "c", "You don't have to sign it on the spot."))),
            EngineRun.missing("Xapian", "python3-xapian missing"),
            ran(
                "theirs",
                List.of(
                    List.of("other", "again", "they may be sanctioned"),
                    List.of(),
                    List.of("nothing of the sort"))));

    String table = EngineComparison.ranks(CASES, runs);

    assertThat(table.lines().toList())
        .containsExactly(
            "",
            "| question | ours | theirs |",
            "|---|---|---|",
            "| Q1 | 1 | 3 |",
            "| Q3 | 4 | - |");
  }

  @Test
  void aQuoteBeyondTheTopTenIsNotRanked() {
    List<String> eleven =
        List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "you don't have to");

    String table =
        EngineComparison.ranks(List.of(CASES.get(2)), List.of(ran("ours", List.of(eleven))));

    assertThat(table).contains("| Q3 | - |");
  }
}
