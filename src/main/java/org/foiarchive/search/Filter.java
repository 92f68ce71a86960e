package org.foiarchive.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The filters of the query language, each typed as its name and a colon ({@code topic:cookies},
 * {@code ref:"FOI 2437"}, {@code after:2013}): spelt here once for the front end that reads them
 * and the query builder that applies them.
 */
public enum Filter {
  TOPIC,
  KIND,
  PUBLISHER,
  VOICE,
  REF,
  AFTER,
  BEFORE;

  /** The name as typed before the colon. */
  public String typed() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The filter with this name, in any case; empty for a word that is not a filter ("title"). */
  public static Optional<Filter> named(String name) {
    return Arrays.stream(values()).filter(f -> f.typed().equalsIgnoreCase(name)).findFirst();
  }
}
