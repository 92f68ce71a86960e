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

  @Test
  void aMechanismSwitchedOffSetsItsKnobsToDoNothingAndLeavesTheRest() {
    Ranking without =
        Ranking.DEFAULT.without(
            java.util.List.of(RankingMechanism.GLOSSARY, RankingMechanism.RULE_STATEMENTS));
    assertThat(without.glossaryWeight()).isZero();
    assertThat(without.ruleWeight()).isEqualTo(1f);
    assertThat(without.requestWeight()).isEqualTo(1f);
    assertThat(without.relatedWeight()).isEqualTo(Ranking.DEFAULT.relatedWeight());
    assertThat(Ranking.DEFAULT.without(java.util.List.of())).isEqualTo(Ranking.DEFAULT);
  }

  @Test
  void everyMechanismIsFoundByItsNameAndChangesTheRanking() {
    for (RankingMechanism mechanism : RankingMechanism.values()) {
      assertThat(RankingMechanism.byId(mechanism.id().toUpperCase())).contains(mechanism);
      assertThat(Ranking.DEFAULT.without(java.util.List.of(mechanism)))
          .as(mechanism.id())
          .isNotEqualTo(Ranking.DEFAULT);
    }
    assertThat(RankingMechanism.byId("magic")).isEmpty();
  }
}
