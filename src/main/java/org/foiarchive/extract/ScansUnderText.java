package org.foiarchive.extract;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;

/**
 * Finds the PDF pages that are scans under a thin text layer, which Tika's own OCR strategy never
 * reads since their text layer is not empty: a page stamp ("Page 1 of 3") or Bates number added by
 * the sender's disclosure software, a redaction label laid over the scan, a typed line above a
 * pasted picture of a letter. Such a page is drawn for OCR without its text layer, so that OCR
 * reads only what the pictures hold and the text layer's words are not read twice. Stateless.
 */
final class ScansUnderText {
  /**
   * A page is a scan when pictures are drawn over at least this share of it (or one is {@link
   * Pictures#scanCoded}): a scanner's page image covers all of it, a letter pasted as a picture
   * under a typed line most of it; a logo, a signature, a chart or a photograph beside text covers
   * much less.
   */
  static final double MIN_PICTURE_SHARE = 0.5;

  /**
   * A page is a scan only when its text layer has at most this many characters (Tika's count): a
   * stamp, a Bates number, a few redaction labels or a typed line or two. A page of typed text
   * holds 2,000 to 3,500 characters, and a short last page of a letter ("Yours sincerely", a name,
   * a title) about 100 beside a small signature picture, which {@link #looksScanned} rules out; a
   * page whose text layer is the scan's own OCR text (a searchable scan) is longer than this and is
   * read as its text, as before.
   */
  static final int MAX_TEXT_LAYER_CHARS = 400;

  /**
   * The page is divided into this many cells a side to add up the area pictures cover without
   * counting twice where they overlap (a mask drawn over its picture, a scan cut into strips):
   * 1/4,096 of the page is finer than any share that matters here.
   */
  private static final int GRID = 64;

  /**
   * A page larger than this many pixels at the OCR resolution is not drawn (an A4 page at 300 dpi
   * is 8.7 million, an A3 page 17.5 million): a hostile page size must not exhaust the extraction
   * worker's heap, and its text layer is kept as it is.
   */
  static final long MAX_RENDERED_PIXELS = 40_000_000L;

  private ScansUnderText() {}

  /** True when a page with this many characters in its text layer could be a scan under it. */
  static boolean thinTextLayer(int textLayerChars) {
    return textLayerChars <= MAX_TEXT_LAYER_CHARS;
  }

  /**
   * True when the page looks like a scan that OCR has not read: pictures are drawn over at least
   * {@link #MIN_PICTURE_SHARE} of it, or one of them is coded as a scanner codes a page of black
   * and white text ({@link Composition#scanCoded}), however small; and none of its text is
   * invisible.
   */
  static boolean looksScanned(PDPage page) throws IOException {
    Composition composition = composition(page);
    return !composition.invisibleText()
        && (composition.pictureShare() >= MIN_PICTURE_SHARE || composition.scanCoded());
  }

  /**
   * What a page is made of, as far as telling a scan goes.
   *
   * @param pictureShare the share (0 to 1) of the page's crop box that its pictures are drawn over
   * @param scanCoded true when one of them is coded in JBIG2 or CCITT fax, the codings made for
   *     scans of black and white text: a scanner, a photocopier or redaction software writes them,
   *     while a word processor or a PDF printer writes a logo, a signature, a chart or a photograph
   *     as PNG-like (Flate) or JPEG pictures. Such a picture is read even when it covers little of
   *     the page, as a pasted line of a scanned letter under a typed one does (Tika's
   *     testPDF_JBIG2.pdf: 4%).
   * @param invisibleText true when some of its text is drawn invisibly (rendering mode 3): the text
   *     layer a scanner's or Acrobat's OCR lays under the picture of a searchable scan, which has
   *     already read the scan, however short the page
   */
  record Composition(double pictureShare, boolean scanCoded, boolean invisibleText) {}

