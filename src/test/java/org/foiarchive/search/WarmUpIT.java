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
          .anyMatch(q -> q.startsWith("\""))
          .allSatisfy(q -> assertThat(q.strip()).isNotEmpty());

      WarmUp.Done done = WarmUp.run(searcher, 40, Duration.ofMinutes(5));

      assertThat(done.searches()).isEqualTo(40);
      // Words chosen from the index find what holds them; only some phrases may find nothing.
      assertThat(done.withHits()).isGreaterThan(30);
    }
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
