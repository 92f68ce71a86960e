package org.foiarchive.search;

/**
 * How many readers' searches are under way, and a wait until there are none: what lets the warm-up
 * give way to readers on a machine of two cores, where its searches would otherwise take one of
 * them from the first readers after a start.
 */
final class ReadersSearching {
  private int searching; // guarded by this
  private long lastLeft; // guarded by this; System.nanoTime() when a reader's search last ended
  private boolean anyLeft; // guarded by this

  synchronized void enter() {
    searching++;
  }

  synchronized void leave() {
    searching--;
    lastLeft = System.nanoTime();
    anyLeft = true;
    if (searching == 0) {
      notifyAll();
    }
  }

  /**
   * Waits until no reader searches, or until {@code deadline} ({@link System#nanoTime()}).
   *
   * @return whether no reader searches
   */
  boolean awaitNone(long deadline) throws InterruptedException {
    return awaitQuiet(deadline, 0);
  }

  /**
   * Waits until no reader searches and none has for {@code quietNanos}, or until {@code deadline}
   * ({@link System#nanoTime()}): a reader who asks one question after another is between two of
   * them for only a moment, which a warm-up's search would fill.
   *
   * @return whether no reader searches and none has for that long
   */
  synchronized boolean awaitQuiet(long deadline, long quietNanos) throws InterruptedException {
    while (true) {
      long now = System.nanoTime();
      long quietLeft = anyLeft && searching == 0 ? quietNanos - (now - lastLeft) : 0;
      if (searching == 0 && quietLeft <= 0) {
        return true;
      }
      long left = deadline - now;
      if (left <= 0) {
        return false;
      }
      long wait = searching > 0 ? left : Math.min(left, quietLeft);
      wait(Math.max(1, wait / 1_000_000));
    }
  }
}
