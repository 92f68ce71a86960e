package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.foiarchive.index.ArchiveDates;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The query language of DESIGN.md run against the real seed corpus, the way people type it. */
class QuerySyntaxIT {
  private static final String FOI_2437_REPLY = "work-programme-first-jobcentre-appointment";
  private static LuceneArchiveSearcher searcher;

  @BeforeAll
  static void open() throws Exception {
    searcher = TestArchive.searcher();
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  private static SearchResults search(String query) {
    return searcher.search(SearchRequest.of(query, 50));
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  @ParameterizedTest
  @ValueSource(strings = {"ref:\"FOI 2437\"", "ref:\"VTR 2437\"", "ref:foi2437"})
  void aReferenceFilterFindsOnlyTheReplyCarryingIt(String query) {
    SearchResults results = search(query);
    assertThat(results.total()).isPositive();
    assertThat(results.hits())
        .allSatisfy(
            hit -> {
              assertThat(hit.docId()).isEqualTo(FOI_2437_REPLY);
              assertThat(hit.references()).contains("FOI 2437");
            });
  }

  @Test
  void aReferenceTypedAsWordsPutsItsReplyFirst() {
    for (String query : List.of("FOI 2437", "VTR 2437", "is registration mandatory FOI 2437")) {
      assertThat(search(query).hits().getFirst().docId()).as(query).isEqualTo(FOI_2437_REPLY);
    }
  }

  @Test
  void anActFindsItsSectionsAndASectionFindsThePassageCitingIt() {
    assertThat(search("ref:\"Jobseekers Act 1995\"").hits())
        .anySatisfy(
            hit -> assertThat(hit.text()).contains("section 19A(2)(c) of the Jobseekers Act"));
    assertThat(search("section 19A Jobseekers Act").hits().getFirst().text())
        .contains("section 19A");
  }

  @Test
  void aDmgParagraphNumberFindsTheParagraph() {
    assertThat(search("DMG 21594").hits().getFirst().text())
        .startsWith("21594 If the DM has reason to doubt");
  }

  @Test
  void phrasesMatchTheWordsAsPrintedNotTheirStems() {
    SearchResults results = search("\"creating a profile\"");
    assertThat(results.hits())
        .isNotEmpty()
        .allSatisfy(hit -> assertThat(lower(hit.text())).contains("creating a profile"));
    assertThat(search("\"create a profile\"").hits())
        .allSatisfy(hit -> assertThat(lower(hit.text())).contains("create a profile"));
  }

  @Test
  void aMinusLeavesOutPassagesWithTheWord() {
    assertThat(search("cookies").hits())
        .anySatisfy(hit -> assertThat(lower(hit.text())).contains("monster"));
    assertThat(search("cookies -monster").hits())
        .isNotEmpty()
        .noneSatisfy(hit -> assertThat(lower(hit.text())).contains("monster"));
  }

  @Test
  void orFindsEitherWord() {
    SearchResults results = search("myworksearch OR avanta");
    assertThat(results.hits())
        .isNotEmpty()
        .allSatisfy(
            hit ->
                assertThat(lower(hit.text()))
                    .matches(
                        t -> t.contains("myworksearch") || t.contains("avanta"),
                        "mentions myworksearch or avanta"));
    assertThat(results.hits())
        .anySatisfy(hit -> assertThat(lower(hit.text())).contains("myworksearch"));
    assertThat(results.hits()).anySatisfy(hit -> assertThat(lower(hit.text())).contains("avanta"));
  }

  @Test
  void fieldFiltersNarrowTheResults() {
    assertThat(search("topic:cookies consent").hits())
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.topics()).contains("cookies"));
    assertThat(search("kind:forum cookies").hits())
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.kind().id()).isEqualTo("forum"));
    assertThat(search("voice:requester consent").hits())
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.voice().id()).isEqualTo("requester"));
    assertThat(search("publisher:dwp universal jobmatch").hits())
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.publisher()).isEqualTo("Department for Work and Pensions"));
  }

  @Test
  void datesBoundTheResults() {
    assertThat(search("cookies after:2017").hits())
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.date().toString()).isGreaterThanOrEqualTo("2017"));
    assertThat(search("cookies before:2013-06").hits())
        .isNotEmpty()
        .allSatisfy(
            h ->
                assertThat(ArchiveDates.parse(h.date().toString()))
                    .isBefore(LocalDate.of(2013, 6, 1)));
    assertThat(search("cookies after:someday").notices()).anyMatch(n -> n.contains("someday"));
  }

  @Test
  void aKindOrVoiceThatIsNoneOfOursFindsNothingButAddsToOneThatIs() {
    assertThat(search("kind:forum cookies").hits()).isNotEmpty();
    assertThat(search("kind:blog cookies").hits()).isEmpty();
    assertThat(search("voice:nobody consent").hits()).isEmpty();
    SearchRequest withForum =
        SearchRequest.builder("kind:blog cookies").kinds(List.of("forum")).limit(50).build();
    assertThat(searcher.search(withForum).hits())
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.kind().id()).isEqualTo("forum"));
  }

  @Test
  void aTypedDateThatIsNoDateLeavesTheChosenDatesToBoundTheResults() {
    SearchRequest request =
        SearchRequest.builder("cookies after:someday").from("2017").limit(50).build();
    SearchResults results = searcher.search(request);
    assertThat(results.notices())
        .contains(
            "The date in after:someday was not understood; write it as 2013, 2013-06 or"
                + " 2013-06-12.");
    assertThat(results.hits())
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.date().toString()).isGreaterThanOrEqualTo("2017"));
  }

  @Test
  void aChosenDateThatIsNoDateIsSaidAsSuch() {
    SearchRequest request = SearchRequest.builder("cookies").from("someday").limit(50).build();
    assertThat(searcher.search(request).notices())
        .containsExactly(
            "The date 'someday' was not understood; write it as 2013, 2013-06 or 2013-06-12.");
  }

  @Test
  void acronymsFindTheirExpansions() {
    assertThat(search("UJ").hits())
        .anySatisfy(h -> assertThat(h.text()).contains("Universal Jobmatch").doesNotContain("UJ"));
    assertThat(search("universal jobmatch").hits())
        .anySatisfy(h -> assertThat(h.text()).contains("UJ").doesNotContain("Universal Jobmatch"));
    assertThat(search("IAD cookies").hits()).anySatisfy(h -> assertThat(h.text()).contains("IAD"));
  }

  @Test
  void aMisspelledWordIsAlsoSearchedAsTheArchiveSpellsIt() {
    SearchResults results = search("bogus emplyers");
    assertThat(results.hits().getFirst().text()).contains("bogus employers");
    assertThat(results.notices()).anyMatch(n -> n.contains("employers"));
  }

  @Test
  void whenNothingIsFoundTheArchiveSuggestsASpelling() {
    SearchResults results = search("\"bogus emplyers\"");
    assertThat(results.total()).isZero();
    assertThat(results.suggestion()).isEqualTo("\"bogus employers\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "OR OR AND NOT",
        "\"",
        "- - -",
        "::::",
        "\u0000\u0001",
        "((((",
        "title:[ TO ]",
        "*",
        "ref:\"\"",
        "after:9999-99-99 before:-1",
        "topic:no-such-topic cookies",
        "\"unclosed ( AND title:["
      })
  void hostileOrEmptyQueriesAnswerWithoutError(String query) {
    SearchResults results = search(query);
    assertThat(results).isNotNull();
    assertThat(results.hits()).hasSizeLessThanOrEqualTo(50);
    // Answered as the front end read it, not by the fallback that searches the bare words.
    assertThat(results.notices()).noneMatch(n -> n.contains("could not be run"));
    assertThat(results.total()).isGreaterThanOrEqualTo(results.hits().size());
  }

  @Test
  void aVeryLongQueryAnswersWithANotice() {
    SearchResults results = search("universal jobmatch cookies consent sanction ".repeat(100));
    assertThat(results.total()).isPositive();
    assertThat(results.notices())
        .isNotEmpty()
        .contains(
            "Your query was cut to its first " + QueryFrontEnd.MAX_QUERY_CHARS + " characters.");
  }

  @Test
  void aHugeOrListAnswersWithANotice() {
    StringBuilder query = new StringBuilder("cookies");
    for (int i = 0; i < 300; i++) {
      query.append(" OR word").append(i).append("*");
    }
    SearchResults results = search(query.toString());
    assertThat(results.total()).isPositive();
    assertThat(results.notices())
        .isNotEmpty()
        .contains("Only the first " + QueryFrontEnd.MAX_TERMS + " terms of your query were used.")
        .noneMatch(n -> n.contains("could not be run"));
  }

  @Test
  void longThreadsDoNotFillTheFirstPage() {
    List<SearchHit> top = searcher.search(SearchRequest.of("cookies consent", 10)).hits();
    assertThat(top.stream().map(SearchHit::docId).distinct().count()).isGreaterThanOrEqualTo(3);
    assertThat(top.stream().map(SearchHit::text).distinct().count()).isEqualTo(top.size());
  }
}
