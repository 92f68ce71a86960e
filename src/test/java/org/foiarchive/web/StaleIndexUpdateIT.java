package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiarchive.testing.ArchiveServer.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.Snapshots;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.corpus.SourceManifest;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.ingest.IngestListener;
import org.foiarchive.ingest.IngestPipeline;
import org.foiarchive.ingest.IngestReport;
import org.foiarchive.testing.CorpusFiles;
import org.foiarchive.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server started over an index older than its corpus (one reply's snapshot changed since the
 * last ingest) brings it up to date the way {@code ingest} does: only the changed document is read
 * again and replaced in place, and the first search already finds the new wording and not the old.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaleIndexUpdateIT {
  private static Path corpus;
  private static Path index;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void staleArchive(DynamicPropertyRegistry registry) throws IOException {
    Path root = TestFolders.create("stale-index-");
    corpus = root.resolve("corpus");
    index = root.resolve("index");
    CorpusFiles.withShippedTopics(corpus);
    SourceManifest manifest = SourceManifest.empty();
    manifest = manifest.put(reply("quoll-reply", "Quoll reply: a claimant may decline cookies."));
    manifest = manifest.put(reply("potoroo-reply", "Potoroo reply: job search may be on paper."));
    manifest.save(corpus);
    IngestReport first =
        new IngestPipeline(new ArchiveAnalyzers())
            .run(Corpus.open(corpus), new IndexLocation(index), IngestListener.SILENT);
    assertThat(first.failures()).isEmpty();

    // The reply changes after the ingest: the index is now stale.
    SourceManifest.load(corpus)
        .put(reply("quoll-reply", "Quokka reply: a claimant may decline cookies at home."))
        .save(corpus);
    assertThat(
            IngestPipeline.isStale(
                Corpus.open(corpus), new IndexLocation(index), new ArchiveAnalyzers()))
        .isTrue();

    registry.add("foiarchive.corpus", corpus::toString);
    registry.add("foiarchive.index", index::toString);
    registry.add("foiarchive.rate-limit.per-minute", () -> "0");
  }

  private static Source reply(String id, String text) throws IOException {
    Snapshots.Stored stored =
        Corpus.open(corpus)
            .snapshots()
            .store(
                new ByteArrayInputStream(
                    ("<!DOCTYPE html><html><head><title>Reply</title></head><body><p>"
                            + text
                            + "</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8)),
                "text/html");
    return Source.of(id, "https://www.gov.uk/example/" + id, SourceKind.FOI_RESPONSE, "Reply " + id)
        .withSnapshot(
            stored.snapshot(), stored.sha256(), "text/html", Instant.parse("2026-11-30T12:00:00Z"));
  }

  @Test
  void theServerUpdatesAStaleIndexInPlaceBeforeItServes() throws Exception {
    JsonNode report =
        JsonMapper.builder().build().readTree(Files.readString(index.resolve(IngestReport.FILE)));
    JsonNode changes = report.get("changes");
    JsonNode rebuildReason = changes.path("rebuildReason");
    assertThat(rebuildReason.isNull() || rebuildReason.isMissingNode())
        .as("updated in place, not rebuilt")
        .isTrue();
    assertThat(changes.get("reindexed").asInt()).isEqualTo(1);
    assertThat(changes.get("unchanged").asInt()).isEqualTo(1);
    assertThat(report.get("documents").asInt()).isEqualTo(2);

    assertThat(hitsFor("quokka")).isEqualTo(1);
    assertThat(hitsFor("quoll")).isZero();
    assertThat(hitsFor("potoroo")).isEqualTo(1);
    assertThat(
            IngestPipeline.isStale(
                Corpus.open(corpus), new IndexLocation(index), new ArchiveAnalyzers()))
        .isFalse();
  }

  private int hitsFor(String word) throws Exception {
    var response = get(port, "/api/search?q=" + word, "application/json");
    assertThat(response.statusCode()).isEqualTo(200);
    return JsonMapper.builder().build().readTree(response.body()).get("hits").size();
  }
}
