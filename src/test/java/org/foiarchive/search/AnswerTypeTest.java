package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kind of value a question asks for, and whether a passage states one, from grammar alone. */
class AnswerTypeTest {
  @Test
  void questionWordsSayWhatKindOfValueIsAsked() {
    assertThat(AnswerType.askedBy("how many hours must I search")).isEqualTo(AnswerType.NUMBER);
    assertThat(AnswerType.askedBy("How much can they take off my UC?"))
        .isEqualTo(AnswerType.NUMBER);
    assertThat(AnswerType.askedBy("how long can a sanction last")).isEqualTo(AnswerType.DURATION);
    assertThat(AnswerType.askedBy("when did the new regime start")).isEqualTo(AnswerType.DATE);
    assertThat(AnswerType.askedBy("PIP review - when will they decide")).isEqualTo(AnswerType.DATE);
    assertThat(AnswerType.askedBy("what date does the rule apply from")).isEqualTo(AnswerType.DATE);
  }

  @Test
  void aQuestionThatAsksForNoValueAsksForNone() {
    assertThat(AnswerType.askedBy("what happens when i miss an appointment"))
        .isEqualTo(AnswerType.NONE);
    assertThat(AnswerType.askedBy("can they sanction me")).isEqualTo(AnswerType.NONE);
    assertThat(AnswerType.askedBy(null)).isEqualTo(AnswerType.NONE);
  }

  @Test
  void aPassageStatesAValueOfTheKindAskedOtherThanOneTyped() {
    assertThat(AnswerType.NUMBER.statedIn("The default is 35 hours a week.", "how many hours"))
        .isTrue();
    assertThat(AnswerType.NUMBER.statedIn("How much time you spend searching.", "how many hours"))
        .isFalse();
    assertThat(AnswerType.DURATION.statedIn("A sanction can last three months.", "how long"))
        .isTrue();
    assertThat(AnswerType.DURATION.statedIn("It lasts until you comply.", "how long")).isFalse();
    assertThat(AnswerType.DATE.statedIn("The rules came into force on 22 October 2012.", "when"))
        .isTrue();
    assertThat(
            AnswerType.DATE.statedIn(
                "Section 16 of the Welfare Reform Act 2012 applies.",
                "when did the 2012 sanctions start, when did they end"))
        .as("only the year typed")
        .isFalse();
    assertThat(AnswerType.DATE.statedIn("The claimant may appeal.", "when")).isFalse();
    assertThat(AnswerType.NONE.statedIn("35 hours on 1 May 2020", "anything")).isFalse();
  }
}
