package org.foiarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.foiarchive.testing.DegradedScans;
import org.foiarchive.testing.DegradedScans.Degradation;
import org.foiarchive.testing.RealWorldFiles;
import org.junit.jupiter.api.Test;

/** Measuring and undoing the slant of a scan, before Tesseract sees it; no Tesseract needed. */
class ScanStraightenerTest {
  @Test
  void theSlantOfAScanIsMeasuredEitherWay() {
    for (double skew : List.of(-3.0, -1.5, 2.0, 4.0)) {
      Degradation d = Degradation.CLEAN.skewed(skew).dpi(200).withGreyAndSpeckles();
      assertThat(ScanStraightener.skewDegrees(DegradedScans.image(DegradedScans.BODY, d)))
          .as("%s°", skew)
          .isCloseTo(skew, within(0.25));
    }
  }

  @Test
  void aPageFedInSidewaysAndSlantedIsMeasuredAlongItsColumns() {
    Degradation d = Degradation.CLEAN.turned(1).skewed(3).dpi(150);
    assertThat(ScanStraightener.skewDegrees(DegradedScans.image(DegradedScans.BODY, d)))
        .isCloseTo(3.0, within(0.25));
  }

  @Test
  void aLevelOrBlankPageIsLeftAsItIs() {
    assertThat(ScanStraightener.straighten(RealWorldFiles.png(DegradedScans.BODY))).isEmpty();
    assertThat(ScanStraightener.straighten(RealWorldFiles.png(List.of()))).isEmpty();
    assertThat(ScanStraightener.straighten("not a picture".getBytes())).isEmpty();
  }

  /** Straightened, it would become a PNG of its first page: Tesseract reads every page as it is. */
  @Test
  void aTiffOfSeveralPagesIsLeftAsItIs() throws Exception {
    Degradation slanted = Degradation.CLEAN.skewed(3).dpi(150);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.prepareWriteSequence(null);
      for (int page = 0; page < 2; page++) {
        writer.writeToSequence(
            new IIOImage(DegradedScans.image(DegradedScans.BODY, slanted), null, null), null);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
    assertThat(ScanStraightener.straighten(out.toByteArray())).isEmpty();
  }

  @Test
  void aSlantedPageIsStraightenedToLevel() throws Exception {
    byte[] slanted =
        DegradedScans.picture(DegradedScans.BODY, Degradation.CLEAN.skewed(3).dpi(150));
    byte[] level = ScanStraightener.straighten(slanted).orElseThrow();
    assertThat(ScanStraightener.skewDegrees(ImageIO.read(new ByteArrayInputStream(level))))
        .isCloseTo(0.0, within(0.25));
  }
}
