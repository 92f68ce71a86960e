package org.foiarchive.corpus;

/**
 * What a server sent to say which version it served ({@code ETag}, {@code Last-Modified}): kept so
 * the next fetch can ask for the document only if it changed.
 */
public record HttpValidators(String etag, String lastModified) {
  public static final HttpValidators NONE = new HttpValidators(null, null);
}
