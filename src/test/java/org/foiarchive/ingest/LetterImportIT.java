package org.foiarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.foiarchive.cite.Citation;
import org.foiarchive.cite.CitationFormat;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Provenance;
import org.foiarchive.corpus.PublicBodies;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.passage.Voice;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.CorpusFiles;
import org.foiarchive.testing.DegradedScans;
import org.foiarchive.testing.DegradedScans.Degradation;
import org.foiarchive.testing.TestDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Letters imported as an adviser has them, with no facts given: a DWP reply scanned askew on a grey
 * page, a typed DWP reply saved as PDF, a claimant's own letter in Word, and a guidance note that
 * is no letter. Each is filed by what its head says, with real Tesseract and the real worker
 * process, and found and cited by it after ingest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterImportIT {
  private Path work;

  private final CorpusImporter importer = new CorpusImporter();
  private Path corpus;
  private Path index;
  private Source scan;
  private Source typed;
  private Source claimants;
  private Source guidance;
  private Source told;

  @BeforeAll
  void importAndIngest(@TempDir Path dir) throws Exception {
    work = dir;
    corpus = work.resolve("corpus");
    CorpusFiles.withShippedTopics(corpus);
    CorpusImporter.Metadata nothingGiven = CorpusImporter.Metadata.of(null);
    scan =
        importer
            .importFile(
                corpus,
                write(
                    "scan0001.pdf",
                    DegradedScans.pdf(
                        DegradedScans.BODY,
                        Degradation.CLEAN.skewed(1.5).withGreyAndSpeckles().withLetterhead())),
                nothingGiven)
            .source();
    typed =
        importer
            .importFile(
                corpus,
                write(
                    "reply.pdf",
                    TestDocuments.pdf(
                        List.of(
                            "DWP Central Freedom of Information Team",
                            "Caxton House",
                            "Our Ref: FOI2017/31337",
                            "14 March 2017",
                            "Dear Ms Claimant,",
                            "Thank you for your Freedom of Information request received on",
                            "14 February 2017. You asked about numbat placements.",
                            "Claimants cannot be required to join a numbat placement.",
                            "Yours sincerely,",
                            "DWP Central FoI Team"))),
                nothingGiven)
            .source();
    claimants =
        importer
            .importFile(
                corpus,
                write(
                    "my letter.docx",
                    TestDocuments.docx(
                        "Jane Claimant",
                        "12 High Street",
                        "3 June 2015",
                        "Department for Work and Pensions",
                        "Dear Sir or Madam,",
                        "Re: My quokka jobsearch record",
                        "I do not consent to the quokka scheme seeing my account.",
                        "Yours faithfully,",
                        "Jane Claimant")),
                nothingGiven)
            .source();
    guidance =
        importer
            .importFile(
                corpus,
                write(
                    "work search note.pdf",
                    TestDocuments.pdf(
                        List.of(
                            "Work search: a note for work coaches",
                            "Department for Work and Pensions, 2 April 2014",
                            "Claimants record their wombat work search as they choose."))),
                nothingGiven)
            .source();
    told =
        importer
            .importFile(
                corpus,
                write(
                    "scan0002.pdf",
                    DegradedScans.pdf(
                        DegradedScans.BODY.stream()
                            .map(l -> l.replace("bettong", "bilby"))
                            .toList(),
                        Degradation.CLEAN.withLetterhead())),
                CorpusImporter.Metadata.of(
                    new Provenance(
                        null,
                        SourceKind.COMMENTARY,
                        null,
                        null,
                        "Letter my client received",
                        PartialDate.parse("2014-04-05"),
                        List.of(),
                        List.of())))
            .source();
    index = work.resolve("index");
    new IngestPipeline(new ArchiveAnalyzers())
        .run(Corpus.open(corpus), new IndexLocation(index), IngestListener.SILENT);
  }

  @AfterAll
  void stopTheLetterReader() {
    importer.close();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = work.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  @Test
  void aScannedDwpLetterIsFiledByItsLetterheadDateReferenceAndSubject() {
    Provenance facts = scan.provenance();
    assertThat(facts.kind()).isEqualTo(SourceKind.FOI_RESPONSE);
    assertThat(facts.title())
        .isEqualTo("Mandatory reconsideration of your Universal Credit decision");
    assertThat(facts.publisher()).isEqualTo(PublicBodies.DWP);
    assertThat(facts.author()).isEqualTo("Decision Maker");
    assertThat(facts.date()).isEqualTo(PartialDate.parse("2014-04-02"));
    assertThat(facts.references()).containsExactly("FOI 2437");
  }

  @Test
  void theScansPassagesAreTheDwpsAndCiteItsDateAndReference() throws Exception {
    try (LuceneArchiveSearcher searcher = searcher()) {
      List<SearchHit> hits =
          searcher.search(SearchRequest.of("\"bettong hardship payment\"", 5)).hits();
      assertThat(hits).hasSize(1);
      SearchHit hit = hits.getFirst();
      assertThat(hit.docId()).isEqualTo(scan.id());
      assertThat(hit.voice()).isEqualTo(Voice.OFFICIAL);
      assertThat(hit.publisher()).isEqualTo(PublicBodies.DWP);
      assertThat(hit.date()).isEqualTo(PartialDate.parse("2014-04-02"));
      IndexedDocument doc = searcher.documentInfo(hit.docId()).orElseThrow();
      String citation =
          CitationFormat.TEXT.format(Citation.of(hit, doc, "", LocalDate.of(2026, 12, 3)));
      assertThat(citation)
          .contains("Mandatory reconsideration of your Universal Credit decision", "2014");
      assertThat(searcher.search(SearchRequest.of("ref:\"FOI 2437\"", 5)).hits())
          .extracting(SearchHit::docId)
          .contains(scan.id());
    }
  }

  @Test
  void aTypedReplyWithoutASubjectLineKeepsItsFileNameAndGainsItsFacts() {
    Provenance facts = typed.provenance();
    assertThat(facts.kind()).isEqualTo(SourceKind.FOI_RESPONSE);
    assertThat(facts.title()).isEqualTo("reply");
    assertThat(facts.publisher()).isEqualTo(PublicBodies.DWP);
    assertThat(facts.date()).isEqualTo(PartialDate.parse("2017-03-14"));
    assertThat(facts.references()).containsExactly("FOI2017/31337");
    assertThat(facts.author()).isEqualTo("DWP Central FoI Team");
  }

  /** The DWP's address under the claimant's own is where the letter went, not who wrote it. */
  @Test
  void aClaimantsLetterToTheDwpStaysTheirs() throws Exception {
    Provenance facts = claimants.provenance();
    assertThat(facts.kind()).isEqualTo(SourceKind.COMMENTARY);
    assertThat(facts.publisher()).isNull();
    assertThat(facts.author()).isEqualTo("Jane Claimant");
    assertThat(facts.date()).isEqualTo(PartialDate.parse("2015-06-03"));
    assertThat(facts.title()).isEqualTo("My quokka jobsearch record");
    try (LuceneArchiveSearcher searcher = searcher()) {
      SearchHit hit =
          searcher.search(SearchRequest.of("quokka scheme seeing my account", 5)).hits().getFirst();
      assertThat(hit.docId()).isEqualTo(claimants.id());
      assertThat(hit.voice()).isNotEqualTo(Voice.OFFICIAL);
    }
  }

  @Test
  void aDocumentThatIsNoLetterIsFiledAsBefore() {
    Provenance facts = guidance.provenance();
    assertThat(facts.kind()).isEqualTo(SourceKind.COMMENTARY);
    assertThat(facts.title()).isEqualTo("work search note");
    assertThat(facts.publisher()).isNull();
    assertThat(facts.date()).isNull();
  }

  /** What the user says is kept; the letter fills only what they left out. */
  @Test
  void factsTheUserGaveAreKeptAndOnlyTheOthersFilled() {
    Provenance facts = told.provenance();
    assertThat(facts.kind()).isEqualTo(SourceKind.COMMENTARY);
    assertThat(facts.title()).isEqualTo("Letter my client received");
    assertThat(facts.date()).isEqualTo(PartialDate.parse("2014-04-05"));
    assertThat(facts.publisher()).isEqualTo(PublicBodies.DWP);
    assertThat(facts.references()).containsExactly("FOI 2437");
  }

  private LuceneArchiveSearcher searcher() throws IOException {
    return new LuceneArchiveSearcher(
        new IndexLocation(index), new ArchiveAnalyzers(), new ReferenceRecognizer());
  }
}
