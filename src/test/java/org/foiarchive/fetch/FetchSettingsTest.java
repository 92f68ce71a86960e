package org.foiarchive.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FetchSettingsTest {
  @Test
  void theUserAgentNamesTheArchiveAndHowToReachWhoeverFetches() {
    assertThat(FetchSettings.userAgentFor("mailto:adviser@example.org"))
        .startsWith("foiarchive/")
        .contains("+mailto:adviser@example.org");
  }

  @Test
  void withoutAContactTheUserAgentSaysSoInsteadOfInventingOne() {
    assertThat(FetchSettings.userAgentFor(null))
        .contains("no contact given")
        .doesNotContain("http");
    assertThat(FetchSettings.defaults().userAgent()).isEqualTo(FetchSettings.userAgentFor(" "));
  }
}
