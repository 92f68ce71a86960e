package org.foiarchive.passage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The role of passages written for this test in the registers the archive holds (guidance pages,
 * advice leaflets, replies): what frames a page and what states something of its own.
 */
class RoleTest {
  private static final String TITLE = "Council Tax Reduction for people on a low income";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          This guide explains who can get help with council tax and how to apply. | 7
          In this chapter we look at how the council works out your award. | 9
          Our short leaflet sets out what to do if you move home. | 12
          For more information about discounts, contact your local council. | 14
          Introduction Councils run their own schemes, so the rules differ from place to place. | 20
          Council Tax Reduction for people on a low income The council can lower your bill. | 1
          Council Tax Reduction is a discount on your bill paid by your local council. | 2
          """)
  void aPassageThatFramesItsPageIsFraming(String text, int ordinal) {
    assertThat(Role.of(text, ordinal, TITLE)).isEqualTo(Role.FRAMING);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          You can ask the council to backdate your claim by up to six months if you had a good reason for claiming late. | 8
          The council must tell you its decision in writing within fourteen days. | 2
          Savings above £16,000 mean you cannot get Council Tax Reduction. | 3
          The claimant was a lone parent working sixteen hours a week. | 11
          '' | 1
          """)
  void aPassageThatStatesARuleOrAFactIsAStatement(String text, int ordinal) {
    assertThat(Role.of(text, ordinal, TITLE)).isEqualTo(Role.STATEMENT);
  }

  @Test
  void aDefinitionOfThePagesSubjectFramesOnlyWhereThePageOpens() {
    String definition = "Council Tax Reduction is a discount on your bill paid by the council.";
    assertThat(Role.of(definition, 2, TITLE)).isEqualTo(Role.FRAMING);
    assertThat(Role.of(definition, Role.OPENING_PASSAGES + 1, TITLE))
        .as("further on it answers 'what is...'")
        .isEqualTo(Role.STATEMENT);
    assertThat(Role.of("A bedroom is a room used for sleeping.", 2, TITLE))
        .as("a definition of something the page is not about")
        .isEqualTo(Role.STATEMENT);
  }

  @Test
  void theTitleRestatedCountsOnlyAmongAsManyOpeningWordsAsTheTitleHasAndTwoMore() {
    String title = "Universal Jobmatch cookies";
    // Three title words: its subject words must all be among the first five words, repeats counted.
    assertThat(Role.of("Cookies, cookies, cookies: Universal Jobmatch asks for them.", 9, title))
        .isEqualTo(Role.FRAMING);
    assertThat(
            Role.of("Cookies cookies cookies cookies Universal Jobmatch asks for them.", 9, title))
        .isEqualTo(Role.STATEMENT);
    assertThat(Role.of("Universal Jobmatch", 9, title)).isEqualTo(Role.STATEMENT);
    assertThat(Role.of("universal jobmatch cookies", 9, title)).isEqualTo(Role.FRAMING);
  }

  @Test
  void theIndexCodeReadsBackAsTheSameRole() {
    for (Role role : Role.values()) {
      assertThat(Role.ofCode(role.code())).isEqualTo(role);
    }
    assertThat(Role.ofCode(99)).isEqualTo(Role.STATEMENT);
  }

  @Test
  void aHeadingOfTheSplitTextHasTheHeadingRole() {
    Location heading = new Location(null, null, null, null, "", Segment.Kind.HEADING);
    Passage passage =
        new Passage("d-p1", "d", 1, "Bilby Allowance Appeals", heading, null, null, null, false);
    assertThat(Role.of(passage, "Bilby Allowance")).isEqualTo(Role.HEADING);
    Passage body =
        new Passage(
            "d-p2",
            "d",
            2,
            "You have a month to ask for a bilby decision to be looked at again.",
            new Location(null, null, null, "Bilby Allowance Appeals", "Bilby Allowance Appeals"),
            null,
            null,
            null,
            false);
    assertThat(Role.of(body, "Bilby Allowance")).isEqualTo(Role.STATEMENT);
  }
}
