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
