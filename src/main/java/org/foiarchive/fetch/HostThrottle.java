package org.foiarchive.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One request at a time per host, at least the host's delay apart. The fetcher calls {@link #await}
 * before each request and {@link #done} after it; the delay counts from the end of the last
 * response. Thread-safe, though the fetcher itself runs one request at a time.
 */
final class HostThrottle {
  private final Duration defaultDelay;
  private final Sleeper sleeper;
  private final Map<String, Long> lastDone = new HashMap<>();
  private final Map<String, Duration> delays = new HashMap<>();

  HostThrottle(Duration defaultDelay, Sleeper sleeper) {
    this.defaultDelay = defaultDelay;
    this.sleeper = sleeper;
  }

  /**
   * Raises a host's delay, e.g. to its robots.txt Crawl-delay; never lowers it below the default.
   */
  synchronized void setDelay(String host, Duration delay) {
    if (delay.compareTo(defaultDelay) > 0) {
      delays.put(host, delay);
    }
  }

  Duration delayOf(String host) {
    synchronized (this) {
      return delays.getOrDefault(host, defaultDelay);
    }
  }

  void await(String host) throws InterruptedException {
    Long last;
    synchronized (this) {
      last = lastDone.get(host);
    }
    if (last == null) {
      return;
    }
    long waitNanos = last + delayOf(host).toNanos() - System.nanoTime();
    if (waitNanos > 0) {
      sleeper.sleep(Duration.ofNanos(waitNanos));
    }
  }

  synchronized void done(String host) {
    lastDone.put(host, System.nanoTime());
  }
}
