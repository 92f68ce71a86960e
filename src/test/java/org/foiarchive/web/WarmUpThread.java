package org.foiarchive.web;

/** The search warm-up's thread, as the tests of its start and stop watch for it. */
final class WarmUpThread {
  private WarmUpThread() {}

  /** Whether a warm-up's thread is running now. */
  static boolean running() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals(WarmUpOnStart.THREAD_NAME) && t.isAlive());
  }
}
