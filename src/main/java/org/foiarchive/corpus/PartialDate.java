package org.foiarchive.corpus;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A document's date at the precision the document gives it: a year ({@code 2013}), a month ({@code
 * 2013-06}) or a day ({@code 2013-06-14}). Printed and read as ISO 8601, which is how the manifest,
 * the index and the JSON API write it; ordered by the day it starts on, then coarser first, so that
 * 2013 sorts before 2013-01 and 2013-01-01.
 *
 * @param start the first day the date covers
 * @param precision how much of the date the document gives
 */
public record PartialDate(LocalDate start, Precision precision) implements Comparable<PartialDate> {

  /** How much of a date a document gives. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::start).thenComparing(PartialDate::precision);

  public PartialDate {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(precision, "precision");
    LocalDate first =
        switch (precision) {
          case YEAR -> start.withDayOfYear(1);
          case MONTH -> start.withDayOfMonth(1);
          case DAY -> start;
        };
    if (!first.equals(start)) {
      throw new IllegalArgumentException(start + " is not the first day of its " + precision);
    }
  }

  public static PartialDate of(Year year) {
    return new PartialDate(year.atDay(1), Precision.YEAR);
  }

  public static PartialDate of(YearMonth month) {
    return new PartialDate(month.atDay(1), Precision.MONTH);
  }

  public static PartialDate of(LocalDate day) {
    return new PartialDate(day, Precision.DAY);
  }

  /**
   * Reads {@code 2013}, {@code 2013-06} or {@code 2013-06-14}.
   *
   * @throws IllegalArgumentException naming the text when it is none of those, or no such day
   */
  @JsonCreator
  public static PartialDate parse(String iso) {
    String text = iso == null ? "" : iso.strip();
    if (ISO.matcher(text).matches()) {
      try {
        return switch (text.length()) {
          case 4 -> of(Year.parse(text));
          case 7 -> of(YearMonth.parse(text));
          default -> of(LocalDate.parse(text));
        };
      } catch (DateTimeException e) {
        // falls through to the reader's message: 2013-13 or 2013-02-30 is no date
      }
    }
    throw new IllegalArgumentException(
        "date '" + iso + "' is not ISO 8601 (2013, 2013-06 or 2013-06-12)");
  }

  /**
   * A year written as a number, as YAML reads {@code date: 2013} typed by hand without quotes.
   *
   * @throws IllegalArgumentException when the number is not a four-digit year
   */
  @JsonCreator
  static PartialDate parse(int year) {
    return parse(String.valueOf(year));
  }

  /** {@link #parse}, or null for null or blank text. */
  public static PartialDate parseOrNull(String iso) {
    return iso == null || iso.isBlank() ? null : parse(iso);
  }

  /** The last day the date covers: 2015 ends on 2015-12-31, 2015-02 on 2015-02-28. */
  public LocalDate end() {
    return switch (precision) {
      case YEAR -> start.plusYears(1).minusDays(1);
      case MONTH -> start.plusMonths(1).minusDays(1);
      case DAY -> start;
    };
  }

  public int year() {
    return start.getYear();
  }

  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  /** ISO 8601 at the date's own precision: {@code 2013}, {@code 2013-06} or {@code 2013-06-14}. */
  @JsonValue
  @Override
  public String toString() {
    return switch (precision) {
      case YEAR -> start.toString().substring(0, 4);
      case MONTH -> start.toString().substring(0, 7);
      case DAY -> start.toString();
    };
  }
}
