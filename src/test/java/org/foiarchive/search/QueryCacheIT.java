package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries and spelling corrections are kept per index generation: asked again, a question gets the
 * answer a fresh searcher gives, and a newer generation corrects against its own words.
 */
class QueryCacheIT {
  @TempDir Path dir;

  @Test
  void aQuestionAskedAgainIsAnsweredAsAFreshSearcherAnswersIt() {
    SearchRequest request = SearchRequest.of("univeral jobmatch cookies", 10);
    try (LuceneArchiveSearcher asked = TestArchive.searcher();
        LuceneArchiveSearcher fresh = TestArchive.searcher()) {
      SearchResults first = asked.search(request);
      SearchResults again = asked.search(request);
      SearchResults nextPage = asked.search(request.atOffset(10));
      SearchResults twoPages = fresh.search(request.toBuilder().limit(20).build());

      assertThat(first.notices()).anyMatch(n -> n.contains("closest word"));
      for (SearchResults results : List.of(again, twoPages)) {
        assertThat(results.notices()).isEqualTo(first.notices());
        assertThat(results.total()).isEqualTo(first.total());
      }
      assertThat(again.hits()).isEqualTo(first.hits());
      assertThat(twoPages.hits().subList(0, 10)).isEqualTo(first.hits());
      assertThat(twoPages.hits().subList(10, 20)).isEqualTo(nextPage.hits());
    }
  }

  @Test
  void aNewGenerationCorrectsSpellingAgainstItsOwnWords() throws Exception {
    IndexLocation location = new IndexLocation(dir.resolve("index"));
    TestArchive.ingestOneNote(dir, "Cross at the zebra crossing by the jobcentre.", location);
    try (LuceneArchiveSearcher searcher =
        new LuceneArchiveSearcher(location, new ArchiveAnalyzers(), new ReferenceRecognizer())) {
      SearchRequest request = SearchRequest.of("zebrafsh crossing", 10);
      assertThat(searcher.search(request).notices()).noneMatch(n -> n.contains("zebrafish"));

      TestArchive.ingestOneNote(dir, "The zebrafish study was funded by the department.", location);

      await()
          .atMost(Duration.ofMinutes(1))
          .pollInterval(Duration.ofMillis(200))
          .untilAsserted(
              () ->
                  assertThat(searcher.search(request).notices())
                      .anyMatch(n -> n.contains("closest word the archive holds: zebrafish")));
    }
  }
}
