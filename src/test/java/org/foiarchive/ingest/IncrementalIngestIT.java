package org.foiarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Provenance;
import org.foiarchive.corpus.Snapshots;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.corpus.SourceManifest;
import org.foiarchive.extract.ExtractedText;
import org.foiarchive.extract.ExtractionException;
import org.foiarchive.extract.TextExtractor;
import org.foiarchive.extract.TikaTextExtractor;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.index.LuceneArchiveWriter;
import org.foiarchive.search.ArchiveStats;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.search.SearchResults;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.CorpusFiles;
import org.foiarchive.testing.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second ingest redoes only what changed: real files of several formats imported into a corpus,
 * read by real Tika (counted), indexed into a real index on disk, then changed, removed, corrupted
 * and interrupted. After each update the index-wide figures (statistics, facets, spelling) are
 * those of a whole rebuild of the same corpus.
 */
class IncrementalIngestIT {
  @TempDir Path work;

  private Path corpus;
  private IndexLocation location;
  private final AtomicInteger tikaRuns = new AtomicInteger();

  /** Every file read, whether or not it gave text: what a remembered failure must save. */
  private final AtomicInteger reads = new AtomicInteger();

  /**
   * Real Tika in this process, its parses counted: what the extraction cache must save. Plain text
   * passes through here too but is decoded without Tika (as the worker-process extractor does
   * before it would start a worker), so it is not counted.
   */
  private final TextExtractor countedTika =
      new TextExtractor() {
        private final TikaTextExtractor tika = new TikaTextExtractor();

        @Override
        public ExtractedText extract(byte[] bytes, String contentTypeHint, String fileName)
            throws ExtractionException {
          reads.incrementAndGet();
          ExtractedText text = tika.extract(bytes, contentTypeHint, fileName);
          if (!text.contentType().startsWith("text/plain")) {
            tikaRuns.incrementAndGet();
          }
          return text;
        }
      };

