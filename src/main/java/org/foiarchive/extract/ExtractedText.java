package org.foiarchive.extract;

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
public record ExtractedText(String contentType, List<String> pages, boolean paged, Map<String, String> metadata) {
  public String text() {
    return String.join("\n\n", pages);
  }
}
