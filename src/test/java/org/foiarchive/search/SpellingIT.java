package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spelling corrections on the real seed corpus: close ones help, garbage and page-long words get
 * none.
 */
class SpellingIT {
  private static LuceneArchiveSearcher searcher;

  @BeforeAll
  static void open() {
    searcher = TestArchive.searcher();
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  private static String randomWord(int letters) {
    Random random = new Random(letters);
    StringBuilder word = new StringBuilder(letters);
    for (int i = 0; i < letters; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  @Test
  void aMisspeltWordIsAlsoSearchedAsTheArchiveSpellsItAndTheNoticeSaysWhy() {
    SearchResults results = searcher.search(SearchRequest.of("univeral jobmatch", 10));
    assertThat(results.notices())
        .anySatisfy(
            notice ->
                assertThat(notice)
                    .contains("No passage has the word univeral")
                    .contains("closest word the archive holds: universal"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000, 7_000})
  void aPageLongWordIsNeverLookedUp(int letters) {
    String word = randomWord(letters);
    assertThat(Speller.worthCorrecting(word)).isFalse();
    SearchResults results = searcher.search(SearchRequest.of(word, 10));
    assertThat(results.suggestion()).isNull();
    assertThat(results.notices())
        .noneSatisfy(notice -> assertThat(notice).contains("closest word"));
  }

  @Test
  void garbageIsNotTurnedIntoConfidentWords() {
    SearchResults unclosed = searcher.search(SearchRequest.of("\"unclosed ( AND title:[", 10));
    assertThat(unclosed.notices()).noneSatisfy(notice -> assertThat(notice).contains("time"));
    SearchResults script = searcher.search(SearchRequest.of("<script>alert(1)</script>", 10));
    assertThat(script.notices()).noneSatisfy(notice -> assertThat(notice).contains("albeit"));
    assertThat(script.suggestion()).isNull();
  }
}