  @BeforeEach
  void corpusOfFourReplies() throws IOException {
    corpus = work.resolve("corpus");
    CorpusFiles.withShippedTopics(corpus);
    location = new IndexLocation(work.resolve("index"));
    add(
        "bilby",
        "foi-response",
        "reply.html",
        html("Bilby reply: the Jobcentre device is available to all claimants."));
    add("numbat", "guidance", "reply.rtf", rtf("Numbat reply: cookies need not be accepted."));
    add(
        "echidna",
        "ico-letter",
        "reply.docx",
        TestDocuments.docx("Echidna reply: claimants may keep their own job search records."));
    add(
        "dingo",
        "commentary",
        "reply.txt",
        "Dingo reply: a Jobseeker's Direction must be reasonable.\n"
            .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aSecondIngestWithNothingChangedExtractsNothingAndLeavesTheIndexAsItWas() throws Exception {
    IngestReport first = ingest(IngestPipeline.Mode.UPDATE);
    assertThat(first.failures()).isEmpty();
    assertThat(first.changes().rebuildReason()).isEqualTo(IngestPipeline.NO_INDEX);
    // HTML, RTF and DOCX go through Tika; plain text is decoded directly.
    assertThat(tikaRuns).hasValue(3);
    assertThat(first.changes().extracted()).isEqualTo(3);
    assertThat(first.summary()).contains("3 files parsed by Tika, 0 from its cache");
    Path serving = location.current().orElseThrow();
    List<List<SearchHit>> before = hitsForEveryReply();

    Corpus unchanged = Corpus.open(corpus);
    IngestReport second = ingest(unchanged, IngestPipeline.Mode.UPDATE);
    assertThat(unchanged.manifestRead())
        .as("nothing changed is known from the index alone, without reading the manifest")
        .isFalse();
    assertThat(second.changes().nothingChanged()).isTrue();
    assertThat(second.summary()).startsWith("Nothing changed since the last ingest");
    assertThat(tikaRuns).as("nothing extracted again").hasValue(3);
    assertThat(second.changes().extracted()).isZero();
    assertThat(second.changes().unchanged()).isEqualTo(4);
    assertThat(second.documents()).isEqualTo(first.documents());
    assertThat(second.passages()).isEqualTo(first.passages());
    assertThat(second.indexed()).isEqualTo(first.indexed());
    assertThat(location.current()).contains(serving);
    assertThat(hitsForEveryReply()).isEqualTo(before);

    // A rebuild reads every text from the cache: the same index, and Tika not run once.
    IngestReport rebuilt = ingest(IngestPipeline.Mode.REBUILD);
    assertThat(rebuilt.changes().rebuildReason()).isEqualTo(IngestPipeline.ASKED);
    assertThat(rebuilt.changes().fromCache()).isEqualTo(3);
    assertThat(rebuilt.summary()).contains("0 files parsed by Tika, 3 from its cache");
    assertThat(tikaRuns).hasValue(3);
    assertThat(location.current()).isPresent().get().isNotEqualTo(serving);
    // Passages of equal score may come in another order: documents are written by several threads.
    assertThat(scored(hitsForEveryReply())).isEqualTo(scored(before));
  }

  @Test
  void aChangedSnapshotIsReextractedAloneAndARemovedSourceLeavesWithItsPassages() throws Exception {
    ingest(IngestPipeline.Mode.UPDATE);
    List<SearchHit> bilby = search("bilby").hits();
    List<SearchHit> echidna = search("echidna").hits();
    // A misspelling is searched as the archive's own word.
    assertThat(search("numbatt").hits()).extracting(SearchHit::docId).containsExactly("numbat");

    replaceSnapshot("numbat", rtf("Bandicoot reply: cookies need not be accepted at home."));
    IngestReport changed = ingest(IngestPipeline.Mode.UPDATE);
    assertThat(changed.changes().rebuildReason()).isNull();
    assertThat(changed.changes().reindexed()).isEqualTo(1);
    assertThat(changed.changes().unchanged()).isEqualTo(3);
    assertThat(tikaRuns).as("only the changed file read again").hasValue(4);
    assertThat(search("numbat").hits()).isEmpty();
    assertThat(search("bandicoot").hits()).extracting(SearchHit::docId).containsExactly("numbat");
    // The other documents are as they were (their scores move a little: the collection changed).
    assertThat(shown(search("bilby").hits())).isEqualTo(shown(bilby));
    assertThat(shown(search("echidna").hits())).isEqualTo(shown(echidna));
    // The old word stays in the index's term dictionary until a merge: never a correction again.
    SearchResults misspelt = search("numbatt");
    assertThat(misspelt.hits()).isEmpty();
    assertThat(misspelt.suggestion()).isNull();
    assertThat(search("bandicot").hits()).extracting(SearchHit::docId).containsExactly("numbat");
    assertSameAsARebuild(changed);

    removeSource("echidna");
    IngestReport removed = ingest(IngestPipeline.Mode.UPDATE);
    assertThat(removed.changes().removed()).isEqualTo(1);
    assertThat(removed.changes().reindexed()).isZero();
    assertThat(removed.documents()).isEqualTo(3);
    assertThat(tikaRuns).hasValue(4);
    assertThat(search("echidna").hits()).isEmpty();
    assertThat(search("echidnas").suggestion()).isNull();
    assertThat(shown(search("bilby").hits())).isEqualTo(shown(bilby));
    try (LuceneArchiveSearcher searcher = searcher(location)) {
      assertThat(searcher.stats().kinds()).doesNotContainKey("ico-letter");
      assertThat(searcher.documentInfo("echidna")).isEmpty();
    }
    assertSameAsARebuild(removed);
  }

  @Test
  void aChangedSourceKeepsItsEarlierVersionAsADocumentOfItsOwn() throws Exception {
    ingest(IngestPipeline.Mode.UPDATE);
    Source before = manifest().find("numbat").orElseThrow();
    replaceSnapshot("numbat", rtf("Bandicoot reply: cookies need not be accepted at home."));
    Source after = manifest().find("numbat").orElseThrow();
    save(manifest().put(after.withHistory(List.of(before.capture()))));

    IngestReport report = ingest(IngestPipeline.Mode.UPDATE);
    assertThat(report.changes().reindexed()).isEqualTo(2);
    // The earlier version's text came from the cache: it is the snapshot read the first time.
    assertThat(report.changes().fromCache()).isEqualTo(1);
    assertThat(search("numbat").hits()).extracting(SearchHit::docId).containsExactly("numbat--v1");
    assertThat(search("bandicoot").hits()).extracting(SearchHit::docId).containsExactly("numbat");
    assertSameAsARebuild(report);
  }

  @Test
  void anExtractorVersionBumpRebuildsAndReadsEveryFileAgain() throws Exception {
    ingest(IngestPipeline.Mode.UPDATE);
    assertThat(tikaRuns).hasValue(3);
    assertThat(location.extractionCache().resolve("v1")).isDirectory();

    IngestReport bumped =
        new IngestPipeline(new ArchiveAnalyzers(), countedTika, 2)
            .run(Corpus.open(corpus), location, IngestListener.SILENT);
    assertThat(bumped.changes().rebuildReason()).isEqualTo(IngestPipeline.PIPELINE_CHANGED);
    assertThat(bumped.changes().fromCache()).isZero();
    assertThat(tikaRuns).hasValue(6);
    assertThat(location.extractionCache().resolve("v1")).doesNotExist();
    assertThat(location.extractionCache().resolve("v2")).isDirectory();
    assertThat(search("numbat").hits()).hasSize(1);
  }

  @Test
  void aCorruptOrPartialCacheEntryIsExtractedAgainNeverTrusted() throws Exception {
    ingest(IngestPipeline.Mode.UPDATE);
    List<Path> entries = cacheEntries();
    assertThat(entries).hasSize(3);
    // One entry cut short (a crash while writing it in place), one with a byte changed on disk.
    byte[] first = Files.readAllBytes(entries.get(0));
    Files.write(entries.get(0), java.util.Arrays.copyOf(first, first.length / 2));
    byte[] second = Files.readAllBytes(entries.get(1));
    second[second.length - 12] ^= 0x20;
    Files.write(entries.get(1), second);

    IngestReport rebuilt = ingest(IngestPipeline.Mode.REBUILD);
    assertThat(rebuilt.changes().cacheRedone()).isEqualTo(2);
    assertThat(rebuilt.changes().extracted()).isEqualTo(2);
    assertThat(rebuilt.changes().fromCache()).isEqualTo(1);
    assertThat(tikaRuns).hasValue(5);
    for (String animal : List.of("bilby", "numbat", "echidna", "dingo")) {
      assertThat(search(animal).hits()).as(animal).hasSize(1);
    }
    // Written again whole: the next rebuild trusts all three.
    assertThat(ingest(IngestPipeline.Mode.REBUILD).changes().fromCache()).isEqualTo(3);
  }

  @Test
  void anIngestThatDiesMidUpdateLeavesThePreviousIndexServingAndTheNextOneCompletes()
      throws Exception {
    ingest(IngestPipeline.Mode.UPDATE);
    Path serving = location.current().orElseThrow();
    replaceSnapshot("numbat", rtf("Bandicoot reply: cookies need not be accepted at home."));
    replaceSnapshot(
        "dingo",
        "Wallaby reply: a Jobseeker's Direction must be reasonable.\n"
            .getBytes(StandardCharsets.UTF_8));

    // The worker dies in a way no source failure explains: the ingest stops without switching.
    TextExtractor dying =
        (bytes, hint, name) -> {
          throw new OutOfMemoryError("worker died");
        };
    assertThatThrownBy(
            () ->
                new IngestPipeline(new ArchiveAnalyzers(), dying, 1)
                    .run(Corpus.open(corpus), location, IngestListener.SILENT))
        .isInstanceOf(IOException.class);
    assertThat(location.current()).contains(serving);
    assertThat(search("numbat").hits()).hasSize(1);
    assertThat(search("bandicoot").hits()).isEmpty();
    try (Stream<Path> gens = Files.list(location.root())) {
      assertThat(gens.filter(p -> p.getFileName().toString().startsWith("gen-")))
          .containsExactly(serving);
    }

    IngestReport next = ingest(IngestPipeline.Mode.UPDATE);
    assertThat(next.failures()).isEmpty();
    assertThat(next.changes().reindexed()).isEqualTo(2);
    assertThat(search("numbat").hits()).isEmpty();
    assertThat(search("dingo").hits()).isEmpty();
    assertThat(search("bandicoot").hits()).hasSize(1);
    assertThat(search("wallaby").hits()).hasSize(1);
    assertSameAsARebuild(next);
  }

  @Test
  void aChangedSourceThatNoLongerReadsIsReportedAndLeftOutAsARebuildWould() throws Exception {
    ingest(IngestPipeline.Mode.UPDATE);
    // Bytes that are no PDF under a PDF's name: Tika cannot read them.
    byte[] junk = new byte[64 * 1024];
    new java.util.Random(42).nextBytes(junk);
    replaceSnapshot("numbat", junk, "application/pdf");

    IngestReport report = ingest(IngestPipeline.Mode.UPDATE);
    assertThat(report.failures()).extracting(IngestReport.Failure::sourceId).contains("numbat");
    assertThat(report.documents()).isEqualTo(3);
    assertThat(search("numbat").hits()).isEmpty();
    assertThat(search("bilby").hits()).hasSize(1);
    assertSameAsARebuild(report);
  }

  @Test
  void aSourceThatCannotBeReadIsNotReadAgainUntilItsSnapshotChangesOrARebuild() throws Exception {
    byte[] junk = new byte[64 * 1024];
    new java.util.Random(7).nextBytes(junk);
    replaceSnapshot("numbat", junk, "application/pdf");
    IngestReport first = ingest(IngestPipeline.Mode.UPDATE);
    assertThat(first.failures())
        .extracting(IngestReport.Failure::sourceId)
        .containsExactly("numbat");
    String reason = first.failures().get(0).reason();
    assertThat(reads).hasValue(4);

    // The same snapshot, the same extractor: skipped, and still reported with its reason.
    IngestReport again = ingest(IngestPipeline.Mode.UPDATE);
    assertThat(reads).as("the failing file is not read again").hasValue(4);
    assertThat(again.changes().nothingChanged()).isTrue();
    assertThat(again.summary()).startsWith("Nothing changed since the last ingest");
    assertThat(again.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.sourceId()).isEqualTo("numbat");
              assertThat(f.reason()).startsWith(reason).contains("ingest --rebuild");
            });
    assertThat(again.sources()).isEqualTo(again.indexed().size() + again.failures().size());

    // A rebuild tries it again, then remembers it again (Tika's texts come from the cache; plain
    // text is decoded again).
    IngestReport rebuilt = ingest(IngestPipeline.Mode.REBUILD);
    assertThat(reads).hasValue(6);
    assertThat(rebuilt.failures()).extracting(IngestReport.Failure::reason).containsExactly(reason);
    assertThat(ingest(IngestPipeline.Mode.UPDATE).changes().nothingChanged()).isTrue();
    assertThat(reads).hasValue(6);

    // Another file fails alongside it: both remembered, each by its own snapshot.
    replaceSnapshot("bilby", junk, "application/pdf");
    assertThat(ingest(IngestPipeline.Mode.UPDATE).failures()).hasSize(2);
    assertThat(reads).as("only the newly failing file read").hasValue(7);
    assertThat(ingest(IngestPipeline.Mode.UPDATE).changes().nothingChanged()).isTrue();
    assertThat(reads).hasValue(7);

    // A new snapshot is read: it reads, and is indexed.
    replaceSnapshot(
        "numbat", rtf("Numbat reply: cookies need not be accepted."), "application/rtf");
    IngestReport fixed = ingest(IngestPipeline.Mode.UPDATE);
    assertThat(reads).hasValue(8);
    assertThat(fixed.failures())
        .extracting(IngestReport.Failure::sourceId)
        .containsExactly("bilby");
    assertThat(search("numbat").hits()).hasSize(1);
    assertSameAsARebuild(fixed);
  }

