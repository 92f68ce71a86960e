package org.foiarchive.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WelfareGlossaryTest {
  private final WelfareGlossary glossary = WelfareGlossary.load();

  @Test
  void theAbbreviationsClaimantsAndAdvisersTypeAreExpanded() {
    for (String term :
        List.of(
            "HB",
            "CTR",
            "ESA",
            "WRAG",
            "UC",
            "PIP",
            "JSA",
            "LCWRA",
            "LCW",
            "MR",
            "SSCS",
            "WCA",
            "DLA",
            "JCP",
            "UJ",
            "JD",
            "WP",
            "WHP",
            "CC",
            "DMG",
            "ADM",
            "IAD",
            "PECR",
            "SAR",
            "mandatory reconsideration",
            "claimant commitment",
            "work search",
            "sanction",
            "hardship payment",
            "work capability assessment")) {
      assertThat(glossary.lookUp(term)).as(term).isPresent();
    }
    assertThat(glossary.lookUp("hb").orElseThrow().expansions())
        .first()
        .isEqualTo("Housing Benefit");
    assertThat(glossary.lookUp("WRAG").orElseThrow().expansions())
        .contains("Work-Related Activity Group");
    assertThat(glossary.lookUp("HB").orElseThrow().kind())
        .isEqualTo(WelfareGlossary.Kind.ABBREVIATION);
    // "Mr" is a title: MR stands for mandatory reconsideration only when typed in capitals.
    WelfareGlossary.Kind mr = glossary.lookUp("MR").orElseThrow().kind();
    assertThat(mr).isEqualTo(WelfareGlossary.Kind.CAPITALISED_ABBREVIATION);
    assertThat(mr.isAbbreviation()).isTrue();
    assertThat(WelfareGlossary.Kind.PHRASE.isAbbreviation()).isFalse();
  }

  @Test
  void theAppealsBodiesAndBenefitsOfficialsNameAreExpanded() {
    // Issue 14: the standard abbreviations of the benefits and appeals system, beyond those first
    // gathered from claimants' and advisers' pages.
    assertThat(glossary.lookUp("FTT").orElseThrow().expansions())
        .first()
        .isEqualTo("First-tier Tribunal");
    assertThat(glossary.lookUp("UT").orElseThrow().expansions())
        .first()
        .isEqualTo("Upper Tribunal");
    assertThat(glossary.lookUp("SSAC").orElseThrow().expansions())
        .first()
        .isEqualTo("Social Security Advisory Committee");
    for (String term :
        List.of("HMCTS", "HCP", "FOIA", "GDPR", "NINO", "HMRC", "WTC", "APA", "SSP")) {
      assertThat(glossary.lookUp(term)).as(term).isPresent();
    }
    // "is", "pc" and "ma" are everyday words: these stand for benefits only in capitals.
    for (String term : List.of("IS", "PC", "MA")) {
      assertThat(glossary.lookUp(term).orElseThrow().kind())
          .as(term)
          .isEqualTo(WelfareGlossary.Kind.CAPITALISED_ABBREVIATION);
    }
  }

  @Test
  void everyEntrySaysWhichPublicPageItCameFrom() {
    assertThat(glossary.entries())
        .hasSizeGreaterThanOrEqualTo(40)
        .allSatisfy(
            entry -> {
              assertThat(entry.source().getScheme()).as(entry.term()).isIn("http", "https");
              assertThat(entry.source().getHost()).as(entry.term()).isNotBlank();
            });
  }

  @Test
  void aMalformedLineIsAnErrorNamingIt() {
    String header = "term\tkind\texpansions\tsource\n";
    assertThatThrownBy(
            () -> WelfareGlossary.parse(header + "HB\tabbreviation\tHousing Benefit\n", "g.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("g.tsv line 2");
    assertThatThrownBy(
            () ->
                WelfareGlossary.parse(
                    header + "HB\tacronym\tHousing Benefit\thttps://a.example/\n", "g.tsv"))
        .hasMessageContaining("line 2");
    assertThatThrownBy(
            () ->
                WelfareGlossary.parse(
                    header + "HB\tabbreviation\tHousing Benefit\tfile:/etc/x\n", "g.tsv"))
        .hasMessageContaining("web address");
    assertThatThrownBy(
            () ->
                WelfareGlossary.parse(
                    header
                        + "# a comment\nHB\tabbreviation\tHousing Benefit\thttps://a.example/\n"
                        + "hb\tabbreviation\tHousing Benefit\thttps://a.example/\n",
                    "g.tsv"))
        .hasMessageContaining("line 4")
        .hasMessageContaining("already");
  }
}
