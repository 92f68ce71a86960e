package org.foiarchive.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that costs the server real work (a search, a feed, a PDF), so that each call
 * spends {@link #cost()} of the client's budget ({@link RateLimitInterceptor}). On the handler, not
 * on a path: however the address is spelt, the handler the dispatcher chose is the one that counts.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface RateLimited {
  /** How many searches' worth of the budget one call spends. */
  int cost() default 1;
}
