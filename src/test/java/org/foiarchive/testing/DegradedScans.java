package org.foiarchive.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Scanned letters as claimants really upload them, made from our own text: an A4 DWP-style letter
 * with a letterhead and an address block beside the date, then fed upside down or sideways, skewed,
 * speckled on a grey page, JPEG-compressed or scanned at 150 dpi. {@link RealWorldFiles#letter} is
 * the clean, upright scan these are measured against.
 */
public final class DegradedScans {
  /** The letter's body, in reading order, as a claimant might quote it. */
  public static final List<String> BODY =
      List.of(
          "Dear Ms Example,",
          "Mandatory reconsideration of your Universal Credit decision",
          "We have looked again at the decision of 4 March 2014 about your claim.",
          "We have not changed the decision. You did not attend the interview",
          "arranged for 12 February 2014 and you have not shown good reason.",
          "Attendance at a work search review is a condition of your claim.",
          "A sanction of four weeks applies from 19 February 2014.",
          "If you disagree you can appeal to an independent tribunal. You must",
          "appeal within one month of the date of this notice, and you should",
          "send a copy of this notice with your appeal to HM Courts and",
          "Tribunals Service. Your Jobcentre can help you with the form.",
          "The bettong hardship payment may be available while you wait.",
          "Yours sincerely,",
          "Decision Maker");

  /** The letterhead's left column, beside {@link #ADDRESS_BLOCK}. */
  static final List<String> LETTERHEAD =
      List.of(
          "Department for Work and Pensions", "", "Ms A Example", "1 Sample Road", "Exampleton");

  /** The sender's block on the right, level with the recipient: the date is in it. */
  static final List<String> ADDRESS_BLOCK =
      List.of(
          "Jobcentre Plus",
          "Benefit Centre",
          "PO Box 1234",
          "Exampleton EX1 2AB",
          "Telephone 0800 000 0000",
          "Date 2 April 2014",
          "Our reference FOI 2437");

  /** One way a real scan differs from a clean upright one, or several at once. */
  public record Degradation(
      String name,
      int dpi,
      int quarterTurns,
      double skewDegrees,
      boolean greyAndSpeckled,
      boolean jpeg,
      boolean letterhead) {
    public static final Degradation CLEAN =
        new Degradation("clean", 300, 0, 0, false, false, false);

    public Degradation named(String newName) {
      return new Degradation(
          newName, dpi, quarterTurns, skewDegrees, greyAndSpeckled, jpeg, letterhead);
    }

    public Degradation dpi(int value) {
      return new Degradation(
          name, value, quarterTurns, skewDegrees, greyAndSpeckled, jpeg, letterhead);
    }

    public Degradation turned(int quarters) {
      return new Degradation(name, dpi, quarters, skewDegrees, greyAndSpeckled, jpeg, letterhead);
    }

    public Degradation skewed(double degrees) {
      return new Degradation(name, dpi, quarterTurns, degrees, greyAndSpeckled, jpeg, letterhead);
    }

    public Degradation withGreyAndSpeckles() {
      return new Degradation(name, dpi, quarterTurns, skewDegrees, true, jpeg, letterhead);
    }

    public Degradation asJpeg() {
      return new Degradation(
          name, dpi, quarterTurns, skewDegrees, greyAndSpeckled, true, letterhead);
    }

    public Degradation withLetterhead() {
      return new Degradation(name, dpi, quarterTurns, skewDegrees, greyAndSpeckled, jpeg, true);
    }
  }

  /** Every degradation measured in docs/ocr.md, one at a time, then together. */
  public static List<Degradation> all() {
    Degradation clean = Degradation.CLEAN;
    return List.of(
        clean,
        clean.named("letterhead").withLetterhead(),
        clean.named("200 dpi").dpi(200),
        clean.named("150 dpi").dpi(150),
        clean.named("skew 1°").skewed(1),
        clean.named("skew 2°").skewed(2),
        clean.named("skew 3°").skewed(3),
        clean.named("skew -3°").skewed(-3),
        clean.named("grey, speckled").withGreyAndSpeckles(),
        clean.named("JPEG").asJpeg(),
        clean.named("sideways 90°").turned(1),
        clean.named("upside down").turned(2),
        clean.named("sideways 270°").turned(3),
        clean.named("sideways 90°, skew 3°").turned(1).skewed(3),
        clean
            .named("skew 3°, 150 dpi, grey, JPEG, letterhead")
            .skewed(3)
            .dpi(150)
            .withGreyAndSpeckles()
            .asJpeg()
            .withLetterhead(),
        clean
            .named("upside down, skew 1.5°, 200 dpi, grey, JPEG, letterhead")
            .turned(2)
            .skewed(-1.5)
            .dpi(200)
            .withGreyAndSpeckles()
            .asJpeg()
            .withLetterhead());
  }

  private static final double A4_WIDTH_INCHES = 8.27;
  private static final double A4_HEIGHT_INCHES = 11.69;

  private DegradedScans() {}

  /** The page as the scanner saw it, degraded as asked. */
  public static BufferedImage image(List<String> body, Degradation d) {
    BufferedImage page = upright(body, d);
    if (d.skewDegrees() != 0) {
      page = rotate(page, Math.toRadians(d.skewDegrees()));
    }
    if (d.quarterTurns() % 4 != 0) {
      page = rotate(page, Math.PI / 2 * d.quarterTurns());
    }
    if (d.greyAndSpeckled()) {
      speckle(page, new Random(42));
    }
    return page;
  }

  /** The scan as a PDF whose one page is only the picture, with no text layer. */
  public static byte[] pdf(List<String> body, Degradation d) {
    BufferedImage image = image(body, d);
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      boolean landscape = image.getWidth() > image.getHeight();
      PDPage page =
          new PDPage(
              landscape
                  ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                  : PDRectangle.A4);
      doc.addPage(page);
      PDImageXObject picture =
          d.jpeg()
              ? JPEGFactory.createFromImage(doc, image, JPEG_QUALITY)
              : LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(
            picture, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The PDF with a line of text added at the foot of each page, over its picture, as a disclosure
   * tool stamps "Page 1 of 1" or a Bates number on a scan, or a redaction tool labels what it
   * blacked out: a thin text layer over a page that is still a scan.
   */
  public static byte[] withTextOver(byte[] pdf, String line) {
    try (PDDocument doc = Loader.loadPDF(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (PDPage page : doc.getPages()) {
        try (PDPageContentStream content =
            new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
          content.newLineAtOffset(page.getMediaBox().getWidth() / 2 - 30, 20);
          content.showText(line);
          content.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The scan as a picture file: JPEG when the degradation says so, PNG otherwise. */
  public static byte[] picture(List<String> body, Degradation d) {
    BufferedImage image = image(body, d);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (d.jpeg()) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
          writer.setOutput(stream);
          writer.write(null, new IIOImage(image, null, null), param);
        } finally {
          writer.dispose();
        }
      } else {
        ImageIO.write(image, "png", out);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a phone's or a cheap scanner's "medium quality" setting gives: visible blocking. */
  private static final float JPEG_QUALITY = 0.5f;

  private static BufferedImage upright(List<String> body, Degradation d) {
    int width = (int) Math.round(A4_WIDTH_INCHES * d.dpi());
    int height = (int) Math.round(A4_HEIGHT_INCHES * d.dpi());
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    // 11 point text with 1.4 line spacing, as a letter is printed: its size in pixels follows the
    // scan's resolution.
    int pointSize = (int) Math.round(11 * d.dpi() / 72.0);
    int lineHeight = (int) Math.round(pointSize * 1.4);
    int margin = (int) Math.round(0.9 * d.dpi());
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, pointSize);
    g.setFont(font);
    int y = margin;
    if (d.letterhead()) {
      g.setFont(font.deriveFont(Font.BOLD, pointSize * 1.3f));
      g.drawString(LETTERHEAD.getFirst(), margin, y);
      g.setFont(font);
      int right = width / 2 + margin / 2;
      int top = y;
      for (int i = 1; i < LETTERHEAD.size(); i++) {
        g.drawString(LETTERHEAD.get(i), margin, top + i * lineHeight);
      }
      for (int i = 0; i < ADDRESS_BLOCK.size(); i++) {
        g.drawString(ADDRESS_BLOCK.get(i), right, top + (i + 1) * lineHeight);
      }
      y = top + (ADDRESS_BLOCK.size() + 3) * lineHeight;
    }
    for (String line : body) {
      g.drawString(line, margin, y);
      y += lineHeight;
    }
    g.dispose();
    return image;
  }

  /** Turns the page about its centre onto a canvas that holds it all, filled white as paper. */
  private static BufferedImage rotate(BufferedImage page, double radians) {
    double sin = Math.abs(Math.sin(radians));
    double cos = Math.abs(Math.cos(radians));
    int w = (int) Math.round(page.getWidth() * cos + page.getHeight() * sin);
    int h = (int) Math.round(page.getWidth() * sin + page.getHeight() * cos);
    BufferedImage turned = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = turned.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    AffineTransform t = new AffineTransform();
    t.translate(w / 2.0, h / 2.0);
    t.rotate(radians);
    t.translate(-page.getWidth() / 2.0, -page.getHeight() / 2.0);
    g.drawImage(page, t, null);
    g.dispose();
    return turned;
  }

  /**
   * Recycled paper through a tired scanner: a grey background that varies across the page, noise on
   * every pixel, and dark specks.
   */
  private static void speckle(BufferedImage page, Random random) {
    var raster = page.getRaster();
    int w = page.getWidth();
    int h = page.getHeight();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int value = raster.getSample(x, y, 0);
        // Paper at about 75% to 85% white, ink lifted a little: the contrast a grey scan keeps.
        double paper = 200 + 20.0 * x / w + 10.0 * y / h;
        double shade = 30 + (paper - 30) * value / 255.0 + random.nextGaussian() * 12;
        if (random.nextInt(600) == 0) {
          shade = 40 + random.nextInt(60);
        }
        raster.setSample(x, y, 0, (int) Math.max(0, Math.min(255, shade)));
      }
    }
  }
}
