package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a query's wording is read: as a question about a rule or not. */
class QueryIntentTest {
  private static final QueryFrontEnd FRONT_END = new QueryFrontEnd();

  private static boolean asksAboutARule(String typed, boolean dutyFraming) {
    return QueryIntent.asksAQuestion(typed, FRONT_END.parse(typed), true, dutyFraming);
  }

  @Test
  void aCausativeAsksAboutADuty() {
    assertThat(asksAboutARule("will they make me look for work", true)).isTrue();
    assertThat(asksAboutARule("will they make me look for work", false)).isFalse();
    assertThat(asksAboutARule("does the work programme force us to use their site", true)).isTrue();
  }

  @Test
  void aDutyAskedWithoutAModalIsAQuestion() {
    assertThat(asksAboutARule("where am i meant to do my job search", true)).isTrue();
    assertThat(asksAboutARule("the same adviser did the review, is that right", true)).isTrue();
    assertThat(asksAboutARule("is the letter actually binding", true)).isTrue();
    assertThat(asksAboutARule("is the letter actually binding", false)).isFalse();
  }

  @Test
  void makingSomethingElseIsNotADuty() {
    assertThat(asksAboutARule("did they make sanctions tougher in 2012", true)).isFalse();
    assertThat(asksAboutARule("my right to see my data", true)).isFalse();
  }

  @Test
  void causativeMakeIsNotASubjectWord() {
    assertThat(
            QuestionWords.subjectWords(
                List.of("can", "they", "make", "me", "sign", "up"), run -> false, true))
        .containsExactly("sign", "up");
    assertThat(
            QuestionWords.subjectWords(
                List.of("can", "they", "force", "me", "to", "sign"), run -> false, true))
        .as("force names the duty; related words bring in require and mandatory for it")
        .containsExactly("force", "sign");
    assertThat(QuestionWords.subjectWords(List.of("make", "a", "complaint"), run -> false, true))
        .containsExactly("make", "complaint");
  }
}
