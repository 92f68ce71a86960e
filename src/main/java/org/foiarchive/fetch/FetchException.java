package org.foiarchive.fetch;

/** A resource could not be fetched; the message says why in words a user can act on. */
public class FetchException extends Exception {
  public FetchException(String message) {
    super(message);
  }

  public FetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
