package org.foiarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.foiarchive.bench.FittedKnob;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench fit} as a user runs it: the report it prints and its answers to bad usage. */
class BenchFitIT {
  static final String DEV_SET = Path.of("..", "shared", "eval", "dev-queries.tsv").toString();
  static final String DEV_SET_2 = Path.of("..", "shared", "eval", "dev-queries-2.tsv").toString();
  static final String SPLIT = Path.of("src", "test", "resources", "eval", "split.tsv").toString();

  @Test
  void printsThePathEveryKnobBeforeAndAfterAndEachSetScoredWithoutItsOwnFit() {
    String index = TestArchive.index().toString();
    CommandLineIT.Run run =
        CommandLineIT.run(
            "bench",
            "fit",
            "--split",
            SPLIT,
            "--index",
            index,
            "--queries",
            DEV_SET,
            "--index",
            index,
            "--queries",
            DEV_SET_2,
            "--knobs",
            "sameDocumentDecay",
            "--passes",
            "1");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("path (changes kept, in order):", "knob", "start", "fitted");
    for (FittedKnob knob : FittedKnob.values()) {
      assertThat(run.out()).containsPattern("(?m)^" + knob.knob() + " +[0-9.]+ +[0-9.]+");
    }
    assertThat(run.out())
        .containsPattern("(?m)^  dev-queries +MRR@10 0\\.\\d{3} -> 0\\.\\d{3}")
        .containsPattern("(?m)^  dev-queries-2 +MRR@10 0\\.\\d{3} -> 0\\.\\d{3}")
        .contains("dev-queries (left out of its fit)", "dev-queries-2 (left out of its fit)")
        .containsPattern(
            "(?m)^    fitted without it: (no change|sameDocumentDecay 0.95 -> [0-9.]+)$")
        .containsPattern("fitted: MRR@10=0\\.\\d{3} Recall@10=0\\.\\d{3} on 28 tuning rows\\n$");
    assertThat(run.err()).contains("pass 1 done", "fitting without dev-queries");
  }

  @Test
  void badUsageIsOneLineAndStatusTwo(@TempDir Path work) {
    String index = TestArchive.index().toString();
    String[][] mistakes = {
      {"bench", "fit", "--split", SPLIT, "--index", index, "--queries", DEV_SET, "--knobs", "k2"},
      {"bench", "fit", "--split", SPLIT, "--index", index, "--queries", DEV_SET, "--passes", "0"},
      {"bench", "fit", "--split", SPLIT, "--index", index, "--queries", "missing.tsv"},
      {"bench", "fit", "--index", index, "--queries", DEV_SET},
      {"bench", "fit", "--split", SPLIT, "--queries", DEV_SET},
    };
    for (String[] args : mistakes) {
      CommandLineIT.Run run = CommandLineIT.run(args);
      assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
      assertThat(run.err()).doesNotContain("\tat ");
    }
    CommandLineIT.Run unknownKnob = CommandLineIT.run(mistakes[0]);
    assertThat(unknownKnob.err()).contains("'k2' is not a knob the fit moves", "sameDocumentDecay");

    CommandLineIT.Run noIndex =
        CommandLineIT.run(
            "bench",
            "fit",
            "--split",
            SPLIT,
            "--index",
            work.resolve("none").toString(),
            "--queries",
            DEV_SET);
    assertThat(noIndex.status()).isEqualTo(1);
    assertThat(noIndex.err()).contains("no index in").doesNotContain("\tat ");
  }
}
