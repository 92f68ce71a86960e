package org.foiarchive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The line {@code bench compare --pairs} prints: each pair's ratio, then their medians. */
class PairedRatiosTest {
  @Test
  void anOddNumberOfPairsGivesTheMiddleRatioOfEachColumn() {
    String line =
        EngineComparison.pairsLine(
            List.of(new double[] {1.9, 2.4}, new double[] {1.4, 1.7}, new double[] {1.6, 3.0}),
            "1.00",
            "1.50");

    assertThat(line)
        .isEqualTo(
            "pairs: foiarchive's CPU over Lucene + UnifiedHighlighter's, p50 / p99, 3 pairs each"
                + " asked back to back in fresh JVMs: 1.90× / 2.40×, 1.40× / 1.70×, 1.60× / 3.00×;"
                + " median 1.60× / 2.40×; load average 1.00 before, 1.50 after"
                + System.lineSeparator());
  }

  @Test
  void anEvenNumberOfPairsGivesTheMeanOfTheMiddleTwo() {
    String line =
        EngineComparison.pairsLine(
            List.of(
                new double[] {1.2, 2.0},
                new double[] {1.8, 1.0},
                new double[] {1.4, 4.0},
                new double[] {1.6, 3.0}),
            "unknown",
            "unknown");

    assertThat(line).contains("; median 1.50× / 2.50×;");
  }
}
