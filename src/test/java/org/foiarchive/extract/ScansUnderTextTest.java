package org.foiarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.foiarchive.testing.DegradedScans;
import org.foiarchive.testing.DegradedScans.Degradation;
import org.foiarchive.testing.RealWorldFiles;
import org.junit.jupiter.api.Test;

/**
 * A scanned page under a short text layer (a page stamp, a redaction label, a typed line above a
 * pasted picture) is read by OCR as well as its text layer; a typed page with pictures is not. The
 * scans are read by the real Tesseract, as ingest reads them.
 */
class ScansUnderTextTest {
  private static final Path JBIG2_SAMPLE =
      Path.of("src/test/resources/fixtures/tika/testPDF_JBIG2.pdf");

  @Test
  void tikasJbig2SampleGivesItsTypedLineAndThePictureBelowIt() throws Exception {
    ExtractedText text =
        new TikaTextExtractor()
            .extract(Files.readAllBytes(JBIG2_SAMPLE), "application/pdf", "testPDF_JBIG2.pdf");
    assertThat(text.text())
        .contains(
            "This is a sample file to test images compressed using JBIG2.",
            "Hey Norconex, this is a test.");
    assertThat(text.readByOcr(1)).isTrue();
    // The page is drawn for OCR without its text layer, so the typed line is not read twice.
    assertThat(text.text().split("sample file", -1)).hasSize(2);
  }

  @Test
  void aScannedLetterUnderAPageStampIsReadByOcrAsWell() throws Exception {
    byte[] stamped =
        DegradedScans.withTextOver(
            DegradedScans.pdf(DegradedScans.BODY, Degradation.CLEAN.dpi(200)), "Page 1 of 1");
    ExtractedText text = new TikaTextExtractor().extract(stamped, "application/pdf", "stamped.pdf");
    assertThat(text.readByOcr(1)).isTrue();
    assertThat(text.text())
        .contains(
            "Page 1 of 1",
            "Dear Ms Example",
            "you have not shown good reason",
            "bettong hardship payment");
    assertThat(text.text().split("Page 1 of 1", -1)).hasSize(2);
  }

  @Test
  void scansUnderTextCountTowardsTheOcrPageLimit() throws Exception {
    byte[] stamped =
        DegradedScans.withTextOver(
            RealWorldFiles.scannedPdf(
                List.of("The wallaby decision stands."),
                List.of("The quokka page was never read.")),
            "Released under the FOI Act");
    ExtractedText text =
        new TikaTextExtractor(TikaTextExtractor.DEFAULT_MAX_CHARS, true, 1)
            .extract(stamped, "application/pdf", "stamped.pdf");
    assertThat(text.text())
        .contains("wallaby", "Released under the FOI Act")
        .doesNotContain("quokka");
    assertThat(text.readByOcr(1)).isTrue();
    assertThat(text.readByOcr(2)).isFalse();
    assertThat(text.ocrProblem()).contains("OCR stopped after 1 pages");
  }

  @Test
  void withoutTesseractAScanUnderTextIsReportedUnread() throws Exception {
    byte[] stamped =
        DegradedScans.withTextOver(
            RealWorldFiles.scannedPdf(List.of("The wallaby decision stands.")), "Section 40(2)");
    ExtractedText text =
        new TikaTextExtractor(TikaTextExtractor.DEFAULT_MAX_CHARS, false)
            .extract(stamped, "application/pdf", "stamped.pdf");
    assertThat(text.text()).contains("Section 40(2)").doesNotContain("wallaby");
    assertThat(text.ocrProblem()).contains("OCR is not available", "tesseract-ocr");
  }

  @Test
  void aTypedLetterWithALogoAndAChartIsNotReadByOcr() throws Exception {
    byte[] letter =
        typedPdf(
            new Page(typedLines(40), new Picture(logo(), 50, 760, 120, 60)),
            new Page(typedLines(25), new Picture(chart(), 50, 60, 495, 330)));
    ExtractedText text = new TikaTextExtractor().extract(letter, "application/pdf", "typed.pdf");
    assertThat(text.metadata()).doesNotContainKey(ExtractedText.OCR_PAGES);
    assertThat(text.ocrProblem()).isNull();
  }

  @Test
  void aShortLastPageWithASignatureIsNotReadByOcr() throws Exception {
    byte[] letter =
        typedPdf(
            new Page(typedLines(40), null),
            new Page(
                List.of("Yours sincerely,", "", "", "", "", "A Decision Maker", "Jobcentre Plus"),
                new Picture(signature(), 50, 680, 150, 50)));
    ExtractedText text = new TikaTextExtractor().extract(letter, "application/pdf", "signed.pdf");
    assertThat(text.pages().get(1)).contains("Yours sincerely");
    assertThat(text.metadata()).doesNotContainKey(ExtractedText.OCR_PAGES);
  }

