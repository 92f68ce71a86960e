package org.foiarchive.extract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a scanned page that was fed in at a slant back level before Tesseract reads it. Tesseract's
 * own layout analysis copes with a page up to about 2° off (docs/ocr.md): at 3° the lines of a
 * full-width letter overlap their neighbours' bands, Tesseract takes the body for a picture and
 * reads only its first and last lines. Pages fed in sideways or upside down are left as they are:
 * Tesseract's orientation detection (page segmentation mode 1, Tika's default) turns those itself,
 * and the slant is measured along lines or columns alike so that a sideways page is straightened
 * too. Stateless and thread-safe.
 */
final class ScanStraightener {
  private static final Logger LOG = LoggerFactory.getLogger(ScanStraightener.class);

  /**
   * A page slanted less than this is given to Tesseract as it is: it reads 2° as well as level
   * (docs/ocr.md), and turning a page costs a re-encoding.
   */
  static final double STRAIGHTEN_FROM_DEGREES = 1.0;

  /**
   * The largest slant looked for: a scanner's feed rarely goes beyond 5°, but a letter photographed
   * on a table by hand lies at 5° to 15° (docs/ocr.md). A quarter turn is Tesseract's own
   * orientation detection's.
   */
  static final double MAX_SKEW_DEGREES = 20.0;

  /**
   * A picture larger than this is read by Tesseract as it is: decoded, turned and written again it
   * would take three copies of itself in the extraction worker's 512 MB heap. An A4 page scanned at
   * 600 dpi is 35 million pixels.
   */
  static final long MAX_PIXELS = 40_000_000;

  /** The step between the slants tried: finer than the slant a 1,000-pixel line can show. */
  private static final double STEP_DEGREES = 0.1;

  /** The step of the first, coarse search over the whole range of slants. */
  private static final double COARSE_STEP_DEGREES = 0.5;

  /** The slant is measured on a copy this wide at most, which keeps it to tens of milliseconds. */
  private static final int MEASURE_WIDTH = 1000;

  /** Fewer dark points than this is a blank page, with no lines to measure. */
  private static final int MIN_DARK_POINTS = 500;

  private ScanStraightener() {}

  /**
   * The picture made ready for Tesseract as a PNG (a phone photo readied as a scan by {@link
   * PhotoPage}, then straightened), or empty when it is ready as it is, blank, or not a picture
   * Java can read (Tesseract then reads it as it is).
   */
  static Optional<byte[]> straighten(byte[] picture) {
    BufferedImage image;
    try {
      long pixels = pixels(picture);
      if (pixels < 0) {
        // Only the first page would be turned and handed on: Tesseract reads every page of a TIFF.
        LOG.debug("not straightened: a picture of several pages");
        return Optional.empty();
      }
      if (pixels > MAX_PIXELS) {
        LOG.debug("not straightened: {} pixels is more than {}", pixels, MAX_PIXELS);
        return Optional.empty();
      }
      image = ImageIO.read(new ByteArrayInputStream(picture));
    } catch (IOException | RuntimeException e) {
      LOG.debug("not straightened: Java cannot read the picture ({})", e.toString());
      return Optional.empty();
    }
    if (image == null) {
      return Optional.empty();
    }
    return prepared(image, PhotoPage.exifOrientation(picture));
  }

