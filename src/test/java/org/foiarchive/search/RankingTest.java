package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The ranking's knobs are set by name, and a tuning experiment changes only the knob it names. */
class RankingTest {
  @Test
  void changingOneKnobByNameKeepsEveryOther() {
    Ranking changed = Ranking.DEFAULT.toBuilder().exactWeight(0.6f).build();
    assertThat(changed.exactWeight()).isEqualTo(0.6f);
    assertThat(changed)
        .usingRecursiveComparison()
        .ignoringFields("exactWeight")
        .isEqualTo(Ranking.DEFAULT);
    assertThat(changed).isNotEqualTo(Ranking.DEFAULT);
  }

  @Test
  void aKnobLeftOutIsNamedInsteadOfDefaultingToZero() {
    assertThatThrownBy(() -> Ranking.builder().k1(1.2f).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'b'");
  }
}