  @Test
  void aPageIsAScanWhenPicturesCoverMostOfItOrOneIsCodedAsAScan() throws Exception {
    try (PDDocument scan =
            Loader.loadPDF(DegradedScans.pdf(DegradedScans.BODY, Degradation.CLEAN.dpi(150)));
        PDDocument sample = Loader.loadPDF(Files.readAllBytes(JBIG2_SAMPLE));
        PDDocument signed =
            Loader.loadPDF(
                typedPdf(
                    new Page(
                        List.of("Yours sincerely,"),
                        new Picture(signature(), 50, 680, 150, 50))))) {
      assertThat(ScansUnderText.composition(scan.getPage(0)).pictureShare()).isGreaterThan(0.99);
      assertThat(ScansUnderText.looksScanned(scan.getPage(0))).isTrue();
      ScansUnderText.Composition jbig2 = ScansUnderText.composition(sample.getPage(0));
      assertThat(jbig2.pictureShare()).isLessThan(0.1);
      assertThat(jbig2.scanCoded()).isTrue();
      assertThat(ScansUnderText.looksScanned(signed.getPage(0))).isFalse();
    }
  }

  /**
   * A searchable scan (a scanner's or Acrobat's OCR has laid the words it read under the picture,
   * invisibly) is read as its text layer, however short, and not by OCR a second time.
   */
  @Test
  void aSearchableScanOfAShortNoteIsNotReadAgain() throws Exception {
    List<String> note = List.of("The wallaby decision stands.");
    byte[] searchable;
    try (PDDocument doc = Loader.loadPDF(RealWorldFiles.scannedPdf(note));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = doc.getPage(0);
      try (PDPageContentStream content =
          new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        content.beginText();
        content.setRenderingMode(RenderingMode.NEITHER);
        content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 14);
        content.newLineAtOffset(54, 684);
        content.showText(note.getFirst());
        content.endText();
      }
      doc.save(out);
      searchable = out.toByteArray();
    }
    ExtractedText text =
        new TikaTextExtractor().extract(searchable, "application/pdf", "searchable.pdf");
    assertThat(text.text().split("wallaby", -1)).hasSize(2);
    assertThat(text.readByOcr(1)).isFalse();
  }

  /** A page of typed lines with, where given, a picture drawn beside them. */
  private record Page(List<String> lines, Picture picture) {}

  /** A picture and where it is drawn on the page, in points from the lower left corner. */
  private record Picture(BufferedImage image, float x, float y, float width, float height) {}

  /** Typed A4 pages as a word processor saves them: text in Helvetica, pictures as PNG. */
  private static byte[] typedPdf(Page... pages) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (Page p : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          if (p.picture() != null) {
            Picture picture = p.picture();
            content.drawImage(
                LosslessFactory.createFromImage(doc, picture.image()),
                picture.x(),
                picture.y(),
                picture.width(),
                picture.height());
          }
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
          content.setLeading(14);
          content.newLineAtOffset(50, p.picture() != null && p.picture().y() > 600 ? 660 : 740);
          for (String line : p.lines()) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** Lines of a typed letter, about 60 characters each: 40 fill an A4 page. */
  private static List<String> typedLines(int count) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; lines.size() < count; i++) {
      lines.add(DegradedScans.BODY.get(i % DegradedScans.BODY.size()));
    }
    return lines;
  }

  private static BufferedImage logo() {
    BufferedImage image = new BufferedImage(240, 120, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 240, 120);
    g.setColor(new Color(0, 120, 80));
    g.fillOval(10, 10, 100, 100);
    g.drawString("Department", 120, 60);
    g.dispose();
    return image;
  }

  private static BufferedImage chart() {
    BufferedImage image = new BufferedImage(990, 660, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 990, 660);
    g.setColor(new Color(40, 80, 160));
    for (int bar = 0; bar < 8; bar++) {
      int height = 100 + bar * 60;
      g.fillRect(60 + bar * 110, 620 - height, 80, height);
    }
    g.dispose();
    return image;
  }

  /** A handwritten signature: a grey scribble on a transparent background. */
  private static BufferedImage signature() {
    BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.DARK_GRAY);
    g.setStroke(new BasicStroke(3));
    int[] xs = {10, 60, 90, 130, 170, 210, 250, 290};
    int[] ys = {80, 20, 70, 30, 75, 25, 60, 40};
    g.drawPolyline(xs, ys, xs.length);
    g.dispose();
    return image;
  }
}
