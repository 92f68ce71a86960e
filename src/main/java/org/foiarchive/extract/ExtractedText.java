package org.foiarchive.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Text as Tika read it.
 *
 * @param contentType the detected media type
 * @param pages the text page by page for paged formats (PDF), else a single entry
 * @param paged true when {@code pages} are real pages that a citation may name
 * @param metadata a few metadata values (title, author, created) where the format had them
 */
public record ExtractedText(
    String contentType, List<String> pages, boolean paged, Map<String, String> metadata) {
  /** Metadata key: the 1-based numbers of the pages (or the single entry) read by OCR, "1,3". */
  static final String OCR_PAGES = "foiarchive:ocrPages";

  /** Metadata key: OCR stopped at this many pages; the rest of the scan was not read. */
  static final String OCR_CUT = "foiarchive:ocrCut";

  /** Metadata key: OCR failed on the file (Tesseract's reason); it was read without OCR. */
  static final String OCR_FAILED = "foiarchive:ocrFailed";

  /**
   * Metadata key: the file needed OCR (a page with no text layer or a scan under a short one, a
   * picture) but Tesseract is not installed.
   */
  static final String OCR_MISSING = "foiarchive:ocrMissing";

  /**
   * Metadata key: the text was cut at this many characters, the limit for one file; the rest was
   * not read.
   */
  static final String TEXT_CUT = "foiarchive:textCut";

  public String text() {
    return String.join("\n\n", pages);
  }

  /** True when the text of that entry of {@link #pages} (1-based) was read by OCR from an image. */
  public boolean readByOcr(int page) {
    String pages = metadata.get(OCR_PAGES);
    return pages != null && Arrays.asList(pages.split(",")).contains(String.valueOf(page));
  }

  /** What went wrong with OCR on this file, in words for the ingest report, or null. */
  public String ocrProblem() {
    if (metadata.containsKey(OCR_MISSING)) {
      return "it holds a scan that only OCR reads and OCR is not available (install tesseract-ocr and tesseract-ocr-eng)";
    }
    if (metadata.containsKey(OCR_FAILED)) {
      return "OCR failed on a page ("
          + metadata.get(OCR_FAILED)
          + "), so the scanned pages were not read; "
          + "the text layer was";
    }
    if (metadata.containsKey(OCR_CUT)) {
      return "OCR stopped after "
          + metadata.get(OCR_CUT)
          + " pages (the limit of pages or time for one file); "
          + "the rest of the scan was not read";
    }
    return null;
  }

  /**
   * Whether the text was cut short at the limit of characters for one file, in words for the
   * report, or null.
   */
  public String cutProblem() {
    String limit = metadata.get(TEXT_CUT);
    return limit == null
        ? null
        : "the text was cut at "
            + limit
            + " characters, the limit for one file; the rest was not read";
  }
}
