package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Queries built to be expensive (thousands of OR terms, wildcards everywhere, pages far down, walls
 * of text) are cut to a bounded cost, answered, and told what was cut; none ends in an error.
 */
class QueryCostIT {
  static LuceneArchiveSearcher searcher;

  @BeforeAll
  static void open() throws Exception {
    searcher = TestArchive.searcher();
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  @Test
  void aHugeOrListIsCutToItsFirstTermsAndAnswered() {
    String query =
        IntStream.range(0, 3000).mapToObj(i -> "consent" + i).collect(Collectors.joining(" OR "))
            + " OR consent";
    SearchResults results = searcher.search(SearchRequest.of(query, 10));
    assertThat(results.notices())
        .anyMatch(n -> n.contains("first " + QueryFrontEnd.MAX_QUERY_CHARS + " characters"));
    assertThat(results.notices()).noneMatch(n -> n.contains("could not be run"));
  }

  @Test
  void manyTermsAreCutToTheTermLimit() {
    String query = IntStream.range(0, 200).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    SearchResults results = searcher.search(SearchRequest.of(query, 10));
    assertThat(results.notices())
        .contains("Only the first " + QueryFrontEnd.MAX_TERMS + " terms of your query were used.");
    assertThat(results.notices()).noneMatch(n -> n.contains("could not be run"));
  }

  @Test
  void wildcardsEverywhereAreBoundedAndStillFindPassages() {
    String query =
        "con* OR sanc* OR uni* OR job* OR acc* OR emp* OR dat* OR pro* OR man* OR vol* ?*?*?* *a* ** *";
    SearchResults results = searcher.search(SearchRequest.of(query, 10));
    assertThat(results.total()).isPositive();
    assertThat(results.notices()).anyMatch(n -> n.contains("read as spaces"));
    assertThat(results.notices()).noneMatch(n -> n.contains("could not be run"));
  }

  @Test
  void pagesFarDownAreCappedNotComputed() {
    SearchRequest deep =
        SearchRequest.builder("universal jobmatch")
            .offset(Integer.MAX_VALUE)
            .limit(Integer.MAX_VALUE)
            .build();
    assertThat(deep.offset()).isEqualTo(SearchRequest.MAX_WINDOW);
    assertThat(deep.limit()).isEqualTo(SearchRequest.MAX_LIMIT);
    SearchResults results = searcher.search(deep);
    assertThat(results.total()).isPositive();
    assertThat(results.hits()).isEmpty();
  }

  @Test
  void aWallOfTextIsCutAndAnswered() {
    String wall =
        "is a universal jobmatch account voluntary and can a provider see my data ".repeat(400);
    SearchResults results = searcher.search(SearchRequest.of(wall, 10));
    assertThat(results.hits()).isNotEmpty();
    assertThat(results.notices()).anyMatch(n -> n.contains("was cut"));
  }

  @Test
  void aSearchThatRunsOutOfTimeReturnsWhatItHasWithANotice() throws Exception {
    try (LuceneArchiveSearcher hurried =
        new LuceneArchiveSearcher(
            new IndexLocation(TestArchive.index()),
            new ArchiveAnalyzers(),
            new ReferenceRecognizer(),
            0)) {
      SearchResults results = hurried.search(SearchRequest.of("universal jobmatch consent", 10));
      assertThat(results.notices()).contains(LuceneArchiveSearcher.TIMED_OUT_NOTICE);
    }
  }

  @Test
  void controlCharactersAndOddUnicodeAreHarmless() {
    for (String query :
        List.of(
            "\u0000\u0001\u001f",
            "\uD83D\uDE00 consent",
            "\uFFFF\uFFFE",
            "\"\"\"\"",
            "-",
            "+",
            "OR OR OR",
            "NOT",
            "topic:",
            "ref:\"",
            "after:99999-99-99 before:x",
            "a:b:c:d:e",
            "\\\\\\",
            "*:*",
            "title:[a TO z]",
            "consent~0.5^10")) {
      SearchResults results = searcher.search(SearchRequest.of(query, 10));
      assertThat(results).as(query).isNotNull();
      assertThat(results.notices()).as(query).noneMatch(n -> n.contains("could not be run"));
    }
  }
}
