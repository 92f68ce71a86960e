package org.foiarchive.testing;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.foiarchive.testing.DegradedScans.Degradation;

/**
 * Phone photos of our own letter ({@link DegradedScans}' letter with its letterhead), as claimants
 * send them to an adviser instead of a scan: a 12-megapixel JPEG (4032 by 3024), the page lit by a
 * room rather than a scanner's lamp, and, one way at a time and then together, the page lying on a
 * darker table and not filling the frame, held at a slant, shaded across by a hand or a window's
 * light, photographed at an angle (keystone), and stored sideways with an EXIF Orientation tag
 * saying how to turn it, as phones store a portrait photo.
 */
public final class PhonePhotos {
  /** One way a photo differs from one taken square above a page that fills the frame. */
  public record Photo(
      String name,
      boolean onTable,
      double tiltDegrees,
      boolean shadow,
      double keystone,
      boolean exifSideways) {
    public static final Photo FILLING_THE_FRAME =
        new Photo("12 MP, page filling the frame", false, 0, false, 0, false);

    public Photo named(String newName) {
      return new Photo(newName, onTable, tiltDegrees, shadow, keystone, exifSideways);
    }

    public Photo lyingOnTable() {
      return new Photo(name, true, tiltDegrees, shadow, keystone, exifSideways);
    }

    public Photo tilted(double degrees) {
      return new Photo(name, onTable, degrees, shadow, keystone, exifSideways);
    }

    public Photo shaded() {
      return new Photo(name, onTable, tiltDegrees, true, keystone, exifSideways);
    }

    /** The top edge narrower than the bottom by about twice this share of the page's width. */
    public Photo keystoned(double share) {
      return new Photo(name, onTable, tiltDegrees, shadow, share, exifSideways);
    }

    public Photo storedSideways() {
      return new Photo(name, onTable, tiltDegrees, shadow, keystone, true);
    }
  }

  /** Every photo measured in docs/ocr.md: each difference alone, then together. */
  public static List<Photo> all() {
    Photo plain = Photo.FILLING_THE_FRAME;
    return List.of(
        plain,
        plain.named("on a darker table").lyingOnTable(),
        plain.named("tilted 8°").tilted(8),
        plain.named("tilted -15°").tilted(-15),
        plain.named("shadow across").shaded(),
        plain.named("keystone").keystoned(0.08),
        plain.named("sideways, EXIF Orientation 6").storedSideways(),
        plain
            .named("on a table, tilted 10°, shadow, keystone")
            .lyingOnTable()
            .tilted(10)
            .shaded()
            .keystoned(0.06),
        plain
            .named("on a table, tilted -12°, shadow, keystone, EXIF sideways")
            .lyingOnTable()
            .tilted(-12)
            .shaded()
            .keystoned(0.06)
            .storedSideways());
  }

  /** A phone's portrait frame, as it is seen (the sensor's 4032 by 3024, held upright). */
  static final int FRAME_WIDTH = 3024;

  static final int FRAME_HEIGHT = 4032;

  /** The page's height as a share of the frame's when it lies on a table with room around it. */
  private static final double ON_TABLE_HEIGHT_SHARE = 0.72;

  /** The letter is drawn at this resolution, then sampled into the photo. */
  private static final int LETTER_DPI = 300;

  /** What a phone's camera writes: fine, but lossy. */
  private static final float JPEG_QUALITY = 0.85f;

  /** Paper under room light is not a scanner's white. */
  private static final double PAPER_LIGHT = 0.92;

  /** The EXIF Orientation value for "turn 90° clockwise to view": a portrait photo. */
  static final int ORIENTATION_TURN_CLOCKWISE = 6;

  private PhonePhotos() {}

