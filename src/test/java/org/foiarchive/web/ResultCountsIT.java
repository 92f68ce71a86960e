package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.search.SearchResults;
import org.foiarchive.testing.ArchiveServer;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "N passages in M documents" counts every match, on every page alike, and a page past the end
 * shows the last page, on the real corpus. Only the controllers and their pages are checked, so
 * only they run (a slice, no server), over the real searcher and index.
 */
@WebMvcTest({SearchController.class, TopicController.class})
@PageSlice
class ResultCountsIT {
  private static final Pattern COUNT =
      Pattern.compile("(\\d[\\d,]*) passages? in (\\d[\\d,]*) documents?");
  private static final Pattern PAGE = Pattern.compile("Page (\\d+) of (\\d+)");

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) {
    ArchiveServer.properties(registry);
  }

  /** The documents of every matching passage, read page by page from the searcher. */
  private static long documentsOfAllMatches(String query) {
    Set<String> documents = new HashSet<>();
    try (LuceneArchiveSearcher searcher = TestArchive.searcher()) {
      SearchResults page;
      int offset = 0;
      do {
        page =
            searcher.search(
                SearchRequest.builder(query).offset(offset).limit(SearchRequest.MAX_LIMIT).build());
        page.hits().stream().map(SearchHit::docId).forEach(documents::add);
        offset += SearchRequest.MAX_LIMIT;
      } while (offset < page.total());
    }
    return documents.size();
  }

  private String page(String path) throws Exception {
    return PageSlice.Pages.body(mvc, path, "text/html");
  }

  private Matcher find(Pattern pattern, String html) {
    Matcher m = pattern.matcher(html);
    assertThat(m.find()).as(pattern + " in the page").isTrue();
    return m;
  }

  /** One passage in one document is said in the singular, not "1 documents". */
  @Test
  void aSingleMatchIsCountedInTheSingular() throws Exception {
    String phrase = "\"" + wordsFoundOnce() + "\"";
    String html = page("/search?q=" + phrase);
    assertThat(html).contains("1 passage in 1 document<");
  }

  /** The first words of a passage that no other passage of the archive holds. */
  private static String wordsFoundOnce() {
    try (LuceneArchiveSearcher searcher = TestArchive.searcher()) {
      for (SearchHit hit : searcher.search(SearchRequest.of("sanction", 20)).hits()) {
        String[] words = hit.text().replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        String phrase = String.join(" ", Arrays.copyOf(words, Math.min(words.length, 6)));
        if (searcher.search(SearchRequest.of("\"" + phrase + "\"", 5)).total() == 1) {
          return phrase;
        }
      }
    }
    throw new AssertionError("every passage's first words are found more than once");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "jobmatch", "consent"})
  void everyPageCountsTheDocumentsOfAllMatches(String query) throws Exception {
    long expected = documentsOfAllMatches(query);
    assertThat(expected).isGreaterThan(1);
    for (int page = 1; page <= 2; page++) {
      String html = page("/search?q=" + query + "&page=" + page);
      Matcher count = find(COUNT, html);
      assertThat(Long.parseLong(count.group(2))).as(query + " page " + page).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/search?q=jobmatch&page=999", "/search?q=&page=50", "/topics/consent?page=400"})
  void aPagePastTheEndShowsTheLastPage(String path) throws Exception {
    String html = page(path);
    Matcher page = find(PAGE, html);
    assertThat(page.group(1)).as(path).isEqualTo(page.group(2));
    assertThat(html).as(path).contains("class=\"passage");
  }
}