  static Composition composition(PDPage page) throws IOException {
    PageComposition composition = new PageComposition(page);
    composition.processPage(page);
    return new Composition(composition.share(), composition.scanCoded, composition.invisibleText);
  }

  /**
   * The page drawn at {@code dpi} in shades of grey without its text, as a PNG, as Tika draws a
   * page for OCR; empty when the page is too large to draw.
   */
  static Optional<byte[]> drawnWithoutText(PDDocument document, int pageIndex, int dpi)
      throws IOException {
    PDRectangle box = document.getPage(pageIndex).getCropBox();
    double pixels = (box.getWidth() / 72.0 * dpi) * (box.getHeight() / 72.0 * dpi);
    if (pixels > MAX_RENDERED_PIXELS) {
      return Optional.empty();
    }
    BufferedImage image =
        new WithoutText(document).renderImageWithDPI(pageIndex, dpi, ImageType.GRAY);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    return Optional.of(png.toByteArray());
  }

  /**
   * Marks the cells of the page that each picture (an image or inline image) is drawn over, and
   * notes how pictures are coded and whether text is drawn invisibly.
   */
  private static final class PageComposition extends PDFGraphicsStreamEngine {
    private final PDRectangle box;
    private final boolean[] covered = new boolean[GRID * GRID];
    private boolean scanCoded;
    private boolean invisibleText;

    PageComposition(PDPage page) {
      super(page);
      this.box = page.getCropBox();
    }

    double share() {
      int count = 0;
      for (boolean cell : covered) {
        if (cell) {
          count++;
        }
      }
      return count / (double) covered.length;
    }

    @Override
    public void drawImage(PDImage image) {
      // PDFBox names a picture's file suffix by its coding: "jb2" for JBIG2, "tiff" for CCITT fax.
      String suffix = image.getSuffix();
      scanCoded |= "jb2".equals(suffix) || "tiff".equals(suffix);
      // An image fills the unit square of the current transformation matrix: its corners on the
      // page bound the area it is drawn over (a turned picture by its bounding box).
      Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
      float minX = Float.MAX_VALUE;
      float minY = Float.MAX_VALUE;
      float maxX = -Float.MAX_VALUE;
      float maxY = -Float.MAX_VALUE;
      for (float[] corner : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
        Point2D.Float p = ctm.transformPoint(corner[0], corner[1]);
        minX = Math.min(minX, p.x);
        minY = Math.min(minY, p.y);
        maxX = Math.max(maxX, p.x);
        maxY = Math.max(maxY, p.y);
      }
      float cellWidth = box.getWidth() / GRID;
      float cellHeight = box.getHeight() / GRID;
      for (int row = 0; row < GRID; row++) {
        float y = box.getLowerLeftY() + (row + 0.5f) * cellHeight;
        if (y < minY || y > maxY) {
          continue;
        }
        for (int column = 0; column < GRID; column++) {
          float x = box.getLowerLeftX() + (column + 0.5f) * cellWidth;
          if (x >= minX && x <= maxX) {
            covered[row * GRID + column] = true;
          }
        }
      }
    }

    /** Text is not drawn here (skipping it spares loading the page's fonts), only noted. */
    @Override
    protected void showText(byte[] string) {
      invisibleText |=
          getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {}

    @Override
    public void lineTo(float x, float y) {}

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

    @Override
    public Point2D getCurrentPoint() {
      return new Point2D.Float();
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {}

    @Override
    public void strokePath() {}

    @Override
    public void fillPath(int windingRule) {}

    @Override
    public void fillAndStrokePath(int windingRule) {}

    @Override
    public void shadingFill(COSName shadingName) {}
  }

  /** Draws a page as PDFBox does, except its text (as Tika's NO_TEXT rendering does). */
  private static final class WithoutText extends PDFRenderer {
    WithoutText(PDDocument document) {
      super(document);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
      return new PageDrawer(parameters) {
        @Override
        public void beginText() {}

        @Override
        public void endText() {}

        @Override
        protected void showText(byte[] string) {}
      };
    }
  }
}
