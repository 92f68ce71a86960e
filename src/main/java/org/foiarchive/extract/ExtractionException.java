package org.foiarchive.extract;

/** A snapshot could not be read as text; the message says why in words a user can act on. */
public class ExtractionException extends Exception {
  public ExtractionException(String message) {
    super(message);
  }

  public ExtractionException(String message, Throwable cause) {
    super(message, cause);
  }
}
