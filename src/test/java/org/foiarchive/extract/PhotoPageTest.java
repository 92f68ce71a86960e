package org.foiarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.foiarchive.testing.DegradedScans;
import org.foiarchive.testing.DegradedScans.Degradation;
import org.foiarchive.testing.PhonePhotos;
import org.foiarchive.testing.PhonePhotos.Photo;
import org.junit.jupiter.api.Test;

/** Readying a phone photo of a letter for Tesseract, step by step; no Tesseract needed. */
class PhotoPageTest {
  private static final BufferedImage SCAN =
      DegradedScans.image(DegradedScans.BODY, Degradation.CLEAN.withLetterhead());

  @Test
  void aPhotoStoredSidewaysIsTurnedAsItsExifOrientationSays() throws Exception {
    byte[] stored = PhonePhotos.jpeg(Photo.FILLING_THE_FRAME.storedSideways());
    assertThat(PhotoPage.exifOrientation(stored)).isEqualTo(6);
    BufferedImage sideways = ImageIO.read(new ByteArrayInputStream(stored));
    assertThat(sideways.getWidth()).isGreaterThan(sideways.getHeight());
    BufferedImage seen = PhotoPage.upright(ScanStraightener.grey(sideways), 6);
    assertThat(seen.getHeight()).isEqualTo(sideways.getWidth());
    // The letterhead, heavy type near the top of the page as it is seen, is dark again there.
    assertThat(darkShare(seen, 0, seen.getHeight() / 5))
        .isGreaterThan(2 * darkShare(seen, seen.getHeight() * 4 / 5, seen.getHeight()));
  }

  @Test
  void aPictureWithNoOrientationIsUpright() {
    assertThat(
            PhotoPage.exifOrientation(DegradedScans.picture(DegradedScans.BODY, Degradation.CLEAN)))
        .isEqualTo(PhotoPage.UPRIGHT);
    assertThat(PhotoPage.exifOrientation("not a picture".getBytes())).isEqualTo(PhotoPage.UPRIGHT);
  }

  @Test
  void aPageOnATableIsCutOutAndAScanIsNot() {
    BufferedImage photo =
        ScanStraightener.grey(PhonePhotos.image(Photo.FILLING_THE_FRAME.lyingOnTable().tilted(10)));
    PhotoPage.PageArea area = PhotoPage.pageArea(photo).orElseThrow();
    BufferedImage page = area.cut(photo);
    assertThat((double) page.getWidth() * page.getHeight())
        .isLessThan(0.75 * photo.getWidth() * photo.getHeight());
    // The table is gone: what is left is paper and print, nothing as dark as wood over a band.
    assertThat(meanOf(page, 0, page.getHeight())).isGreaterThan(180);
    assertThat(PhotoPage.pageArea(SCAN)).isEmpty();
  }

  @Test
  void unevenLightIsEvenedOutAndAScansIsLeft() {
    BufferedImage shaded =
        ScanStraightener.grey(PhonePhotos.image(Photo.FILLING_THE_FRAME.shaded()));
    BufferedImage even = PhotoPage.evenlyLit(shaded).orElseThrow();
    // Paper in the shade (the lower right) was half as bright as in the light; now it is alike.
    int w = shaded.getWidth();
    int h = shaded.getHeight();
    assertThat(paper(shaded, w - 400, h - 400) / paper(shaded, 200, 200)).isLessThan(0.6);
    assertThat(paper(even, w - 400, h - 400) / paper(even, 200, 200)).isGreaterThan(0.9);
    assertThat(PhotoPage.evenlyLit(SCAN)).isEmpty();
    assertThat(
            PhotoPage.evenlyLit(
                DegradedScans.image(DegradedScans.BODY, Degradation.CLEAN.withGreyAndSpeckles())))
        .isEmpty();
  }

  @Test
  void aFortyEightMegapixelPageIsScaledToThreeHundredDpiAndATwelveMegapixelOneIsNot() {
    BufferedImage large = new BufferedImage(6048, 8064, BufferedImage.TYPE_BYTE_GRAY);
    assertThat(PhotoPage.scaledToPageWidth(large, 6048).orElseThrow().getWidth())
        .isEqualTo(PhotoPage.PAGE_WIDTH_PIXELS);
    BufferedImage twelve = new BufferedImage(3024, 4032, BufferedImage.TYPE_BYTE_GRAY);
    assertThat(PhotoPage.scaledToPageWidth(twelve, 2852)).isEmpty();
    assertThat(PhotoPage.scaledToPageWidth(SCAN, SCAN.getWidth())).isEmpty();
  }

  /** A letter photographed by hand lies at 5° to 15°, beyond what a scanner's feed gives. */
  @Test
  void aPageTiltedFarBeyondAScannersSlantIsMeasured() {
    for (double tilt : new double[] {-15, 8, 12}) {
      BufferedImage page =
          DegradedScans.image(DegradedScans.BODY, Degradation.CLEAN.skewed(tilt).dpi(150));
      assertThat(ScanStraightener.skewDegrees(page)).as("%s°", tilt).isCloseTo(tilt, within(0.25));
    }
  }

  private static double paper(BufferedImage grey, int x, int y) {
    int brightest = 0;
    for (int dy = 0; dy < 150; dy++) {
      for (int dx = 0; dx < 150; dx++) {
        brightest = Math.max(brightest, grey.getRaster().getSample(x + dx, y + dy, 0));
      }
    }
    return brightest;
  }

  private static double darkShare(BufferedImage grey, int fromY, int toY) {
    long dark = 0;
    for (int y = fromY; y < toY; y++) {
      for (int x = 0; x < grey.getWidth(); x++) {
        if (grey.getRaster().getSample(x, y, 0) < 100) {
          dark++;
        }
      }
    }
    return dark / (double) ((toY - fromY) * grey.getWidth());
  }

  private static double meanOf(BufferedImage grey, int fromY, int toY) {
    long sum = 0;
    for (int y = fromY; y < toY; y++) {
      for (int x = 0; x < grey.getWidth(); x++) {
        sum += grey.getRaster().getSample(x, y, 0);
      }
    }
    return sum / (double) ((toY - fromY) * grey.getWidth());
  }
}
