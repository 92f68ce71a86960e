package org.foiarchive.ingest;

import java.util.stream.Collectors;

/** A relevance score as a failed floor shows it: the summary, then each question's rank. */
final class ScoreTable {
  private ScoreTable() {}

  static String of(RelevanceEvaluation.Score score) {
    return score.summaryLine()
        + "\n"
        + score.outcomes().stream()
            .map(
                o ->
                    o.query().id()
                        + " rank "
                        + (o.rank() == 0 ? "-" : o.rank())
                        + "  "
                        + o.query().query())
            .collect(Collectors.joining("\n"));
  }
}