  /**
   * The picture made ready for Tesseract as a PNG, or empty when it is ready as it is: turned as
   * its EXIF Orientation says, cut to the page where it lies on something darker, evened out where
   * the light falls unevenly, scaled down where it is far larger than 300 dpi, and straightened
   * where it is slanted. Each step is taken only when the picture needs it ({@link PhotoPage}).
   */
  private static Optional<byte[]> prepared(BufferedImage image, int orientation) {
    List<String> done = new ArrayList<>();
    BufferedImage page = grey(image);
    if (orientation != PhotoPage.UPRIGHT) {
      page = PhotoPage.upright(page, orientation);
      done.add("turned as its EXIF Orientation " + orientation + " says");
    }
    Optional<PhotoPage.PageArea> area = PhotoPage.pageArea(page);
    Optional<BufferedImage> even = PhotoPage.evenlyLit(page);
    if (even.isPresent()) {
      page = even.get();
      done.add("evenly lit");
    }
    if (area.isPresent()) {
      page = area.get().cut(page);
      done.add("cut to the page");
    }
    double pageWidth =
        area.map(PhotoPage.PageArea::pageWidth)
            .orElse((double) Math.min(page.getWidth(), page.getHeight()));
    Optional<BufferedImage> scaled = PhotoPage.scaledToPageWidth(page, pageWidth);
    if (scaled.isPresent()) {
      page = scaled.get();
      done.add("scaled to " + page.getWidth() + " by " + page.getHeight());
    }
    double skew = skewDegrees(page);
    if (Math.abs(skew) >= STRAIGHTEN_FROM_DEGREES) {
      page = rotate(page, Math.toRadians(-skew));
      done.add("straightened by " + format(-skew) + "°");
    } else {
      LOG.debug("slant {}°, left as it is", format(skew));
    }
    if (done.isEmpty()) {
      return Optional.empty();
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(page, "png", out);
      LOG.info("scan {} before OCR", String.join(", ", done));
      return Optional.of(out.toByteArray());
    } catch (IOException e) {
      LOG.warn("scan not prepared for OCR, the PNG could not be written: {}", e.toString());
      return Optional.empty();
    }
  }

