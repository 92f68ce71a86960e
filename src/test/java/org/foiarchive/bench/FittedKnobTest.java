package org.foiarchive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.foiarchive.search.Ranking;
import org.junit.jupiter.api.Test;

class FittedKnobTest {
  @Test
  void everyKnobOfRankingIsFittedOrDeliberatelyLeftOut() {
    Set<String> knobs = new HashSet<>();
    for (RecordComponent component : Ranking.class.getRecordComponents()) {
      knobs.add(component.getName());
    }
    Set<String> fitted = new HashSet<>();
    Arrays.stream(FittedKnob.values()).forEach(k -> fitted.add(k.knob()));

    assertThat(fitted).doesNotContainAnyElementsOf(FittedKnob.NOT_FITTED);
    Set<String> covered = new HashSet<>(fitted);
    covered.addAll(FittedKnob.NOT_FITTED);
    assertThat(covered).isEqualTo(knobs);
  }

  @Test
  void aGridIsOneThenTwoStepsEitherSideOfTheValueWithinTheKnobsBounds() {
    assertThat(FittedKnob.B.alternatives(Ranking.DEFAULT)).containsExactly(0.2, 0.4, 0.1, 0.5);
    // 0.95 + 0.05 is the most a share can be; a step beyond it is not tried.
    assertThat(FittedKnob.SAME_DOCUMENT_DECAY.alternatives(Ranking.DEFAULT))
        .containsExactly(0.9, 1.0, 0.85);
    Ranking noTitle = Ranking.DEFAULT.toBuilder().titleWeight(0f).build();
    assertThat(FittedKnob.TITLE_WEIGHT.alternatives(noTitle)).containsExactly(0.1, 0.2);
  }

  @Test
  void integerKnobsMoveInWholeSteps() {
    assertThat(FittedKnob.PROXIMITY_SLOP.alternatives(Ranking.DEFAULT))
        .containsExactly(2.0, 4.0, 1.0, 5.0);
    Ranking wider = FittedKnob.PROXIMITY_SLOP.set(Ranking.DEFAULT, 4.0);
    assertThat(wider.proximitySlop()).isEqualTo(4);
  }

  @Test
  void settingAKnobChangesThatKnobAloneByItsName() {
    Ranking fitted = FittedKnob.K1.set(Ranking.DEFAULT, 0.9);
    assertThat(fitted).isEqualTo(Ranking.DEFAULT.toBuilder().k1(0.9f).build());
    assertThat(FittedKnob.K1.valueIn(fitted)).isEqualTo(0.9);
    for (FittedKnob other : List.of(FittedKnob.B, FittedKnob.RULE_WEIGHT)) {
      assertThat(other.valueIn(fitted)).isEqualTo(other.valueIn(Ranking.DEFAULT));
    }
  }

  @Test
  void knobsAreFoundByTheirNamesInRanking() {
    assertThat(FittedKnob.byName("sameDocumentDecay")).contains(FittedKnob.SAME_DOCUMENT_DECAY);
    assertThat(FittedKnob.byName("rerankDepth")).isEmpty();
    assertThat(FittedKnob.byName("nonsense")).isEmpty();
  }
}
