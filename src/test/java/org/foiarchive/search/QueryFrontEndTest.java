package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.foiarchive.search.ParsedQuery.Item;
import org.foiarchive.search.ParsedQuery.Item.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The query language of DESIGN.md as people type it, including what they type by mistake or in
 * malice.
 */
class QueryFrontEndTest {
  private final QueryFrontEnd frontEnd = new QueryFrontEnd();

  @Test
  void plainWordsAreRankedAndNoneIsRequired() {
    ParsedQuery q = frontEnd.parse("universal jobmatch consent");
    assertThat(q.words()).containsExactly("universal", "jobmatch", "consent");
    assertThat(q.groups()).isEmpty();
    assertThat(q.notices()).isEmpty();
  }

  @Test
  void aQuotedPhraseIsRequiredAsAPhrase() {
    ParsedQuery q = frontEnd.parse("\"public CV\" mandate");
    assertThat(q.groups()).containsExactly(List.of(new Item(Type.PHRASE, "public CV")));
    assertThat(q.words()).containsExactly("mandate");
  }

  @Test
  void curlyQuotesWorkLikeStraightOnes() {
    assertThat(frontEnd.parse("“bogus employers”").groups())
        .containsExactly(List.of(new Item(Type.PHRASE, "bogus employers")));
  }

  @Test
  void aMinusOrNotExcludes() {
    ParsedQuery q = frontEnd.parse("cookies -monster NOT \"work programme\"");
    assertThat(q.words()).containsExactly("cookies");
    assertThat(q.excluded())
        .containsExactly(new Item(Type.WORD, "monster"), new Item(Type.PHRASE, "work programme"));
  }

  @Test
  void aHyphenInsideAWordIsNotAnExclusion() {
    assertThat(frontEnd.parse("in-house search engines").excluded()).isEmpty();
  }

  @Test
  void orMakesOneOfItsSidesRequired() {
    ParsedQuery q = frontEnd.parse("myworksearch OR avanta OR \"my work search\" cookies");
    assertThat(q.groups())
        .containsExactly(
            List.of(
                new Item(Type.WORD, "myworksearch"),
                new Item(Type.WORD, "avanta"),
                new Item(Type.PHRASE, "my work search")));
    assertThat(q.words()).containsExactly("cookies");
  }

  @Test
  void filtersAreReadWithQuotedValues() {
    ParsedQuery q =
        frontEnd.parse(
            "topic:cookies kind:guidance publisher:ico voice:official ref:\"FOI 2437\" "
                + "after:2013-01-01 before:2015 access");
    assertThat(q.filters())
        .isEqualTo(
            Map.of(
                "topic",
                List.of("cookies"),
                "kind",
                List.of("guidance"),
                "publisher",
                List.of("ico"),
                "voice",
                List.of("official"),
                "ref",
                List.of("FOI 2437"),
                "after",
                List.of("2013-01-01"),
                "before",
                List.of("2015")));
    assertThat(q.words()).containsExactly("access");
  }

  @Test
  void filterNamesIgnoreCase() {
    assertThat(frontEnd.parse("TOPIC:consent").filters())
        .containsEntry("topic", List.of("consent"));
  }

  @Test
  void anUnknownFieldIsReadAsWords() {
    ParsedQuery q = frontEnd.parse("title:jobmatch");
    assertThat(q.words()).containsExactly("title", "jobmatch");
    assertThat(q.filters()).isEmpty();
  }

  @Test
  void aTrailingStarSearchesAPrefix() {
    assertThat(frontEnd.parse("mandat*").groups())
        .containsExactly(List.of(new Item(Type.PREFIX, "mandat")));
  }

  @Test
  void otherEnginesSyntaxIsReadAsSpacesWithANotice() {
    ParsedQuery q = frontEnd.parse("(cookies AND consent) title:[x TO y]^2 ~3 {a} <b>");
    assertThat(q.words()).contains("cookies", "consent");
    assertThat(q.notices()).anyMatch(n -> n.contains("read as spaces"));
  }

  @Test
  void anUnclosedQuoteFallsBackToWordsWithANotice() {
    ParsedQuery q = frontEnd.parse("\"bogus employers universal");
    assertThat(q.words()).containsExactly("bogus", "employers", "universal");
    assertThat(q.groups()).isEmpty();
    assertThat(q.notices()).anyMatch(n -> n.contains("quotation mark"));
  }

  @Test
  void aVeryLongQueryIsCutWithANotice() {
    ParsedQuery q = frontEnd.parse("cookies ".repeat(2000));
    assertThat(q.words().size()).isLessThanOrEqualTo(QueryFrontEnd.MAX_TERMS);
    assertThat(q.notices()).anyMatch(n -> n.contains("cut"));
  }

  @Test
  void aHugeOrListIsBoundedWithANotice() {
    StringBuilder query = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      query.append(i == 0 ? "" : " OR ").append("w").append(i);
    }
    ParsedQuery q = frontEnd.parse(query.toString());
    int terms = q.words().size() + q.groups().stream().mapToInt(List::size).sum();
    assertThat(terms).isLessThanOrEqualTo(QueryFrontEnd.MAX_TERMS);
    assertThat(q.notices()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "OR",
        "OR OR AND NOT",
        "-",
        "- - -",
        "\"\"",
        "\"",
        "***",
        ":",
        "::::",
        "-\"\"",
        "+",
        "AND OR",
        "ref:\"",
        "«»",
        "\u0000\u0001\u0002",
        "|| && ; ` ^ ~"
      })
  void operatorsOrPunctuationAloneGiveAnEmptyQueryNotAnError(String input) {
    ParsedQuery q = frontEnd.parse(input);
    assertThat(q.hasSearchTerms()).isFalse();
  }

  @Test
  void aFilterNameWithNothingAfterItIsAWord() {
    assertThat(frontEnd.parse("topic:").words()).containsExactly("topic");
    assertThat(frontEnd.parse("topic:").filters()).isEmpty();
  }

  @Test
  void controlCharactersAreRemoved() {
    ParsedQuery q = frontEnd.parse("cook\u0000ies\u0007 con\u001bsent\r\nsanction");
    assertThat(q.words()).containsExactly("cook", "ies", "con", "sent", "sanction");
  }

  @Test
  void nullIsAnEmptyQuery() {
    assertThat(frontEnd.parse(null).hasSearchTerms()).isFalse();
  }
}
