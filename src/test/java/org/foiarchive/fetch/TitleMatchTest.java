package org.foiarchive.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleMatchTest {
  @Test
  void everyWordMustStartAWordOfTheTitleIgnoringCaseAndApostrophes() {
    TitleMatch match = TitleMatch.of("jobseeker direction");
    assertThat(match.matches("Jobseeker's Directions and Universal Jobmatch")).isTrue();
    assertThat(match.matches("Jobseekers Direction")).isTrue();
    assertThat(match.matches("Directions to the Jobcentre")).isFalse();
    assertThat(match.matches("Rejobseeker direction")).isFalse();
  }

  @Test
  void accentsAndPunctuationDoNotStopAMatch() {
    assertThat(TitleMatch.of("universal jobmatch").matches("“Universal Jobmatch” – cookies"))
        .isTrue();
    assertThat(TitleMatch.of("cafe").matches("Café work placements")).isTrue();
  }

  @Test
  void noWordsMatchEveryTitle() {
    assertThat(TitleMatch.of(null).matches("Anything")).isTrue();
    assertThat(TitleMatch.of("  ").matches(null)).isTrue();
  }
}
