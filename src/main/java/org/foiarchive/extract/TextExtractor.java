package org.foiarchive.extract;

/**
 * Reads a snapshot's bytes as text. {@link TikaTextExtractor} does it in this process; {@link
 * IsolatedTextExtractor} adds limits and runs risky formats in worker processes. Implementations
 * are thread-safe.
 */
public interface TextExtractor {
  /**
   * @param contentTypeHint what the manifest says the bytes are, or null
   * @param fileName the file name the source had, or null (a hint for detection)
   */
  ExtractedText extract(byte[] bytes, String contentTypeHint, String fileName)
      throws ExtractionException;
}
