package org.foiarchive.web;

import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
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

  /**
   * A page of results as shown, the page it is, and the last page to link to.
   *
   * @param <R> the results
   */
  record Shown<R>(R results, Paging paging, long lastPage) {}

  /**
   * The page asked for, searched: a page past the end (an old link, a typed number) shows the last
   * page rather than "Page 50 of 7"; and, since copies of a repeated text take no place of their
   * own though the total counts them, a last page they leave empty steps back to the last page that
   * has results, which then is the last.
   */
  static <R> Shown<R> show(
      Paging asked, IntFunction<R> searchAt, ToLongFunction<R> total, Predicate<R> empty) {
    Paging paging = asked;
    R results = searchAt.apply(paging.offset());
    if (paging.isPast(total.applyAsLong(results))) {
      paging = new Paging((int) paging.lastPage(total.applyAsLong(results)));
      results = searchAt.apply(paging.offset());
    }
    boolean steppedBack = false;
    while (empty.test(results) && paging.number() > 1) {
      paging = new Paging(paging.number() - 1);
      results = searchAt.apply(paging.offset());
      steppedBack = true;
    }
    return new Shown<>(
        results,
        paging,
        steppedBack ? paging.number() : paging.lastPage(total.applyAsLong(results)));
  }
}
