package org.foiarchive.web;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.foiarchive.search.Notice;

/**
 * Lenient reading of request parameters: a malformed value falls back to the default, never to an
 * error.
 */
final class Params {
  private Params() {}

  static int positiveInt(String value, int fallback) {
    OptionalInt n = wholeNumber(value);
    return n.isPresent() && n.getAsInt() > 0 ? n.getAsInt() : fallback;
  }

  /** The value as a whole number of at most nine characters, or none. */
  private static OptionalInt wholeNumber(String value) {
    if (value == null || value.isBlank() || value.length() > 9) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  /**
   * A notice that {@code name}'s value was not used as given, or none: when it was given and is not
   * the whole number the search used ({@code used}, after its own bounds).
   */
  static Optional<Notice> notUsed(String name, String value, int used) {
    String v = blankToNull(value);
    if (v == null || wholeNumber(v).equals(OptionalInt.of(used))) {
      return Optional.empty();
    }
    String shown = v.length() > 20 ? v.substring(0, 20) + "…" : v;
    return Optional.of(Notice.of(Notice.Code.PARAMETER_NOT_USED, name, shown, used));
  }

  /**
   * A yes or no: {@code none}, {@code false}, {@code no}, {@code off} and {@code 0} are no, {@code
   * true}, {@code yes}, {@code on}, {@code 1} and {@code all} yes, anything else the default.
   */
  static boolean yes(String value, boolean fallback) {
    String v = blankToNull(value);
    if (v == null) {
      return fallback;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "none", "false", "no", "off", "0" -> false;
      case "true", "yes", "on", "1", "all" -> true;
      default -> fallback;
    };
  }

  /** A four-digit year, or null for anything else. */
  static String year(String value) {
    String v = blankToNull(value);
    return v != null && v.matches("(1[89]|20)\\d{2}") ? v : null;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
