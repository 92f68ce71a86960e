package org.foiarchive.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiarchive.corpus.PartialDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dates as documents print them ("6 March 2013", "12th June 2013", "2013-06-12"), as ISO 8601. */
public final class Dates {
  private static final Logger LOG = LoggerFactory.getLogger(Dates.class);
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern LONG =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?,?\\s+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);

  /** Month first, as American mail clients write a header's date: "December 07, 2011". */
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);

  private Dates() {}

  /**
   * The date in a quoted message's "Sent:" or "Date:" line, which a mail client writes in its
   * user's format: the forms {@link #find} reads, or month first ("Wednesday, December 07, 2011").
   */
  static String findInHeader(String text) {
    String found = find(text);
    if (found != null || text == null) {
      return found;
    }
    Matcher monthFirst = MONTH_FIRST.matcher(text);
    return monthFirst.find()
        ? valid(
            Integer.parseInt(monthFirst.group(3)),
            month(monthFirst.group(1)),
            Integer.parseInt(monthFirst.group(2)))
        : null;
  }

  /** The first date in the text, or null. */
  static String find(String text) {
    if (text == null) {
      return null;
    }
    Matcher iso = ISO.matcher(text);
    Matcher longForm = LONG.matcher(text);
    boolean hasIso = iso.find();
    boolean hasLong = longForm.find();
    if (hasIso && (!hasLong || iso.start() < longForm.start())) {
      return valid(
          Integer.parseInt(iso.group(1)),
          Integer.parseInt(iso.group(2)),
          Integer.parseInt(iso.group(3)));
    }
    if (hasLong) {
      return valid(
          Integer.parseInt(longForm.group(3)),
          month(longForm.group(2)),
          Integer.parseInt(longForm.group(1)));
    }
    return null;
  }

  /**
   * An ISO 8601 date found in a document as the manifest holds one; null for none, or for one that
   * is no date (logged: the document keeps the manifest's date, or stays undated).
   */
  public static PartialDate partial(String iso) {
    try {
      return PartialDate.parseOrNull(iso);
    } catch (IllegalArgumentException e) {
      LOG.info("a date read from a document is not used: {}", e.getMessage());
      return null;
    }
  }

  private static int month(String name) {
    String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.getDisplayName(TextStyle.SHORT, Locale.UK)
          .toLowerCase(Locale.ROOT)
          .startsWith(prefix)) {
        return m.getValue();
      }
    }
    return 0;
  }

  private static String valid(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
