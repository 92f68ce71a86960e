package org.foiarchive.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.passage.Voice;
import org.foiarchive.search.SearchHit;
import org.junit.jupiter.api.Test;

/** Evidence bundle PDFs read back with PDFBox, the way a tribunal's PDF reader sees them. */
class BundlePdfTest {
  private static final LocalDate PREPARED = LocalDate.of(2026, 11, 23);

  static List<Citation> citations(String... cases) {
    List<Citation> out = new ArrayList<>();
    for (String name : cases) {
      out.add(CitationFormatTest.load(name).citation());
    }
    return out;
  }

  static byte[] write(EvidenceBundle bundle) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BundlePdf.write(bundle, out);
    return out.toByteArray();
  }

  static String pageText(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf);
  }

  /**
   * Wrapped lines put breaks inside long URLs; comparing without whitespace checks the words
   * themselves.
   */
  static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }

  @Test
  void threeExtractsMakeACoverAnIndexAndOnePagePerExtractEachNumbered() throws IOException {
    List<Citation> extracts =
        citations("official-vtr-2437", "requester-para82", "quoted-official-foi-5028");
    byte[] bytes =
        write(
            new EvidenceBundle(
                "Appeal SC200/12/00528", PREPARED, CitationFormatTest.SITE, extracts, List.of()));

    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(5);
      for (int page = 1; page <= 5; page++) {
        assertThat(pageText(pdf, page)).as("page " + page).contains("Page " + page + " of 5");
      }
      String cover = pageText(pdf, 1);
      assertThat(cover)
          .contains(
              "Evidence bundle",
              "Appeal SC200/12/00528",
              "3 extracts",
              "23 November 2026",
              "SHA-256");

      String index = pageText(pdf, 2);
      assertThat(index).contains("Index");
      // Each row: its number, the extract's summary (wrapped), and the page it starts on after the
      // summary.
      assertThat(index)
          .containsPattern(
              "(?m)^1 Department for Work and Pensions \\(DWP Universal Jobmatch Team\\), ")
          .containsPattern(
              "(?m)^2 Frank Zola, ‘Mandated access to a Universal Jobmatch account’ \\(2013\\) para 82 4$")
          .containsPattern(
              "(?m)^3 Department for Work and Pensions, quoted by refuted\\.org\\.uk, ‘Can DWP ");
      int startPage = 3;
      for (Citation c : extracts) {
        assertThat(squeeze(index)).contains(squeeze(c.summary() + startPage++));
      }

      for (int i = 0; i < 3; i++) {
        String page = pageText(pdf, 3 + i);
        assertThat(page).contains("Extract " + (i + 1));
        assertThat(squeeze(page))
            .contains(squeeze(extracts.get(i).text()))
            .contains(squeeze(CitationFormat.TEXT.format(extracts.get(i))));
      }
      assertThat(links(pdf.getPage(2)))
          .contains(
              "https://archive.example/p/dwp-vtr-2437-p4",
              "https://www.whatdotheyknow.com/request/universal_jobmatch_email_address#incoming-366711",
              "https://archive.example/doc/dwp-vtr-2437/raw");

      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
      }
      assertThat(bookmarks).hasSize(5).startsWith("Evidence bundle", "Index");
      assertThat(bookmarks.get(2)).startsWith("Extract 1: Department for Work and Pensions");
      assertThat(pdf.getDocumentInformation().getKeywords())
          .isEqualTo(
              "dwp-vtr-2437-p4 wdtk-mandated-access-universal-jobmatch-p102 refuted-uj-clones-consent-p12");
    }
  }

  @Test
  void aBundleWhoseDeadlineHasPassedStopsBeforeCopyingInItsSources() throws IOException {
    Case pdfCase = new Case("official-vtr-2437");
    EvidenceBundle bundle =
        new EvidenceBundle(
            null,
            PREPARED,
            CitationFormatTest.SITE,
            citations("official-vtr-2437"),
            List.of(
                new EvidenceBundle.SourceDocument(
                    pdfCase.document, List.of(pdfCase.hit), threePagePdf())));
    long passed = System.nanoTime() - 1;
    assertThatThrownBy(() -> BundlePdf.write(bundle, new ByteArrayOutputStream(), passed))
        .isInstanceOf(BundlePdf.TookTooLongException.class);
    // The same bundle with time to spare is written whole, sources and all.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BundlePdf.write(bundle, out, System.nanoTime() + Duration.ofMinutes(10).toNanos());
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(7);
    }
  }

  @Test
  void sourceDocumentsFollowAPdfByItsOwnPagesAndTextPassageByPassage() throws IOException {
    List<Citation> extracts = citations("official-vtr-2437", "forum-whp-guidance");
    Case pdfCase = new Case("official-vtr-2437");
    Case textCase = new Case("forum-whp-guidance");
    byte[] original = threePagePdf();
    List<EvidenceBundle.SourceDocument> sources =
        List.of(
            new EvidenceBundle.SourceDocument(pdfCase.document, List.of(pdfCase.hit), original),
            new EvidenceBundle.SourceDocument(textCase.document, List.of(textCase.hit), null));
    byte[] bytes =
        write(new EvidenceBundle(null, PREPARED, CitationFormatTest.SITE, extracts, sources));

    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      // cover, index, 2 extracts, source A's title page + its 3 own pages, source B's text page
      assertThat(pdf.getNumberOfPages()).isEqualTo(9);
      int total = pdf.getNumberOfPages();
      for (int page = 1; page <= total; page++) {
        assertThat(pageText(pdf, page))
            .as("page " + page)
            .contains("Page " + page + " of " + total);
      }
      String index = pageText(pdf, 2);
      assertThat(index).contains("Source documents");
      assertThat(index)
          .containsPattern(
              "(?m)^A Universal Jobmatch: email addresses and third-party access \\(FOI response\\) 5$")
          .containsPattern(
              "(?m)^B Looks like the use of provider work search engines is mandatory on the WHP! \\(Forum\\) 9$");
      assertThat(pageText(pdf, 5))
          .contains("Source document A", "The 3 pages of the archived PDF follow");
      for (int own = 1; own <= 3; own++) {
        assertThat(pageText(pdf, 5 + own)).contains("Original reply page " + own);
      }
      assertThat(squeeze(pageText(pdf, 9)))
          .contains(squeeze("¶41 [Extract 2] " + textCase.hit.text()));
      assertThat(pageText(pdf, 1)).containsPattern("Source documents\\s+5–9");
    }
  }

  @Test
  void textTheFontCannotPrintBecomesAQuestionMarkNotAFailure() throws IOException {
    Case c = new Case("forum-whp-guidance");
    SearchHit odd =
        SearchHit.builder()
            .passageId("x-p1")
            .docId("x")
            .title("Title")
            .kind(SourceKind.FORUM)
            .voice(Voice.COMMENTARY)
            .text(
                "Tabs\there, a control \u0007 char, an emoji \uD83D\uDE00 and CJK 中文 and a zero\u200Bwidth space.")
            .archiveUrl("/doc/x/raw")
            .permalink("/doc/x#p1")
            .ordinal(1)
            .build();
    byte[] bytes =
        write(
            new EvidenceBundle(
                null,
                PREPARED,
                "",
                List.of(Citation.of(odd, c.document, "", PREPARED)),
                List.of()));
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      assertThat(pageText(pdf, 3))
          .contains("Tabs here, a control")
          .contains("emoji ? and CJK ?? and a zerowidth");
    }
  }

  @Test
  void aLongPassageFlowsOntoMorePagesAndTheIndexSaysWhereEachStarts() throws IOException {
    Case c = new Case("commentary-adverse");
    String longText = String.join("\n\n", Collections.nCopies(40, c.hit.text()));
    SearchHit big =
        SearchHit.builder()
            .passageId("big-p1")
            .docId("big")
            .title("Long")
            .kind(SourceKind.COMMENTARY)
            .voice(Voice.COMMENTARY)
            .text(longText)
            .archiveUrl("/doc/big/raw")
            .permalink("/doc/big#p1")
            .ordinal(1)
            .build();
    List<Citation> extracts =
        List.of(
            Citation.of(big, c.document, "", PREPARED), citations("requester-para82").getFirst());
    try (PDDocument pdf =
        Loader.loadPDF(write(new EvidenceBundle(null, PREPARED, "", extracts, List.of())))) {
      int total = pdf.getNumberOfPages();
      assertThat(total).isGreaterThan(5);
      int second = -1;
      for (int page = 3; page <= total; page++) {
        if (pageText(pdf, page).contains("Extract 2")) {
          second = page;
        }
      }
      assertThat(second).isEqualTo(total);
      assertThat(pageText(pdf, 2)).containsPattern("(?m)^2 Frank Zola.* " + second + "$");
    }
  }

  private record Case(SearchHit hit, IndexedDocument document) {
    Case(String name) {
      this(CitationFormatTest.load(name).hit(), CitationFormatTest.load(name).document());
    }
  }

  private static List<String> links(PDPage page) throws IOException {
    List<String> uris = new ArrayList<>();
    for (var annotation : page.getAnnotations()) {
      if (annotation instanceof PDAnnotationLink link
          && link.getAction() instanceof PDActionURI uri) {
        uris.add(uri.getURI());
      }
    }
    return uris;
  }

  /** A reply letter of three pages, made here with PDFBox, standing for an archived PDF. */
  private static byte[] threePagePdf() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 1; i <= 3; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
          out.beginText();
          out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          out.newLineAtOffset(72, 700);
          out.showText("Original reply page " + i);
          out.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
