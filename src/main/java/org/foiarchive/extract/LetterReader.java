package org.foiarchive.extract;

import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the first page of a file that may be a letter (a PDF, a scan, a Word or text file) for its
 * {@link LetterHead}: what an import records when it was not told. The file is read in a worker
 * process with the ingest's limits, as every file is, and only as far as the letter's head needs:
 * one page of a scan, the first {@value #LETTER_CHARS} characters of anything else.
 */
public final class LetterReader implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(LetterReader.class);

  /** Enough for a letter's first page and its closing, however long the document. */
  static final int LETTER_CHARS = 20_000;

  /** The letterhead is on the first page: a scan's other pages are left to the ingest. */
  static final int LETTER_OCR_PAGES = 1;

  private static final Set<String> LETTER_TYPES =
      Set.of(
          "application/pdf",
          "application/msword",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.oasis.opendocument.text",
          "application/rtf",
          "text/rtf",
          "text/plain");

  /**
   * One for the process, however many importers read letters: a worker left idle by an importer
   * that was never closed is the next one's, not one more process.
   */
  private static final IsolatedTextExtractor EXTRACTOR =
      new IsolatedTextExtractor(ExtractionLimits.DEFAULT, LETTER_CHARS, LETTER_OCR_PAGES);

  /** Whether a file of this type can be a letter: a document or a picture, not a web page. */
  public static boolean mayBeALetter(String contentType) {
    return contentType != null
        && (LETTER_TYPES.contains(contentType) || contentType.startsWith("image/"));
  }

  /**
   * The letter's facts, or empty when the file is not a letter or cannot be read (the ingest reads
   * it again and reports why).
   */
  public Optional<LetterHead> read(byte[] bytes, String contentType, String fileName) {
    try {
      return LetterHead.of(EXTRACTOR.extract(bytes, contentType, fileName));
    } catch (ExtractionException e) {
      log.debug("{} not read for its letterhead: {}", fileName, e.getMessage());
      return Optional.empty();
    }
  }

  /** Stops the idle worker; the next letter read starts another. */
  @Override
  public void close() {
    EXTRACTOR.close();
  }
}
