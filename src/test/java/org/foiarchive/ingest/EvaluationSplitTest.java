package org.foiarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.foiarchive.ingest.EvaluationSplit.Half;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationSplitTest {
  @TempDir Path dir;

  @Test
  void eachQueryIsInTheHalfTheSplitNames() throws IOException {
    Path tsv =
        Files.writeString(
            dir.resolve("split.tsv"), "id\thalf\tfile\nQ1\tfrozen\ta.tsv\nQ2\ttuning\ta.tsv\n");
    EvaluationSplit split = EvaluationSplit.read(tsv);
    assertThat(split.halfOf("Q1")).contains(Half.FROZEN);
    assertThat(split.halfOf("Q2")).contains(Half.TUNING);
    assertThat(split.halfOf("Q3")).isEmpty();
  }

  @Test
  void aLineWithoutAHalfIsAnErrorNamingTheLine() throws IOException {
    Path tsv = Files.writeString(dir.resolve("split.tsv"), "id\thalf\nQ1\tmaybe\n");
    assertThatThrownBy(() -> EvaluationSplit.read(tsv))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Q1\tmaybe");
  }

  @Test
  void scoresArePerCategoryWhenTheSetHasACategoryColumn() throws IOException {
    Path set =
        Files.writeString(
            dir.resolve("set.tsv"),
            "id\tquery\tseed_file\tquote\tcategory\nA\tq a\ts\tquote a\tparaphrase\nB\tq b\ts\tquote b\ttrap\n");
    List<RelevanceEvaluation.Case> cases = RelevanceEvaluation.read(set);
    assertThat(cases)
        .extracting(RelevanceEvaluation.Case::category)
        .containsExactly("paraphrase", "trap");
    var score =
        new RelevanceEvaluation.Score(
            List.of(
                new RelevanceEvaluation.Outcome(cases.get(0), 1, "p1", "p1"),
                new RelevanceEvaluation.Outcome(cases.get(1), 0, null, "p9")));
    var byCategory = score.by(o -> o.query().category());
    assertThat(byCategory.keySet()).containsExactly("paraphrase", "trap");
    assertThat(byCategory.get("paraphrase").mrr()).isEqualTo(1.0);
    assertThat(byCategory.get("trap").recall()).isZero();
  }
}