  /** The photo as it is seen, upright, before the phone stores it. */
  public static BufferedImage image(Photo p) {
    BufferedImage letter =
        DegradedScans.image(DegradedScans.BODY, Degradation.CLEAN.withLetterhead().dpi(LETTER_DPI));
    Raster page = letter.getRaster();
    int pw = letter.getWidth();
    int ph = letter.getHeight();
    double theta = Math.toRadians(p.tiltDegrees());
    double cos = Math.cos(theta);
    double sin = Math.sin(theta);
    // The page's turned outline, widened by the keystone, fits the frame (or its share on a table).
    double spanW = pw * Math.abs(cos) + ph * Math.abs(sin);
    double spanH = pw * Math.abs(sin) + ph * Math.abs(cos);
    double room = p.onTable() ? ON_TABLE_HEIGHT_SHARE : 1.0;
    double scale =
        Math.min(room * FRAME_HEIGHT / spanH, room * FRAME_WIDTH / (spanW * (1 + p.keystone())));
    if (!p.onTable() && p.tiltDegrees() == 0 && p.keystone() == 0) {
      scale = FRAME_HEIGHT / (double) ph;
    }
    BufferedImage photo = new BufferedImage(FRAME_WIDTH, FRAME_HEIGHT, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(14);
    double cx = FRAME_WIDTH / 2.0;
    double cy = FRAME_HEIGHT / 2.0;
    int[] row = new int[FRAME_WIDTH];
    for (int y = 0; y < FRAME_HEIGHT; y++) {
      for (int x = 0; x < FRAME_WIDTH; x++) {
        // Undo the keystone (a projective map that narrows the top), then the tilt and scale.
        double kx = x - cx;
        double ky = y - cy;
        double w = 1 + 2 * p.keystone() * ky / FRAME_HEIGHT;
        double fx = kx / w;
        double fy = ky / w;
        double u = (fx * cos + fy * sin) / scale + pw / 2.0;
        double v = (-fx * sin + fy * cos) / scale + ph / 2.0;
        double light = light(p, x, y);
        double red;
        double green;
        double blue;
        if (u >= 0 && v >= 0 && u < pw - 1 && v < ph - 1) {
          double grey = bilinear(page, u, v) * PAPER_LIGHT;
          red = grey;
          green = grey * 0.98;
          blue = grey * 0.93;
        } else if (p.onTable()) {
          // A wooden table: brown, with a grain along it.
          double grain = 1 + 0.12 * Math.sin(y / 23.0 + 3 * Math.sin(x / 310.0));
          red = 105 * grain;
          green = 75 * grain;
          blue = 50 * grain;
        } else {
          red = 235;
          green = 230;
          blue = 219;
        }
        double noise = random.nextGaussian() * 3;
        row[x] =
            (clamp(red * light + noise) << 16)
                | (clamp(green * light + noise) << 8)
                | clamp(blue * light + noise);
      }
      photo.setRGB(0, y, FRAME_WIDTH, 1, row, 0, FRAME_WIDTH);
    }
    return photo;
  }

  /** The photo as the phone stores it: a JPEG, sideways with an Orientation tag where asked. */
  public static byte[] jpeg(Photo p) {
    BufferedImage seen = image(p);
    byte[] jpeg = encode(p.exifSideways() ? turnedAnticlockwise(seen) : seen);
    return p.exifSideways() ? withOrientation(jpeg, ORIENTATION_TURN_CLOCKWISE) : jpeg;
  }

  /**
   * Room light: brighter towards the window (top left) and, for a shaded photo, a soft shadow (a
   * hand or the phone) over the lower right third of the page.
   */
  private static double light(Photo p, int x, int y) {
    double across = (x / (double) FRAME_WIDTH + y / (double) FRAME_HEIGHT) / 2;
    double light = 1.0 - 0.1 * across;
    if (p.shadow()) {
      light = 1.0 - 0.3 * across;
      // Distance past the shadow's edge, a line across the lower right, softened over 120 pixels.
      double past = (x * 0.6 + y * 0.8 - 0.45 * (FRAME_WIDTH * 0.6 + FRAME_HEIGHT * 0.8)) / 120;
      double inShadow = 1 / (1 + Math.exp(-past));
      light *= 1 - 0.45 * inShadow;
    }
    return light;
  }

  private static double bilinear(Raster page, double u, double v) {
    int x = (int) u;
    int y = (int) v;
    double dx = u - x;
    double dy = v - y;
    double top = page.getSample(x, y, 0) * (1 - dx) + page.getSample(x + 1, y, 0) * dx;
    double bottom = page.getSample(x, y + 1, 0) * (1 - dx) + page.getSample(x + 1, y + 1, 0) * dx;
    return top * (1 - dy) + bottom * dy;
  }

  private static int clamp(double value) {
    return (int) Math.max(0, Math.min(255, Math.round(value)));
  }

  private static BufferedImage turnedAnticlockwise(BufferedImage seen) {
    int w = seen.getWidth();
    int h = seen.getHeight();
    BufferedImage stored = new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB);
    WritableRaster out = stored.getRaster();
    Raster in = seen.getRaster();
    int[] pixel = new int[3];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out.setPixel(y, w - 1 - x, in.getPixel(x, y, pixel));
      }
    }
    return stored;
  }

  private static byte[] encode(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
        writer.setOutput(stream);
        writer.write(null, new IIOImage(image, null, null), param);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
  }

  /**
   * The JPEG with an EXIF segment (APP1) after its start marker holding only the Orientation tag,
   * as a phone writes it among many others.
   */
  static byte[] withOrientation(byte[] jpeg, int orientation) {
    ByteBuffer tiff = ByteBuffer.allocate(26);
    tiff.put("MM".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putShort((short) 42);
    tiff.putInt(8); // the first directory follows the header
    tiff.putShort((short) 1); // one entry
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1); // Orientation, SHORT, one value
    tiff.putShort((short) orientation).putShort((short) 0);
    tiff.putInt(0); // no next directory
    byte[] exif = "Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    int length = 2 + exif.length + tiff.capacity();
    ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + length + 2);
    out.write(jpeg, 0, 2); // SOI
    out.write(0xFF);
    out.write(0xE1);
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.write(exif, 0, exif.length);
    out.write(tiff.array(), 0, tiff.capacity());
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }
}
