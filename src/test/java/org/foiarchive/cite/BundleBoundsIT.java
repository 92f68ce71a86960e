package org.foiarchive.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
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
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.tag.ReferenceRecognizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bundle with its source documents is bounded: a source longer than a bundle includes is refused,
 * clearly.
 */
class BundleBoundsIT {
  @TempDir Path dir;

  @Test
  void sourceDocumentsOverTheBoundAreRefusedAndTheBundleWithoutThemIsMade() throws Exception {
    Path corpusDir = dir.resolve("corpus");
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= EvidenceBundles.MAX_SOURCE_PASSAGES + 10; i++) {
      text.append("Paragraph ").append(i).append(": a claimant must record each job search.\n\n");
    }
    Snapshots.Stored stored =
        new Snapshots(corpusDir)
            .store(text.toString().getBytes(StandardCharsets.UTF_8), "text/plain");
    SourceManifest.of(
            List.of(
                Source.of(
                        "long-guidance",
                        "https://example.org/long",
                        SourceKind.GUIDANCE,
                        "Long guidance")
                    .withSnapshot(
                        stored.snapshot(),
                        stored.sha256(),
                        "text/plain",
                        Instant.parse("2026-01-01T00:00:00Z"))))
        .save(corpusDir);
    Corpus corpus = Corpus.open(corpusDir);
    IndexLocation location = new IndexLocation(dir.resolve("index"));
    new IngestPipeline(new ArchiveAnalyzers()).run(corpus, location, IngestListener.SILENT);

    try (LuceneArchiveSearcher searcher =
        new LuceneArchiveSearcher(location, new ArchiveAnalyzers(), new ReferenceRecognizer())) {
      String passage =
          searcher.search(SearchRequest.of("claimant", 1)).hits().getFirst().passageId();
      EvidenceBundles bundles = new EvidenceBundles(searcher, corpus.snapshots());
      assertThatThrownBy(
              () -> bundles.assemble(List.of(passage), true, null, "", LocalDate.of(2026, 1, 1)))
          .isInstanceOf(EvidenceBundles.TooLargeException.class)
          .hasMessageContaining("more than a bundle includes");
      assertThat(
              bundles
                  .assemble(List.of(passage), false, null, "", LocalDate.of(2026, 1, 1))
                  .extracts())
          .hasSize(1);
    }
  }
}
