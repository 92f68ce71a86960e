package org.foiarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.foiarchive.cite.Citation;
import org.foiarchive.cite.CitationFormat;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.CorpusFiles;
import org.foiarchive.testing.DegradedScans;
import org.foiarchive.testing.DegradedScans.Degradation;
import org.foiarchive.testing.ImportFacts;
import org.foiarchive.testing.RealWorldFiles;
import org.foiarchive.testing.TestDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The replies public bodies actually send, imported, ingested and searched: an e-mail saved with an
 * mbox envelope line carrying a mislabelled charset, a uuencoded file, a TNEF winmail.dat and an
 * ICO decision notice; a mailbox of two messages; a scanned letter and a photographed one (read by
 * Tesseract), a letter scanned 3° askew and one photographed upside down; a blank scan; a text that
 * only looks like a request page; a spreadsheet with a picture. Every file is fixed here from our
 * own text. Nothing is lost without a word in the report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealWorldRepliesIT {
  private Path work;
  private Path corpus;
  private Path index;
  private IngestReport report;
  private final Map<String, Source> byTitle = new java.util.HashMap<>();

  /**
   * A reply whose scan carries a redaction tool's label, "Section 40(2)", as its only text layer.
   */
  private static final List<String> REDACTED_REPLY =
      List.of(
          "Dear Mr Example,",
          "Your request for information",
          "We hold the information you asked for about the antechinus",
          "employment scheme. Some of it is withheld under section 40(2)",
          "of the Act, since it is the personal data of our staff.",
          "The rest is enclosed with this letter. The names withheld",
          "are those of officials below the grade of Senior Executive.",
          "If you are unhappy with this response you may ask for an",
          "internal review within two months of the date of this letter.",
          "Yours sincerely,",
          "FOI Team");

  @BeforeAll
  void importAndIngest(@TempDir Path dir) throws Exception {
    work = dir;
    corpus = work.resolve("corpus");
    CorpusFiles.withShippedTopics(corpus);
    CorpusImporter importer = new CorpusImporter();
    importer.importFile(
        corpus,
        write("reply.eml", reply()),
        ImportFacts.of(SourceKind.FOI_RESPONSE, null, null, null));
    importer.importFile(
        corpus,
        write("correspondence.mbox", mailbox()),
        ImportFacts.of(SourceKind.FOI_RESPONSE, null, null, null));
    importer.importFile(
        corpus,
        write(
            "scanned-letter.pdf",
            RealWorldFiles.scannedPdf(
                List.of(
                    "Dear Ms Example,",
                    "Your claim was reviewed on 4 March 2014.",
                    "The wallaby decision stands."),
                List.of(
                    "Page two of the letter.", "Attendance at the quoll interview is voluntary."))),
        ImportFacts.of(
            SourceKind.FOI_RESPONSE, "Department for Work and Pensions", null, "2014-03-04"));
    importer.importFile(
        corpus,
        write(
            "photo-of-letter.png",
            RealWorldFiles.png(
                List.of("Jobcentre Plus", "The bandicoot appointment was cancelled."))),
        ImportFacts.of(SourceKind.FOI_RESPONSE, null, null, null));
    importer.importFile(
        corpus,
        write(
            "slanted-scan.pdf",
            DegradedScans.pdf(
                DegradedScans.BODY,
                Degradation.CLEAN.skewed(3).dpi(200).withGreyAndSpeckles().withLetterhead())),
        ImportFacts.of(SourceKind.FOI_RESPONSE, null, "slanted-scan", null));
    importer.importFile(
        corpus,
        write(
            "redacted-scan.pdf",
            DegradedScans.withTextOver(
                DegradedScans.pdf(REDACTED_REPLY, Degradation.CLEAN.dpi(200).withLetterhead()),
                "Section 40(2)")),
        ImportFacts.of(SourceKind.FOI_RESPONSE, null, "redacted-scan", null));
    importer.importFile(
        corpus,
        write(
            "upside-down-photo.jpg",
            DegradedScans.picture(
                DegradedScans.BODY.stream().map(l -> l.replace("bettong", "dibbler")).toList(),
                Degradation.CLEAN.turned(2).skewed(3).dpi(150).asJpeg())),
        ImportFacts.of(SourceKind.FOI_RESPONSE, null, "upside-down-photo", null));
    importer.importFile(
        corpus,
        write("blank-scan.pdf", RealWorldFiles.scannedPdf(List.of())),
        ImportFacts.of(SourceKind.FOI_RESPONSE, null, null, null));
    importer.importFile(
        corpus,
        write(
            "looks-like-a-request.txt",
            ("Alex Example made this Freedom of Information request "
                    + "to Department for Work and Pensions\n\nDear Sir or Madam,\n\nA note about the potoroo scheme, copied from "
                    + "somewhere else, with no messages in it.\n")
                .getBytes(StandardCharsets.UTF_8)),
        ImportFacts.of(SourceKind.COMMENTARY, null, null, null));
    importer.importFile(
        corpus,
        write(
            "figures.xlsx",
            RealWorldFiles.xlsxWithPicture(
                "Kowari sanctions figures 2014", RealWorldFiles.png(List.of("CHART")))),
        ImportFacts.of(SourceKind.FOI_RESPONSE, null, null, null));
    importer.importFile(
        corpus,
        write(
            "bullets.docx",
            TestDocuments.docx("\uF0B7 Claimants may refuse the dunnart agreement.")),
        ImportFacts.of(SourceKind.GUIDANCE, null, null, null));
    for (Source s : Corpus.open(corpus).manifest().sources()) {
      byTitle.put(s.provenance().title(), s);
    }
    index = work.resolve("index");
    report =
        new IngestPipeline(new ArchiveAnalyzers())
            .run(Corpus.open(corpus), new IndexLocation(index), IngestListener.SILENT);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = work.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  /**
   * A council's reply saved from a mail client with its envelope line, everything real mail does
   * wrong.
   */
  private static byte[] reply() {
    String b = "=_reply_boundary";
    ByteArrayOutputStream mail = new ByteArrayOutputStream();
    mail.writeBytes(
        ascii(
            "From foi@council.example.invalid Fri Nov 18 10:00:00 2011\n"
                + "From: \"Ben Fairless,\" <foi@council.example.invalid>\n"
                + "To: Alex Example <alex@example.invalid>\n"
                + "Subject: Internal review of your request\n"
                + "Date: Fri, 18 Nov 2011 10:00:00 +0000\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\""
                + b
                + "\"\n\n"
                + "--"
                + b
                + "\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n"));
    mail.writeBytes(
        "Dear Alex,\n\nThe council\u2019s \u201cnumbat review\u201d upheld the decision.\n\n"
            .getBytes(Charset.forName("windows-1252")));
    mail.writeBytes(
        ascii(
            RealWorldFiles.uuencode(
                    "schedule.txt", ascii("Echidna schedule: the interviews are listed here.\n"))
                + "\nYours sincerely,\nBen Fairless\n\n"));
    mail.writeBytes(
        ascii(
            "--"
                + b
                + "\nContent-Type: application/ms-tnef\nContent-Transfer-Encoding: base64\n\n"
                + Base64.getMimeEncoder()
                    .encodeToString(
                        RealWorldFiles.winmailDat(
                            "Annex W.docx",
                            TestDocuments.docx("The wombat annex lists the appeal dates.")))
                + "\n"));
    mail.writeBytes(
        ascii(
            "--"
                + b
                + "\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n"
                + Base64.getMimeEncoder()
                    .encodeToString(
                        TestDocuments.pdf(
                            List.of(
                                "Freedom of Information Act 2000 (FOIA)",
                                "Decision notice",
                                "Date: 10 November 2011",
                                "Public Authority: Example Borough Council",
                                "Reference: FS50379341",
                                "",
                                "The Commissioner finds the quokka information is held.")))
                + "\n"));
    mail.writeBytes(ascii("--" + b + "--\n"));
    return mail.toByteArray();
  }

  private static byte[] mailbox() {
    return ascii(
        "From a@example.invalid Mon Jan  6 10:00:00 2014\nFrom: Alex Example <a@example.invalid>\n"
            + "Subject: Request about bilby contracts\nDate: Mon, 6 Jan 2014 10:00:00 +0000\n\n"
            + "Please send the bilby contracts.\n\n"
            + "From b@example.invalid Tue Jan  7 10:00:00 2014\nFrom: DWP FoI Team <b@example.invalid>\n"
            + "Subject: Re: Request about bilby contracts\nDate: Tue, 7 Jan 2014 10:00:00 +0000\n\n"
            + "The bilby contracts are exempt under section 43.\n");
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private LuceneArchiveSearcher searcher() throws IOException {
    return new LuceneArchiveSearcher(
        new IndexLocation(index), new ArchiveAnalyzers(), new ReferenceRecognizer());
  }

  private static SearchHit only(LuceneArchiveSearcher searcher, String query) {
    List<SearchHit> hits = searcher.search(SearchRequest.of(query, 5)).hits();
    assertThat(hits).as(query).hasSize(1);
    return hits.getFirst();
  }

  @Test
  void aMessageWithAnEnvelopeLineIsOneMessageWithItsSenderDateAndText() throws Exception {
    Source message = byTitle.get("Internal review of your request");
    assertThat(message.capture().contentType()).isEqualTo("message/rfc822");
    try (LuceneArchiveSearcher searcher = searcher()) {
      SearchHit body = only(searcher, "numbat");
      assertThat(body.docId()).isEqualTo(message.id());
      assertThat(body.author()).isEqualTo("Ben Fairless");
      assertThat(body.date().toString()).isEqualTo("2011-11-18");
      assertThat(body.text())
          .contains("council\u2019s \u201cnumbat review\u201d")
          .doesNotContain("\uFFFD");
      assertThat(searcher.search(SearchRequest.of("begin 644", 5)).hits()).isEmpty();
    }
  }

  @Test
  void uuencodedTnefAndUnnamedPartsBecomeChildrenDatedByTheMessage() throws Exception {
    Source message = byTitle.get("Internal review of your request");
    List<String> children =
        Corpus.open(corpus).manifest().sources().stream()
            .filter(s -> message.id().equals(s.parent()))
            .map((Source s) -> s.provenance().title())
            .toList();
    assertThat(children).containsExactlyInAnyOrder("schedule", "Annex W", "attachment-3");
    try (LuceneArchiveSearcher searcher = searcher()) {
      for (String word : List.of("echidna", "wombat")) {
        SearchHit hit = only(searcher, word);
        assertThat(searcher.documentInfo(hit.docId()).orElseThrow().source().parent())
            .isEqualTo(message.id());
        assertThat(hit.date().toString()).as(word).isEqualTo("2011-11-18");
        assertThat(hit.publisher()).as(word).isEqualTo("Ben Fairless");
      }
    }
  }

  @Test
  void anAttachedDecisionNoticeKeepsItsOwnAuthorReferenceAndDate() throws Exception {
    try (LuceneArchiveSearcher searcher = searcher()) {
      SearchHit notice = only(searcher, "quokka");
      IndexedDocument doc = searcher.documentInfo(notice.docId()).orElseThrow();
      assertThat(doc.source().provenance().date().toString()).isEqualTo("2011-11-10");
      assertThat(doc.source().provenance().publisher())
          .isEqualTo("Information Commissioner's Office");
      assertThat(doc.source().provenance().references()).contains("FS50379341");
      assertThat(doc.source().parent())
          .isEqualTo(byTitle.get("Internal review of your request").id());
      assertThat(doc.source().note())
          .isEqualTo(
              "Attached to the e-mail 'Internal review of your request', sent by Ben Fairless on 2011-11-18.");
    }
  }

  @Test
  void aMailboxIsSplitIntoMessagesAndTheMailboxItselfIsReportedAsAContainer() throws Exception {
    Source mailbox = byTitle.get("correspondence");
    assertThat(mailbox.capture().contentType()).isEqualTo("application/mbox");
    try (LuceneArchiveSearcher searcher = searcher()) {
      List<SearchHit> hits = searcher.search(SearchRequest.of("bilby", 5)).hits();
      assertThat(hits)
          .extracting(SearchHit::author)
          .containsExactlyInAnyOrder("Alex Example", "DWP FoI Team");
      assertThat(hits)
          .allSatisfy(
              h ->
                  assertThat(searcher.documentInfo(h.docId()).orElseThrow().source().parent())
                      .isEqualTo(mailbox.id()));
    }
    assertThat(report.warnings())
        .contains(
            new IngestReport.Warning(
                mailbox.id(), "a container whose attachments are documents of their own"));
  }

  @Test
  void scannedPagesAreReadByOcrWithTheirPageNumbersAndSaySoInTheCitation() throws Exception {
    try (LuceneArchiveSearcher searcher = searcher()) {
      SearchHit first = only(searcher, "wallaby");
      assertThat(first.ocr()).isTrue();
      assertThat(first.page()).isEqualTo(1);
      SearchHit second = only(searcher, "quoll");
      assertThat(second.ocr()).isTrue();
      assertThat(second.page()).isEqualTo(2);
      assertThat(second.text()).contains("voluntary");
      IndexedDocument doc = searcher.documentInfo(second.docId()).orElseThrow();
      Citation citation = Citation.of(second, doc, "", LocalDate.of(2026, 1, 1));
      assertThat(CitationFormat.TEXT.format(citation))
          .contains("text read by OCR; check against the scan");
      assertThat(CitationFormat.BIBTEX.format(citation)).contains("text read by OCR");

      SearchHit photo = only(searcher, "bandicoot");
      assertThat(photo.ocr()).isTrue();
      SearchHit typed = only(searcher, "dunnart");
      assertThat(typed.ocr()).isFalse();
    }
  }

  /**
   * A letter fed in 3° askew loses every line but its first and last to Tesseract's layout analysis
   * unless it is straightened first; upside down it is turned by Tesseract's orientation detection.
   */
  @Test
  void aSlantedOrUpsideDownScanIsReadWhole() throws Exception {
    try (LuceneArchiveSearcher searcher = searcher()) {
      SearchHit slanted = only(searcher, "\"bettong hardship payment\"");
      assertThat(slanted.ocr()).isTrue();
      assertThat(slanted.docId()).isEqualTo(byTitle.get("slanted-scan").id());
      SearchHit photo = only(searcher, "\"dibbler hardship payment\"");
      assertThat(photo.docId()).isEqualTo(byTitle.get("upside-down-photo").id());
      for (String middle :
          List.of("\"you have not shown good reason\"", "\"independent tribunal\"")) {
        assertThat(searcher.search(SearchRequest.of(middle, 10)).hits())
            .extracting(SearchHit::docId)
            .as(middle)
            .contains(slanted.docId(), photo.docId());
      }
    }
  }

  /**
   * A redaction tool's label laid over a scan is a text layer, but a short one: the scan under it
   * is read by OCR as well, and its passages say they were.
   */
  @Test
  void aScanUnderARedactionLabelIsReadWhole() throws Exception {
    try (LuceneArchiveSearcher searcher = searcher()) {
      SearchHit labelled = only(searcher, "\"personal data of our staff\"");
      assertThat(labelled.docId()).isEqualTo(byTitle.get("redacted-scan").id());
      assertThat(labelled.ocr()).isTrue();
      assertThat(labelled.text()).contains("antechinus employment scheme");
      assertThat(searcher.search(SearchRequest.of("\"Section 40(2)\"", 10)).hits())
          .extracting(SearchHit::docId)
          .contains(labelled.docId());
    }
  }

  @Test
  void nothingIsIndexedEmptyWithoutAReason() throws Exception {
    Source blank = byTitle.get("blank-scan");
    assertThat(report.warnings())
        .contains(new IngestReport.Warning(blank.id(), "no text layer and OCR found nothing"));
    assertThat(report.failures()).isEmpty();
    Map<String, Integer> passages =
        report.indexed().stream()
            .collect(
                Collectors.toMap(IngestReport.Indexed::sourceId, IngestReport.Indexed::passages));
    java.util.Set<String> warned =
        report.warnings().stream().map(IngestReport.Warning::sourceId).collect(Collectors.toSet());
    assertThat(passages)
        .allSatisfy((id, n) -> assertThat(n > 0 || warned.contains(id)).as(id).isTrue());
    JsonNode json =
        JsonMapper.builder().build().readTree(index.resolve(IngestReport.FILE).toFile());
    assertThat(json.get("warned").asInt()).isEqualTo(report.warnings().size());
    assertThat(json.get("warnings").toString())
        .contains(blank.id(), "no text layer and OCR found nothing");
    assertThat(report.summary()).contains(report.warnings().size() + " with a warning");
  }

  @Test
  void aTextThatOnlyLooksLikeARequestPageIsReadAsText() throws Exception {
    try (LuceneArchiveSearcher searcher = searcher()) {
      assertThat(only(searcher, "potoroo").text()).contains("copied from somewhere else");
    }
  }

  @Test
  void picturesInASpreadsheetAreNotPassagesAndWordBulletsReadAsBullets() throws Exception {
    try (LuceneArchiveSearcher searcher = searcher()) {
      SearchHit cell = only(searcher, "kowari");
      List<SearchHit> all =
          searcher.search(SearchRequest.of("kowari OR chart OR image1 OR png", 10)).hits();
      assertThat(all)
          .filteredOn(h -> h.docId().equals(cell.docId()))
          .extracting(SearchHit::text)
          .noneMatch(t -> t.contains("image1") || t.contains("CHART"));
      assertThat(only(searcher, "dunnart").text()).startsWith("• Claimants may refuse");
    }
  }
}
