package org.foiarchive.extract;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * What makes a phone photo of a letter differ from a scan, undone before Tesseract reads it: the
 * photo stored sideways with an EXIF tag saying how to turn it, the page lying on a darker table
 * and not filling the frame, light that falls unevenly across the page (a shadow, a window to one
 * side), and a 12-megapixel frame far larger than Tesseract needs. Each step works on a grey page
 * and is taken only when the picture shows it is needed, so a scan is left as it is. The slant is
 * {@link ScanStraightener}'s. Stateless and thread-safe.
 */
final class PhotoPage {
  /** EXIF's Orientation when the picture is stored as it is to be seen. */
  static final int UPRIGHT = 1;

  /**
   * A4's width at 300 dpi, the resolution Tesseract reads best: a page photographed wider than
   * {@link #SCALE_DOWN_BEYOND} times this is scaled down to it, since a larger page only costs
   * Tesseract time and memory.
   */
  static final int PAGE_WIDTH_PIXELS = 2480;

  /**
   * Up to this many times {@link #PAGE_WIDTH_PIXELS} (A4 at 450 dpi) a page is read at the size it
   * came. A 12-megapixel photo of a page filling the frame (2,850 pixels wide) scaled to 300 dpi
   * cost no less CPU than read as it was, and Tesseract read "FOI 2437" as "FO! 2437" in 6 of 9
   * photos instead of 4 (docs/ocr.md); a 48-megapixel photo is scaled.
   */
  static final double SCALE_DOWN_BEYOND = 1.5;

  /**
   * A cell is page when it is at least this share as bright as the page found within {@link
   * #PAGE_REACH_CELLS} of it: a shadow's soft edge darkens paper far less over that distance, and a
   * table is darker by more, as is a cell on the page's edge that holds more table than page.
   */
  static final double PAGE_EDGE_STEP = 0.85;

  /**
   * How far, in cells, a cell is compared with the page around it: a few cells, so that the page's
   * own brightness, not a neighbour's on a slanted edge, is the measure.
   */
  private static final int PAGE_REACH_CELLS = 6;

  /**
   * What lies around the page is a table (or a floor, a bed) to cut away only when its mean is
   * darker than this share of the page's: a scan's grey border is not cut.
   */
  static final double SURROUND_DARKER = 0.7;

  /** A page covering more than this share of the picture fills it, as in a scan: nothing to cut. */
  static final double PAGE_FILLS_PICTURE = 0.9;

  /** A bright region smaller than this share of the picture is no page to cut to. */
  static final double PAGE_AT_LEAST = 0.1;

  /**
   * Paper lit at less than this share of its best-lit part is lit unevenly and evened out before
   * Tesseract thresholds it: one threshold for the page cuts the letters in the shade.
   */
  static final double UNEVEN_LIGHT = 0.8;

  /** The page is looked at for its edges in about this many cells along its longer side. */
  private static final int EDGE_CELLS = 400;

  /**
   * The light on the paper is measured in about this many cells across the page's width: wide
   * enough that each holds some paper between lines of text, narrow enough to follow a shadow.
   */
  private static final int LIGHT_CELLS = 60;

  private PhotoPage() {}

