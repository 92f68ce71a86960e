package org.foiarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.extract.ExtractionLimits;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.HostileCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every hostile or awkward file an archive meets goes through a real ingest: each is either indexed
 * or recorded as failed with a reason a user can act on, within the time and memory limits, and the
 * ingest carries on to the files after it.
 */
class HostileFilesIT {
  /**
   * A small heap so the memory hog costs seconds; a time limit no file here comes near, however
   * busy the machine, so each file meets the limit it is about (the zip bomb the limit of
   * characters, the hog the heap) and never the clock first.
   */
  static final ExtractionLimits LIMITS =
      ExtractionLimits.DEFAULT.withTimeout(Duration.ofMinutes(10)).withWorkerHeap("256m");

  /** For the parse that never ends, alone: whatever the load, only the clock can stop it. */
  static final ExtractionLimits RUNAWAY_LIMITS =
      ExtractionLimits.DEFAULT.withTimeout(Duration.ofSeconds(8));

  @TempDir static Path dir;
  static HostileCorpus corpus;
  static IngestReport report;
  static IngestReport runawayReport;
  static Path index;

  @BeforeAll
  static void ingest() throws Exception {
    corpus = HostileCorpus.write(dir.resolve("corpus"));
    index = dir.resolve("index");
    report =
        new IngestPipeline(new ArchiveAnalyzers(), LIMITS)
            .run(Corpus.open(corpus.dir()), new IndexLocation(index), IngestListener.SILENT);
    HostileCorpus runaway = HostileCorpus.writeRunawayParse(dir.resolve("runaway-corpus"));
    runawayReport =
        new IngestPipeline(new ArchiveAnalyzers(), RUNAWAY_LIMITS)
            .run(
                Corpus.open(runaway.dir()),
                new IndexLocation(dir.resolve("runaway-index")),
                IngestListener.SILENT);
  }

  @Test
  void everyManifestEntryIsEitherIndexedOrFailedWithItsReason() {
    Set<String> accounted = new HashSet<>();
    report.indexed().forEach(i -> accounted.add(i.sourceId()));
    report
        .failures()
        .forEach(f -> assertThat(accounted.add(f.sourceId())).as("counted once: " + f).isTrue());
    assertThat(accounted).containsExactlyInAnyOrderElementsOf(corpus.expectations().keySet());
    assertThat(report.sources()).isEqualTo(corpus.expectations().size());
    assertThat(report.documents() + report.failures().size()).isEqualTo(report.sources());
  }

  @Test
  void eachFileComesOutAsExpected() {
    Map<String, String> reasons = new HashMap<>();
    report.failures().forEach(f -> reasons.put(f.sourceId(), f.reason()));
    corpus
        .expectations()
        .forEach(
            (id, expected) -> {
              if (expected.equals("indexed")) {
                assertThat(reasons).as(id).doesNotContainKey(id);
              } else if (expected.equals("failed")) {
                assertThat(reasons).as(id).containsKey(id);
              } else if (!expected.equals("*")) {
                assertThat(reasons.get(id)).as(id).isNotNull().contains(expected);
              }
            });
    assertThat(reasons.values())
        .allSatisfy(reason -> assertThat(reason).doesNotContain("Exception").isNotBlank());
  }

  @Test
  void theRunawayParseIsStoppedAtTheTimeLimitAndTheNextFileIsRead() {
    assertThat(runawayReport.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.sourceId()).isEqualTo("runaway-parse");
              assertThat(f.reason())
                  .isEqualTo("reading the file took longer than the limit of 8 s");
            });
    assertThat(runawayReport.indexed())
        .extracting(i -> i.sourceId())
        .containsExactly("after-the-runaway");
  }

  @Test
  void aParseStoppedByTheClockIsReadAgainAtTheNextIngest() throws Exception {
    // A time limit is met sooner on a busy machine, so it is not remembered as the file's failure.
    IngestReport again =
        new IngestPipeline(new ArchiveAnalyzers(), RUNAWAY_LIMITS)
            .run(
                Corpus.open(dir.resolve("runaway-corpus")),
                new IndexLocation(dir.resolve("runaway-index")),
                IngestListener.SILENT);
    assertThat(again.failures())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.reason())
                    .as("read again, not skipped as a remembered failure")
                    .isEqualTo("reading the file took longer than the limit of 8 s"));
  }

  @Test
  void theMemoryHogIsStoppedAtTheHeapLimit() {
    assertThat(report.failures())
        .filteredOn(f -> f.sourceId().equals("memory-hog"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.reason())
                    .isEqualTo("reading the file needed more memory than the limit of 256 MB"));
  }

  @Test
  void aZipBombReadAsAStreamIsCutAtTheLimitOfCharactersAndSaysSo() {
    assertThat(report.warnings())
        .filteredOn(w -> w.sourceId().equals("xlsx-zip-bomb"))
        .singleElement()
        .satisfies(
            w -> assertThat(w.reason()).contains("cut at").contains("the limit for one file"));
  }

  @Test
  void readableFilesAreSearchableAfterTheHostileOnes() throws Exception {
    try (LuceneArchiveSearcher searcher =
        new LuceneArchiveSearcher(
            new IndexLocation(index), new ArchiveAnalyzers(), new ReferenceRecognizer())) {
      // the two PDFs hold the same words: one place, naming the other copy
      assertThat(searcher.search(SearchRequest.of("\"" + HostileCorpus.PDF_TEXT + "\"", 10)).hits())
          .flatExtracting(
              h ->
                  java.util.stream.Stream.concat(
                          java.util.stream.Stream.of(h.docId()),
                          h.alsoIn().stream().map(SearchHit.Copy::docId))
                      .toList())
          .contains("good-pdf", "owner-locked-pdf");
      assertThat(searcher.search(SearchRequest.of("\"last file is read too\"", 10)).hits())
          .extracting(h -> h.docId())
          .containsExactly("after-the-hostile-ones");
      assertThat(searcher.search(SearchRequest.of("hardship", 10)).hits())
          .singleElement()
          .satisfies(h -> assertThat(h.text()).contains(HostileCorpus.WINDOWS_1252_TEXT));
      assertThat(searcher.search(SearchRequest.of("\"Déjà vu\"", 10)).hits())
          .singleElement()
          .satisfies(h -> assertThat(h.text()).contains("adviser’s note"));
    }
  }

  @Test
  void theIngestWritesItsReportBesideTheIndex() throws Exception {
    Path file = index.resolve(IngestReport.FILE);
    assertThat(file).exists();
    JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file));
    assertThat(json.get("sources").asInt()).isEqualTo(corpus.expectations().size());
    assertThat(json.get("failed").asInt()).isEqualTo(report.failures().size());
    assertThat(json.get("failures").findValuesAsString("sourceId"))
        .contains("huge-scan", "encrypted-pdf");
    assertThat(json.get("indexed").findValuesAsString("sourceId"))
        .contains("good-pdf", "after-the-hostile-ones");
  }
}