  @Test
  void updatesInPlaceDoNotLeaveDeletedPassagesOrSmallSegmentsPilingUp() throws Exception {
    // Enough documents that replacing one deletes less than the share an update may leave.
    for (int n = 1; n <= 30; n++) {
      add(
          "wombat-" + n,
          "guidance",
          "wombat-" + n + ".txt",
          ("Wombat paragraph " + n + ": burrows are dug at night.\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    ingest(IngestPipeline.Mode.UPDATE);
    assertThat(segments().deletedShare()).isZero();

    replaceSnapshot(
        "dingo",
        "Dingo reply, revised: a direction must be reasonable.\n".getBytes(StandardCharsets.UTF_8));
    ingest(IngestPipeline.Mode.UPDATE);
    Segments oneChange = segments();
    assertThat(oneChange.deletedShare())
        .as("a small share of deleted records is left for later")
        .isPositive()
        .isLessThanOrEqualTo(LuceneArchiveWriter.MAX_DELETED_SHARE);

    for (int round = 1; round <= 12; round++) {
      for (int n = 1; n <= 3; n++) {
        replaceSnapshot(
            "wombat-" + n,
            ("Wombat paragraph " + n + ", version " + round + ": burrows are dug by day.\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      IngestReport report = ingest(IngestPipeline.Mode.UPDATE);
      assertThat(report.changes().reindexed()).isEqualTo(3);
      Segments after = segments();
      assertThat(after.deletedShare())
          .as("round %d", round)
          .isLessThanOrEqualTo(LuceneArchiveWriter.MAX_DELETED_SHARE);
      assertThat(after.count()).as("segments after round %d", round).isLessThanOrEqualTo(10);
    }
    assertThat(search("version").hits()).hasSize(3);
    assertSameAsARebuild(ingest(IngestPipeline.Mode.UPDATE));
  }

  /** The serving generation's segments and the share of its records that are deleted. */
  private record Segments(int count, double deletedShare) {}

  private Segments segments() throws IOException {
    try (FSDirectory dir = FSDirectory.open(location.current().orElseThrow());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return new Segments(
          reader.leaves().size(), (double) reader.numDeletedDocs() / Math.max(1, reader.maxDoc()));
    }
  }

  /** The index-wide figures of the updated index are those of the same corpus rebuilt whole. */
  private void assertSameAsARebuild(IngestReport updated) throws Exception {
    IndexLocation reference = new IndexLocation(work.resolve("reference-" + System.nanoTime()));
    IngestReport rebuilt =
        new IngestPipeline(new ArchiveAnalyzers(), new TikaTextExtractor(), 1)
            .run(Corpus.open(corpus), reference, IngestListener.SILENT);
    assertThat(updated.documents()).isEqualTo(rebuilt.documents());
    assertThat(updated.passages()).isEqualTo(rebuilt.passages());
    assertThat(updated.indexed()).isEqualTo(rebuilt.indexed());
    assertThat(updated.warnings()).isEqualTo(rebuilt.warnings());
    try (LuceneArchiveSearcher incremental = searcher(location);
        LuceneArchiveSearcher whole = searcher(reference)) {
      ArchiveStats a = incremental.stats();
      ArchiveStats b = whole.stats();
      assertThat(a.documents()).isEqualTo(b.documents()).isEqualTo(updated.documents());
      assertThat(a.passages()).isEqualTo(b.passages()).isEqualTo(updated.passages());
      assertThat(a.kinds()).isEqualTo(b.kinds());
      assertThat(a.topics()).isEqualTo(b.topics());
      for (String query : List.of("reply", "claimants", "cookies", "direction")) {
        SearchResults x = incremental.search(SearchRequest.of(query, 10));
        SearchResults y = whole.search(SearchRequest.of(query, 10));
        assertThat(x.total()).as(query).isEqualTo(y.total());
        assertThat(x.facets()).as(query).isEqualTo(y.facets());
        assertThat(x.hits())
            .extracting(SearchHit::passageId)
            .as(query)
            .containsExactlyInAnyOrderElementsOf(
                y.hits().stream().map(SearchHit::passageId).toList());
      }
      assertThat(incremental.documents())
          .extracting(d -> d.docId())
          .containsExactlyInAnyOrderElementsOf(
              whole.documents().stream().map(d -> d.docId()).toList());
    }
  }

  private IngestReport ingest(IngestPipeline.Mode mode) throws IOException {
    return ingest(Corpus.open(corpus), mode);
  }

  private IngestReport ingest(Corpus from, IngestPipeline.Mode mode) throws IOException {
    return new IngestPipeline(new ArchiveAnalyzers(), countedTika, 1)
        .run(from, location, IngestListener.SILENT, mode);
  }

  private SearchResults search(String query) throws IOException {
    try (LuceneArchiveSearcher searcher = searcher(location)) {
      return searcher.search(SearchRequest.of(query, 10));
    }
  }

  private List<List<SearchHit>> hitsForEveryReply() throws IOException {
    List<List<SearchHit>> all = new ArrayList<>();
    for (String query : List.of("bilby", "numbat cookies", "echidna records", "dingo", "reply")) {
      all.add(search(query).hits());
    }
    return all;
  }

  /** Each query's hits as passage id and score, in no order. */
  private static List<java.util.Set<String>> scored(List<List<SearchHit>> results) {
    return results.stream()
        .map(
            hits ->
                hits.stream()
                    .map(h -> h.passageId() + " " + h.score())
                    .collect(java.util.stream.Collectors.toSet()))
        .toList();
  }

  /** What a reader sees of each hit, without its score. */
  private static List<String> shown(List<SearchHit> hits) {
    return hits.stream()
        .map(
            h ->
                String.join(
                    " | ",
                    h.passageId(),
                    h.kind().id(),
                    h.voice().id(),
                    h.text(),
                    h.highlight(),
                    String.valueOf(h.topics()),
                    String.valueOf(h.references())))
        .toList();
  }

  private static LuceneArchiveSearcher searcher(IndexLocation at) throws IOException {
    return new LuceneArchiveSearcher(at, new ArchiveAnalyzers(), new ReferenceRecognizer());
  }

  private void add(String id, String kind, String name, byte[] bytes) throws IOException {
    Path file = work.resolve(name);
    Files.write(file, bytes);
    CorpusImporter.Result result =
        new CorpusImporter()
            .importFile(
                corpus,
                file,
                new CorpusImporter.Metadata(
                    id,
                    new Provenance(
                        null,
                        SourceKind.fromId(kind).orElse(null),
                        "Department for Work and Pensions",
                        null,
                        Character.toUpperCase(id.charAt(0)) + id.substring(1) + " reply",
                        PartialDate.parse("2014-01-10"),
                        null,
                        null),
                    null,
                    null));
    assertThat(result.added()).isTrue();
  }

  /** As a fetch of changed bytes does: the new snapshot stored, the entry pointed at it. */
  private void replaceSnapshot(String id, byte[] bytes) throws IOException {
    replaceSnapshot(id, bytes, manifest().find(id).orElseThrow().capture().contentType());
  }

  private void replaceSnapshot(String id, byte[] bytes, String contentType) throws IOException {
    Source old = manifest().find(id).orElseThrow();
    Snapshots.Stored stored =
        Corpus.open(corpus).snapshots().store(new java.io.ByteArrayInputStream(bytes), contentType);
    save(
        manifest()
            .put(
                old.withSnapshot(
                    stored.snapshot(),
                    stored.sha256(),
                    contentType,
                    Instant.parse("2026-11-30T12:00:00Z"))));
  }

  private void removeSource(String id) throws IOException {
    save(SourceManifest.of(manifest().sources().stream().filter(s -> !s.id().equals(id)).toList()));
  }

  private SourceManifest manifest() {
    return SourceManifest.load(corpus);
  }

  private void save(SourceManifest manifest) throws IOException {
    manifest.save(corpus);
  }

  private List<Path> cacheEntries() throws IOException {
    try (Stream<Path> files = Files.walk(location.extractionCache())) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static byte[] html(String text) {
    return ("<!DOCTYPE html><html><head><title>Reply</title></head><body><p>"
            + text
            + "</p></body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] rtf(String text) {
    return ("{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard " + text + "\\par}")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
