package org.foiarchive.passage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kinds of value a passage states, as ingest records them. */
class StatedValueTest {
  @Test
  void aPassageStatesEachKindItsTextHolds() {
    long hours = StatedValue.codeOf("The default is 35 hours a week.");
    assertThat(StatedValue.NUMBER.in(hours)).isTrue();
    assertThat(StatedValue.DURATION.in(hours)).isTrue();
    assertThat(StatedValue.DATE.in(hours)).isFalse();

    long date = StatedValue.codeOf("The rules came into force on 22 October 2012.");
    assertThat(StatedValue.DATE.in(date)).isTrue();
    assertThat(StatedValue.NUMBER.in(date)).isTrue();
    assertThat(StatedValue.DURATION.in(date)).isFalse();

    assertThat(StatedValue.DURATION.in(StatedValue.codeOf("A sanction can last Three Months.")))
        .as("read in lower case")
        .isTrue();
    assertThat(StatedValue.codeOf("How much time you spend searching.")).isZero();
    assertThat(StatedValue.codeOf(null)).isZero();
  }

  @Test
  void aWordThatHoldsADigitOrSpellsANumberCouldBePartOfAValue() {
    assertThat(StatedValue.couldBePartOfAValue("2012")).isTrue();
    assertThat(StatedValue.couldBePartOfAValue("12th")).isTrue();
    assertThat(StatedValue.couldBePartOfAValue("twelve")).isTrue();
    assertThat(StatedValue.couldBePartOfAValue("few")).as("of 'a few'").isTrue();
    assertThat(StatedValue.couldBePartOfAValue("a")).as("in nearly every question").isFalse();
    assertThat(StatedValue.couldBePartOfAValue("hours")).isFalse();
    assertThat(StatedValue.couldBePartOfAValue("may")).isFalse();
  }
}
