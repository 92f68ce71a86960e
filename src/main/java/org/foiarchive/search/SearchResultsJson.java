package org.foiarchive.search;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search JSON of DESIGN.md, written the same way by the CLI ({@code --json}) and {@code
 * /api/search}.
 */
public final class SearchResultsJson {
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(SerializationFeature.INDENT_OUTPUT).build();

  private SearchResultsJson() {}

  public static String write(SearchResults results) {
    return JSON.writeValueAsString(results);
  }

  /**
   * The same JSON as UTF-8 bytes, written straight into them: a server sends bytes, and text with
   * any character outside Latin-1 (an ellipsis in a highlight) would otherwise be built as a
   * two-byte-a-character string first and then encoded again.
   */
  public static byte[] writeBytes(SearchResults results) {
    return JSON.writeValueAsBytes(results);
  }
}
