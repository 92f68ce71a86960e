package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;

/**
 * The start-up warm-up asks the archive questions of its own commonest words, through the whole
 * search, the same ones on every start, and stops at its bounds.
 */
class WarmUpIT {
  @Test
  void asksQuestionsOfTheIndexsOwnWordsThatFindPassages() {
    try (LuceneArchiveSearcher searcher = TestArchive.searcher()) {
      assertThat(searcher.warmUpQuestions(40))
          .hasSize(40)
          .isEqualTo(searcher.warmUpQuestions(40))
          .anyMatch(q -> q.request().query().startsWith("\""))
          .allSatisfy(q -> assertThat(q.request().query().strip()).isNotEmpty());

      WarmUp.Done done = WarmUp.run(searcher, 40, Duration.ofMinutes(5));

      assertThat(done.searches()).isEqualTo(40);
      // Words chosen from the index find what holds them; only some phrases may find nothing.
      assertThat(done.withHits()).isGreaterThan(30);
    }
  }

  @Test
  void asksInEveryFormReadersAskIn() {
    try (LuceneArchiveSearcher searcher = TestArchive.searcher()) {
      List<WarmUp.Question> questions = searcher.warmUpQuestions(WarmUp.Form.values().length);
      List<SearchRequest> requests = questions.stream().map(WarmUp.Question::request).toList();

      assertThat(requests)
          .anyMatch(r -> r.query().contains(" -"))
          .anyMatch(r -> r.query().contains(" OR ") || !r.query().contains(" "))
          .anyMatch(r -> r.query().endsWith("*"))
          .anyMatch(r -> r.query().matches("(FOI|DMG|IR|VTR|ADM) .*|.*\\d.*"))
          .anyMatch(r -> !r.topics().isEmpty())
          .anyMatch(r -> !r.kinds().isEmpty())
          .anyMatch(r -> !r.voices().isEmpty())
          .anyMatch(r -> r.from() != null && r.to() != null)
          .anyMatch(r -> r.offset() > 0)
          .anyMatch(r -> !r.facets());
      assertThat(questions).anyMatch(WarmUp.Question::newestFirst);
      // Filters are the index's own values: a filtered question still finds what it holds.
      for (SearchRequest filtered :
          requests.stream()
              .filter(r -> !r.topics().isEmpty() || !r.kinds().isEmpty() || !r.voices().isEmpty())
              .toList()) {
        SearchRequest filtersOnly = filtered.toBuilder().query("").build();
        assertThat(searcher.search(filtersOnly).total()).as(filtered.toString()).isPositive();
      }
    }
  }

  @Test
  void aMisspeltWordIsOneTheCorrectorMends() {
    assertThat(WarmUp.misspelt("jobcentre")).isEqualTo("jbocentre");
    assertThat(WarmUp.misspelt("the")).isEqualTo("thee");
  }

  @Test
  void stopsAtItsTimeLimit() {
    try (LuceneArchiveSearcher searcher = TestArchive.searcher()) {
      assertThat(WarmUp.run(searcher, 1_000, Duration.ZERO).searches()).isZero();
    }
  }

  @Test
  void theCommonestWordsComeFirst() throws Exception {
    try (LuceneArchiveSearcher searcher = TestArchive.searcher()) {
      assertThat(searcher.warmUpQuestions(0)).isEmpty();
    }
    Path current = new IndexLocation(TestArchive.index()).current().orElseThrow();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(current))) {
      List<String> words = WarmUp.commonWords(reader, 50);
      assertThat(words).hasSize(50).contains("the");
      assertThat(words.getFirst()).isIn("the", "to", "of", "and", "a");
    }
  }
}
