package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.Snapshots;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.corpus.SourceManifest;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.ingest.IngestListener;
import org.foiarchive.ingest.IngestPipeline;
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
    ingest("Cross at the zebra crossing by the jobcentre.", location);
    try (LuceneArchiveSearcher searcher =
        new LuceneArchiveSearcher(location, new ArchiveAnalyzers(), new ReferenceRecognizer())) {
      SearchRequest request = SearchRequest.of("zebrafsh crossing", 10);
      assertThat(searcher.search(request).notices()).noneMatch(n -> n.contains("zebrafish"));

      ingest("The zebrafish study was funded by the department.", location);

      await()
          .atMost(Duration.ofMinutes(1))
          .pollInterval(Duration.ofMillis(200))
          .untilAsserted(
              () ->
                  assertThat(searcher.search(request).notices())
                      .anyMatch(n -> n.contains("closest word the archive holds: zebrafish")));
    }
  }

  private void ingest(String text, IndexLocation location) throws Exception {
    Path corpusDir = dir.resolve("corpus-" + Math.abs(text.hashCode()));
    Snapshots snapshots = new Snapshots(corpusDir);
    Snapshots.Stored stored = snapshots.store(text.getBytes(StandardCharsets.UTF_8), "text/plain");
    Source source =
        Source.of("note", "https://example.org/note", SourceKind.COMMENTARY, "A note")
            .withSnapshot(
                stored.snapshot(),
                stored.sha256(),
                "text/plain",
                Instant.parse("2026-01-01T00:00:00Z"));
    SourceManifest.of(List.of(source)).save(corpusDir);
    new IngestPipeline(new ArchiveAnalyzers())
        .run(Corpus.open(corpusDir), location, IngestListener.SILENT);
  }
}