  /**
   * The picture's EXIF Orientation (1 to 8), read with metadata-extractor; {@link #UPRIGHT} when it
   * has none or it cannot be read.
   */
  static int exifOrientation(byte[] picture) {
    try {
      ExifIFD0Directory exif =
          ImageMetadataReader.readMetadata(new ByteArrayInputStream(picture))
              .getFirstDirectoryOfType(ExifIFD0Directory.class);
      if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
        return UPRIGHT;
      }
      int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
      return orientation >= 1 && orientation <= 8 ? orientation : UPRIGHT;
    } catch (ImageProcessingException | MetadataException | IOException | RuntimeException e) {
      // A format metadata-extractor does not know, or a damaged header: the pixels as they are.
      return UPRIGHT;
    }
  }

  /** The picture turned (and mirrored) as its EXIF Orientation says it is to be seen. */
  static BufferedImage upright(BufferedImage stored, int orientation) {
    int w = stored.getWidth();
    int h = stored.getHeight();
    AffineTransform t = new AffineTransform();
    boolean across = orientation >= 5;
    switch (orientation) {
      case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
      case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
      case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
      case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
      case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
      case 7 -> t.setTransform(0, -1, -1, 0, h, w);
      case 8 -> t.setTransform(0, -1, 1, 0, 0, w);
      default -> {
        return stored;
      }
    }
    BufferedImage seen =
        new BufferedImage(across ? h : w, across ? w : h, BufferedImage.TYPE_BYTE_GRAY);
    new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(stored, seen);
    return seen;
  }

  /**
   * Where a page lies in a photo of it on something clearly darker, in cells of the picture: the
   * best-lit paper and all that can be reached from it without falling darker than a page's edge
   * onto the table, with the text inside it. Empty when the page fills the picture or the surround
   * is not clearly darker.
   */
  static Optional<PageArea> pageArea(BufferedImage grey) {
    int cell =
        Math.max(
            1, (int) Math.ceil(Math.max(grey.getWidth(), grey.getHeight()) / (double) EDGE_CELLS));
    int w = grey.getWidth() / cell;
    int h = grey.getHeight() / cell;
    if (w < 3 || h < 3) {
      return Optional.empty();
    }
    int[] shade = cellMeans(grey, cell, w, h);
    int[] sorted = shade.clone();
    Arrays.sort(sorted);
    int bright = sorted[(int) (sorted.length * 0.98)];
    // The seed is the largest patch of the best-lit paper; a bright speck on the table is not.
    boolean[] seed = new boolean[shade.length];
    for (int i = 0; i < shade.length; i++) {
      seed[i] = shade[i] >= 0.9 * bright;
    }
    boolean[] inside = largestPatch(seed, w, h);
    grow(inside, w, h, n -> shade[n] >= PAGE_EDGE_STEP * brightestNear(shade, inside, w, h, n));
    fillHoles(inside, w, h);
    long page = 0;
    long pageShade = 0;
    long surroundShade = 0;
    for (int i = 0; i < inside.length; i++) {
      if (inside[i]) {
        page++;
        pageShade += shade[i];
      } else {
        surroundShade += shade[i];
      }
    }
    long surround = inside.length - page;
    if (page > PAGE_FILLS_PICTURE * inside.length
        || page < PAGE_AT_LEAST * inside.length
        || surroundShade / (double) surround > SURROUND_DARKER * pageShade / (double) page) {
      return Optional.empty();
    }
    return Optional.of(new PageArea(inside, w, h, cell, page));
  }

  /**
   * A page's place in a picture, in square cells of {@code cell} pixels: {@code inside} is true for
   * the cells of the page.
   */
  record PageArea(boolean[] inside, int cellsWide, int cellsHigh, int cell, long pageCells) {
    /** The page's shorter side in pixels, from its area and A4's proportions. */
    double pageWidth() {
      return Math.sqrt(pageCells / Math.sqrt(2)) * cell;
    }

    /**
     * The page cut out of the picture (or of the same picture with its light evened out): the
     * rectangle around it, with all that is not the page (and one cell beside it) made white.
     */
    BufferedImage cut(BufferedImage picture) {
      int left = cellsWide;
      int right = -1;
      int top = cellsHigh;
      int bottom = -1;
      boolean[] near = new boolean[inside.length];
      for (int y = 0; y < cellsHigh; y++) {
        for (int x = 0; x < cellsWide; x++) {
          if (inside[y * cellsWide + x]) {
            left = Math.min(left, x);
            right = Math.max(right, x);
            top = Math.min(top, y);
            bottom = Math.max(bottom, y);
            for (int dy = -1; dy <= 1; dy++) {
              for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < cellsWide && ny < cellsHigh) {
                  near[ny * cellsWide + nx] = true;
                }
              }
            }
          }
        }
      }
      int x0 = Math.max(0, left - 1) * cell;
      int y0 = Math.max(0, top - 1) * cell;
      int x1 = Math.min(picture.getWidth(), (right + 2) * cell);
      int y1 = Math.min(picture.getHeight(), (bottom + 2) * cell);
      BufferedImage page = new BufferedImage(x1 - x0, y1 - y0, BufferedImage.TYPE_BYTE_GRAY);
      Raster in = picture.getRaster();
      WritableRaster out = page.getRaster();
      int[] line = new int[x1 - x0];
      for (int y = y0; y < y1; y++) {
        in.getSamples(x0, y, x1 - x0, 1, 0, line);
        int cy = Math.min(y / cell, cellsHigh - 1);
        for (int x = x0; x < x1; x++) {
          if (!near[cy * cellsWide + Math.min(x / cell, cellsWide - 1)]) {
            line[x - x0] = 255;
          }
        }
        out.setSamples(0, y - y0, x1 - x0, 1, 0, line);
      }
      return page;
    }
  }

  /**
   * The page with its paper evened out to white, where the light falls unevenly across it: each
   * pixel over the paper's brightness around it (the brightest in each cell, spread to the cells
   * beside it so that a cell of heading is not taken for shade, then smoothed). Empty when the
   * paper is lit evenly enough, as a scanner lights it.
   */
  static Optional<BufferedImage> evenlyLit(BufferedImage grey) {
    int cell = Math.max(8, grey.getWidth() / LIGHT_CELLS);
    int w = (grey.getWidth() + cell - 1) / cell;
    int h = (grey.getHeight() + cell - 1) / cell;
    Raster in = grey.getRaster();
    int[] brightest = new int[w * h];
    int[] line = new int[grey.getWidth()];
    for (int y = 0; y < grey.getHeight(); y++) {
      in.getSamples(0, y, grey.getWidth(), 1, 0, line);
      int row = (y / cell) * w;
      for (int x = 0; x < line.length; x++) {
        int i = row + x / cell;
        brightest[i] = Math.max(brightest[i], line[x]);
      }
    }
    double[] paper = smoothed(spread(brightest, w, h), w, h);
    double[] sorted = paper.clone();
    Arrays.sort(sorted);
    double dim = sorted[sorted.length / 10];
    double lit = sorted[sorted.length * 9 / 10];
    if (lit <= 0 || dim / lit >= UNEVEN_LIGHT) {
      return Optional.empty();
    }
    BufferedImage even =
        new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    WritableRaster out = even.getRaster();
    for (int y = 0; y < grey.getHeight(); y++) {
      in.getSamples(0, y, grey.getWidth(), 1, 0, line);
      // Between the centres of the cells around it, the paper's light is interpolated.
      double fy = Math.clamp((y + 0.5) / cell - 0.5, 0, h - 1);
      int y0 = (int) fy;
      int y1 = Math.min(y0 + 1, h - 1);
      double dy = fy - y0;
      for (int x = 0; x < line.length; x++) {
        double fx = Math.clamp((x + 0.5) / cell - 0.5, 0, w - 1);
        int x0 = (int) fx;
        int x1 = Math.min(x0 + 1, w - 1);
        double dx = fx - x0;
        double light =
            (paper[y0 * w + x0] * (1 - dx) + paper[y0 * w + x1] * dx) * (1 - dy)
                + (paper[y1 * w + x0] * (1 - dx) + paper[y1 * w + x1] * dx) * dy;
        line[x] = (int) Math.min(255, Math.round(255.0 * line[x] / Math.max(1, light)));
      }
      out.setSamples(0, y, grey.getWidth(), 1, 0, line);
    }
    return Optional.of(even);
  }

  /**
   * The page scaled down so that its width (the shorter side of a page on A4) is {@link
   * #PAGE_WIDTH_PIXELS}, when it is more than {@link #SCALE_DOWN_BEYOND} times that; empty
   * otherwise.
   */
  static Optional<BufferedImage> scaledToPageWidth(BufferedImage grey, double pageWidth) {
    if (pageWidth <= SCALE_DOWN_BEYOND * PAGE_WIDTH_PIXELS) {
      return Optional.empty();
    }
    BufferedImage scaled = grey;
    double ratio = PAGE_WIDTH_PIXELS / pageWidth;
    // Bilinear sampling skips pixels when it shrinks by more than half: halve in steps first.
    while (ratio < 0.5) {
      scaled = resized(scaled, 0.5);
      ratio *= 2;
    }
    return Optional.of(resized(scaled, ratio));
  }

  private static BufferedImage resized(BufferedImage grey, double ratio) {
    int w = Math.max(1, (int) Math.round(grey.getWidth() * ratio));
    int h = Math.max(1, (int) Math.round(grey.getHeight() * ratio));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(grey, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  private static int[] cellMeans(BufferedImage grey, int cell, int w, int h) {
    Raster raster = grey.getRaster();
    int[] block = new int[cell * cell];
    int[] shade = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        raster.getSamples(x * cell, y * cell, cell, cell, 0, block);
        long sum = 0;
        for (int v : block) {
          sum += v;
        }
        shade[y * w + x] = (int) (sum / block.length);
      }
    }
    return shade;
  }

  /** The brightest page cell within {@link #PAGE_REACH_CELLS} of the cell {@code n}. */
  private static int brightestNear(int[] shade, boolean[] inside, int w, int h, int n) {
    int x = n % w;
    int y = n / w;
    int brightest = 0;
    for (int ny = Math.max(0, y - PAGE_REACH_CELLS);
        ny <= Math.min(h - 1, y + PAGE_REACH_CELLS);
        ny++) {
      for (int nx = Math.max(0, x - PAGE_REACH_CELLS);
          nx <= Math.min(w - 1, x + PAGE_REACH_CELLS);
          nx++) {
        if (inside[ny * w + nx]) {
          brightest = Math.max(brightest, shade[ny * w + nx]);
        }
      }
    }
    return brightest;
  }

  /** The largest 4-connected patch of true cells. */
  private static boolean[] largestPatch(boolean[] cells, int w, int h) {
    int[] label = new int[cells.length];
    int best = 0;
    int bestSize = 0;
    int next = 0;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int start = 0; start < cells.length; start++) {
      if (!cells[start] || label[start] != 0) {
        continue;
      }
      next++;
      int size = 0;
      label[start] = next;
      queue.add(start);
      while (!queue.isEmpty()) {
        int i = queue.poll();
        size++;
        for (int n : neighbours(i, w, h)) {
          if (n >= 0 && cells[n] && label[n] == 0) {
            label[n] = next;
            queue.add(n);
          }
        }
      }
      if (size > bestSize) {
        bestSize = size;
        best = next;
      }
    }
    boolean[] patch = new boolean[cells.length];
    for (int i = 0; i < cells.length; i++) {
      patch[i] = best != 0 && label[i] == best;
    }
    return patch;
  }

  /** Cells the surround cannot reach from the picture's edge (the text on the page) are page. */
  private static void fillHoles(boolean[] inside, int w, int h) {
    boolean[] outside = new boolean[inside.length];
    for (int i = 0; i < inside.length; i++) {
      int x = i % w;
      int y = i / w;
      outside[i] = (x == 0 || y == 0 || x == w - 1 || y == h - 1) && !inside[i];
    }
    grow(outside, w, h, n -> !inside[n]);
    for (int i = 0; i < inside.length; i++) {
      inside[i] = !outside[i];
    }
  }

  /**
   * Marks in {@code reached} every cell 4-connected to a marked one through cells {@code joins}
   * accepts, breadth first from the marked cells in order (so a test that reads {@code reached}
   * sees the region as it has grown so far).
   */
  private static void grow(boolean[] reached, int w, int h, IntPredicate joins) {
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int i = 0; i < reached.length; i++) {
      if (reached[i]) {
        queue.add(i);
      }
    }
    while (!queue.isEmpty()) {
      for (int n : neighbours(queue.poll(), w, h)) {
        if (n >= 0 && !reached[n] && joins.test(n)) {
          reached[n] = true;
          queue.add(n);
        }
      }
    }
  }

  /** The cells left, right, above and below cell {@code i}; -1 where the picture ends. */
  private static int[] neighbours(int i, int w, int h) {
    int x = i % w;
    int y = i / w;
    return new int[] {
      x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1
    };
  }

  /** Each cell the brightest of itself and the eight around it. */
  private static int[] spread(int[] cells, int w, int h) {
    int[] out = new int[cells.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int max = 0;
        for (int dy = Math.max(0, y - 1); dy <= Math.min(h - 1, y + 1); dy++) {
          for (int dx = Math.max(0, x - 1); dx <= Math.min(w - 1, x + 1); dx++) {
            max = Math.max(max, cells[dy * w + dx]);
          }
        }
        out[y * w + x] = max;
      }
    }
    return out;
  }

  /** Each cell the mean of itself and the eight around it. */
  private static double[] smoothed(int[] cells, int w, int h) {
    double[] out = new double[cells.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double sum = 0;
        int n = 0;
        for (int dy = Math.max(0, y - 1); dy <= Math.min(h - 1, y + 1); dy++) {
          for (int dx = Math.max(0, x - 1); dx <= Math.min(w - 1, x + 1); dx++) {
            sum += cells[dy * w + dx];
            n++;
          }
        }
        out[y * w + x] = sum / n;
      }
    }
    return out;
  }
}
