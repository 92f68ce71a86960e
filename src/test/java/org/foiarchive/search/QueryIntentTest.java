package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a query's wording is read: as a question about a rule or not. */
class QueryIntentTest {
  private static final QueryFrontEnd FRONT_END = new QueryFrontEnd();

  private static boolean asksAboutARule(String typed) {
    return QueryIntent.asksAQuestion(typed, FRONT_END.parse(typed), true);
  }

  @Test
  void aQuestionAboutARuleHasAModalWord() {
    assertThat(asksAboutARule("can they make me look for work")).isTrue();
    assertThat(asksAboutARule("will they make me look for work")).isFalse();
    assertThat(asksAboutARule("is the letter actually binding")).isFalse();
  }

  @Test
  void makingSomethingElseIsNotADuty() {
    assertThat(asksAboutARule("did they make sanctions tougher in 2012")).isFalse();
    assertThat(asksAboutARule("my right to see my data")).isFalse();
  }
}
