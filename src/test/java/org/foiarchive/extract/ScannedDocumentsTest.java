package org.foiarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.testing.DegradedScans;
import org.foiarchive.testing.RealWorldFiles;
import org.junit.jupiter.api.Test;

/**
 * A scan on a machine without Tesseract is reported as unread, with what to install; it never
 * fails.
 */
class ScannedDocumentsTest {
  private static final byte[] SCAN =
      RealWorldFiles.scannedPdf(List.of("The wallaby decision stands."));

  @Test
  void withoutTesseractAScanIsReportedWithWhatToInstall() throws Exception {
    TikaTextExtractor noOcr = new TikaTextExtractor(TikaTextExtractor.DEFAULT_MAX_CHARS, false);
    ExtractedText text = noOcr.extract(SCAN, "application/pdf", "scan.pdf");
    assertThat(text.text()).isBlank();
    assertThat(text.ocrProblem()).contains("OCR is not available", "tesseract-ocr");
    Document document =
        new DocumentExtractor(noOcr)
            .extract(
                Source.of("scan", null, SourceKind.FOI_RESPONSE, "Scan")
                    .withSnapshot("s.pdf", "0", "application/pdf", null),
                SCAN);
    assertThat(document.warning()).contains("OCR is not available");
  }

  @Test
  void aScanLongerThanTheOcrLimitKeepsThePagesReadAndSaysTheRestWasNot() throws Exception {
    TikaTextExtractor onePage = new TikaTextExtractor(TikaTextExtractor.DEFAULT_MAX_CHARS, true, 1);
    ExtractedText text =
        onePage.extract(
            RealWorldFiles.scannedPdf(
                List.of("The wallaby decision stands."),
                List.of("The quokka page was never read.")),
            "application/pdf",
            "long-scan.pdf");
    assertThat(text.text()).contains("wallaby").doesNotContain("quokka");
    assertThat(text.readByOcr(1)).isTrue();
    assertThat(text.ocrProblem())
        .contains("OCR stopped after 1 pages", "the rest of the scan was not read");
  }

  /**
   * At 3° askew Tesseract takes the letter's body for a picture and reads only its first and last
   * lines (docs/ocr.md); straightened first, it reads the whole letter.
   */
  @Test
  void aScanFedInAskewIsStraightenedAndReadWhole() throws Exception {
    ExtractedText text =
        new TikaTextExtractor()
            .extract(
                DegradedScans.pdf(
                    DegradedScans.BODY, DegradedScans.Degradation.CLEAN.skewed(3).withLetterhead()),
                "application/pdf",
                "askew.pdf");
    assertThat(text.readByOcr(1)).isTrue();
    assertThat(text.text())
        .contains("Dear Ms Example", "you have not shown good reason", "bettong hardship payment");
  }

  @Test
  void aTypedPdfNeedsNoOcrAndGetsNoWarning() throws Exception {
    TikaTextExtractor noOcr = new TikaTextExtractor(TikaTextExtractor.DEFAULT_MAX_CHARS, false);
    ExtractedText text =
        noOcr.extract(
            org.foiarchive.testing.TestDocuments.pdf(List.of("Typed words.")),
            "application/pdf",
            "typed.pdf");
    assertThat(text.ocrProblem()).isNull();
    assertThat(text.readByOcr(1)).isFalse();
  }
}
