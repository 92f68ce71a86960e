package org.foiarchive.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads the archive's ISO 8601 dates of any precision (2013, 2013-06, 2013-06-12) as their first
 * day.
 */
public final class ArchiveDates {
  private ArchiveDates() {}

  public static LocalDate parse(String date) {
    if (date == null || date.isBlank()) {
      return null;
    }
    String d = date.strip();
    try {
      return switch (d.length()) {
        case 4 -> LocalDate.of(Integer.parseInt(d), 1, 1);
        case 7 -> LocalDate.parse(d + "-01");
        default -> LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d);
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * The last day a date of this precision covers: 2015 ends on 2015-12-31, 2015-02 on 2015-02-28.
   */
  public static LocalDate end(String date) {
    LocalDate start = parse(date);
    if (start == null) {
      return null;
    }
    return switch (date.strip().length()) {
      case 4 -> start.plusYears(1).minusDays(1);
      case 7 -> start.plusMonths(1).minusDays(1);
      default -> start;
    };
  }
}
