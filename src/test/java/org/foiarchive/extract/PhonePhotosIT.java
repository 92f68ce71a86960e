package org.foiarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.foiarchive.corpus.PublicBodies;
import org.foiarchive.testing.DegradedScans;
import org.foiarchive.testing.PhonePhotos;
import org.foiarchive.testing.PhonePhotos.Photo;
import org.junit.jupiter.api.Test;

/**
 * Phone photos of a DWP letter, as claimants send them to an adviser, read with real Tesseract
 * through the extractor as ingest reads them, and filed by what the letter says (docs/ocr.md).
 */
class PhonePhotosIT {
  private final TikaTextExtractor extractor = new TikaTextExtractor();

  /**
   * Lying on a table, tilted, shaded, at an angle and stored sideways with an EXIF tag: Tesseract
   * alone read none of it (docs/ocr.md).
   */
  @Test
  void aLetterPhotographedOnATableAtASlantInShadowIsReadAndFiled() throws Exception {
    Photo photo =
        Photo.FILLING_THE_FRAME
            .lyingOnTable()
            .tilted(-12)
            .shaded()
            .keystoned(0.06)
            .storedSideways();
    ExtractedText text = extractor.extract(PhonePhotos.jpeg(photo), null, "IMG_2041.jpg");
    assertThat(text.contentType()).isEqualTo("image/jpeg");
    assertThat(
            OcrScansMeasurement.recoveredInOrder(String.join(" ", DegradedScans.BODY), text.text()))
        .isGreaterThan(0.95);
    LetterHead head = LetterHead.of(text).orElseThrow();
    assertThat(head.publisher()).isEqualTo(PublicBodies.DWP);
    assertThat(head.date()).isEqualTo("2014-04-02");
    assertThat(head.subject()).isEqualTo(DegradedScans.BODY.get(1));
  }

  /** A shadow across the page: Tesseract alone lost the letter's words in the shade. */
  @Test
  void aLetterWithAShadowAcrossItIsReadWhole() throws Exception {
    ExtractedText text =
        extractor.extract(PhonePhotos.jpeg(Photo.FILLING_THE_FRAME.shaded()), null, "IMG_2042.jpg");
    assertThat(
            OcrScansMeasurement.recoveredInOrder(String.join(" ", DegradedScans.BODY), text.text()))
        .isGreaterThan(0.95);
  }
}
