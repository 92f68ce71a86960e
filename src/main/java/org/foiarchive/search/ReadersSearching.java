package org.foiarchive.search;

/**
 * How many readers' searches are under way, and a wait until there are none: what lets the warm-up
 * give way to readers on a machine of two cores, where its searches would otherwise take one of
 * them from the first readers after a start.
 */
final class ReadersSearching {
  private int searching; // guarded by this

  synchronized void enter() {
    searching++;
  }

  synchronized void leave() {
    searching--;
    if (searching == 0) {
      notifyAll();
    }
  }

  /**
   * Waits until no reader searches, or until {@code deadline} ({@link System#nanoTime()}).
   *
   * @return whether no reader searches
   */
  synchronized boolean awaitNone(long deadline) throws InterruptedException {
    while (searching > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }
}
