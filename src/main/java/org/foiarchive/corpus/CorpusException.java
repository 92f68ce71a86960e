package org.foiarchive.corpus;

/**
 * The corpus cannot be read as it stands: the message names the entry or file and what is wrong.
 */
public class CorpusException extends RuntimeException {
  public CorpusException(String message) {
    super(message);
  }

  public CorpusException(String message, Throwable cause) {
    super(message, cause);
  }
}
