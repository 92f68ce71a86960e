package org.foiarchive.web;

/** Lenient reading of request parameters: a malformed value falls back to the default, never to an error. */
final class Params {
  private Params() {
  }

  static int positiveInt(String value, int fallback) {
    if (value == null || value.isBlank() || value.length() > 9) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      return n > 0 ? n : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
