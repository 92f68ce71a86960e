package org.foiarchive.fetch;

import java.time.Duration;

/**
 * Waits between requests; a seam so tests can check the waits a polite fetcher asks for without
 * waiting.
 */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL =
      duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
          Thread.sleep(duration);
        }
      };

  void sleep(Duration duration) throws InterruptedException;
}