  /**
   * The picture's size from its header, without decoding it; 0 when Java cannot tell, -1 when it
   * holds more than one page.
   */
  private static long pixels(byte[] picture) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(picture))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        return 0;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, false, true);
        if (reader.getNumImages(true) > 1) {
          return -1;
        }
        return (long) reader.getWidth(0) * reader.getHeight(0);
      } finally {
        reader.dispose();
      }
    }
  }

  /**
   * The slant of the page's lines in degrees, clockwise as the picture is seen; 0 when there is
   * nothing to measure. The angle at which the dark points, projected across lines (or across
   * columns, for a page fed in sideways), fall into the fewest, fullest bands is the slant.
   */
  static double skewDegrees(BufferedImage image) {
    int step = Math.max(1, (int) Math.ceil(image.getWidth() / (double) MEASURE_WIDTH));
    int w = image.getWidth() / step;
    int h = image.getHeight() / step;
    int[] shade = new int[w * h];
    Raster raster = grey(image).getRaster();
    int[] block = new int[step * step];
    for (int by = 0; by < h; by++) {
      for (int bx = 0; bx < w; bx++) {
        raster.getSamples(bx * step, by * step, step, step, 0, block);
        int sum = 0;
        for (int v : block) {
          sum += v;
        }
        shade[by * w + bx] = sum / block.length;
      }
    }
    int threshold = otsu(shade);
    int dark = 0;
    for (int v : shade) {
      if (v < threshold) {
        dark++;
      }
    }
    // A page mostly dark is a photograph or an inverted scan: no lines of print to measure.
    if (dark < MIN_DARK_POINTS || dark > shade.length / 3) {
      return 0;
    }
    int[] xs = new int[dark];
    int[] ys = new int[dark];
    int n = 0;
    for (int i = 0; i < shade.length; i++) {
      if (shade[i] < threshold) {
        xs[n] = i % w;
        ys[n] = i / w;
        n++;
      }
    }
    int diagonal = (int) Math.ceil(Math.hypot(w, h)) + 2;
    // Every 0.5° over the whole range first, then every 0.1° around the best: a quarter of the work
    // of trying every 0.1° over ±20°, which a level scan would pay for.
    double coarse =
        bestSlant(xs, ys, n, diagonal, -MAX_SKEW_DEGREES, MAX_SKEW_DEGREES, COARSE_STEP_DEGREES);
    double best =
        bestSlant(
            xs,
            ys,
            n,
            diagonal,
            coarse - COARSE_STEP_DEGREES,
            coarse + COARSE_STEP_DEGREES,
            STEP_DEGREES);
    return best;
  }

  /**
   * The slant from {@code from} to {@code to} degrees, every {@code step}, at which the points fall
   * into the sharpest bands.
   */
  private static double bestSlant(
      int[] xs, int[] ys, int n, int diagonal, double from, double to, double step) {
    double best = 0;
    double bestScore = -1;
    int first = (int) Math.round(from / step);
    int last = (int) Math.round(to / step);
    for (int s = first; s <= last; s++) {
      double degrees = s * step;
      double sin = Math.sin(Math.toRadians(degrees));
      double cos = Math.cos(Math.toRadians(degrees));
      int[] rows = new int[2 * diagonal];
      int[] columns = new int[2 * diagonal];
      for (int i = 0; i < n; i++) {
        rows[(int) Math.round(ys[i] * cos - xs[i] * sin) + diagonal]++;
        columns[(int) Math.round(xs[i] * cos + ys[i] * sin) + diagonal]++;
      }
      double score = Math.max(sharpness(rows), sharpness(columns));
      if (score > bestScore) {
        bestScore = score;
        best = degrees;
      }
    }
    return best;
  }

  /** Sum of squared band counts: highest when the points fall into few, full bands. */
  private static double sharpness(int[] bands) {
    double sum = 0;
    for (int count : bands) {
      sum += (double) count * count;
    }
    return sum;
  }

  /**
   * Otsu's threshold: the grey level that best splits ink from paper, whatever the paper's shade.
   */
  private static int otsu(int[] shade) {
    long[] histogram = new long[256];
    for (int v : shade) {
      histogram[v]++;
    }
    long total = shade.length;
    double sumAll = 0;
    for (int i = 0; i < 256; i++) {
      sumAll += (double) i * histogram[i];
    }
    double sumBelow = 0;
    long below = 0;
    double bestVariance = -1;
    int threshold = 128;
    for (int t = 0; t < 256; t++) {
      below += histogram[t];
      if (below == 0) {
        continue;
      }
      long above = total - below;
      if (above == 0) {
        break;
      }
      sumBelow += (double) t * histogram[t];
      double meanBelow = sumBelow / below;
      double meanAbove = (sumAll - sumBelow) / above;
      double variance = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
      if (variance > bestVariance) {
        bestVariance = variance;
        threshold = t + 1;
      }
    }
    return threshold;
  }

  /**
   * The picture in grey, as the luma of its colours: drawn onto a grey image instead, Java would
   * convert it to a linear grey and darken every mid-tone, thickening the edges of letters.
   */
  static BufferedImage grey(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    WritableRaster out = grey.getRaster();
    int[] rgb = new int[w];
    int[] luma = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, rgb, 0, w);
      for (int x = 0; x < w; x++) {
        int c = rgb[x];
        luma[x] = (299 * ((c >> 16) & 0xFF) + 587 * ((c >> 8) & 0xFF) + 114 * (c & 0xFF)) / 1000;
      }
      out.setSamples(0, y, w, 1, 0, luma);
    }
    return grey;
  }

  /**
   * The page turned about its centre onto a canvas that holds all of it; the corners it uncovers
   * are white, as paper.
   */
  private static BufferedImage rotate(BufferedImage page, double radians) {
    BufferedImage source = grey(page);
    double sin = Math.abs(Math.sin(radians));
    double cos = Math.abs(Math.cos(radians));
    int w = (int) Math.round(source.getWidth() * cos + source.getHeight() * sin);
    int h = (int) Math.round(source.getWidth() * sin + source.getHeight() * cos);
    BufferedImage turned = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = turned.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    AffineTransform t = new AffineTransform();
    t.translate(w / 2.0, h / 2.0);
    t.rotate(radians);
    t.translate(-source.getWidth() / 2.0, -source.getHeight() / 2.0);
    g.drawImage(source, t, null);
    g.dispose();
    return turned;
  }

  private static String format(double degrees) {
    return String.format(Locale.ROOT, "%.1f", degrees);
  }
}
