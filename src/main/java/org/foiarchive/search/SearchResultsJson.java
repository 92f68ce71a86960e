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
}
