package org.foiarchive.web;

import org.foiarchive.search.SearchRequest;

/**
 * Pages of results on the search and topic pages: a page number as typed in the address, held to
 * the pages the searcher can reach ({@link SearchRequest#MAX_WINDOW} hits).
 */
record Paging(int number) {
  static final int PAGE_SIZE = 20;
  private static final int LAST_REACHABLE = SearchRequest.MAX_WINDOW / PAGE_SIZE;

  /** The page asked for ({@code ?page=}), 1 when it is missing or not a positive number. */
  static Paging of(String page) {
    return new Paging(Math.min(Params.positiveInt(page, 1), LAST_REACHABLE));
  }

  int offset() {
    return (number - 1) * PAGE_SIZE;
  }

  /**
   * Whether this page is beyond the last one for {@code total} matches (and there is a last one).
   */
  boolean isPast(long total) {
    return total > 0 && number > lastPage(total);
  }

  /** The last page worth linking to for {@code total} matches. */
  long lastPage(long total) {
    return Math.min(LAST_REACHABLE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }
}
