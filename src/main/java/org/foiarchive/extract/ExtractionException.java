package org.foiarchive.extract;

/** A snapshot could not be read as text; the message says why in words a user can act on. */
public class ExtractionException extends Exception {
  private final boolean dependsOnTheMachine;

  public ExtractionException(String message) {
    this(message, false);
  }

  public ExtractionException(String message, Throwable cause) {
    super(message, cause);
    this.dependsOnTheMachine = false;
  }

  private ExtractionException(String message, boolean dependsOnTheMachine) {
    super(message);
    this.dependsOnTheMachine = dependsOnTheMachine;
  }

  /**
   * A failure that the same file may not meet again: reading was stopped by the clock, which a busy
   * machine reaches sooner than an idle one.
   */
  public static ExtractionException outOfTime(String message) {
    return new ExtractionException(message, true);
  }

  /** Whether reading the same snapshot with the same extractor would fail the same way. */
  public boolean wouldFailAgain() {
    return !dependsOnTheMachine;
  }
}
