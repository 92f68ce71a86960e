package org.foiarchive.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of a tab-separated data file shipped with the archive ({@code glossary.tsv}, {@code
 * everyday-words.tsv}, {@code plain-words.tsv}): a header line naming the columns, then a row a
 * line; blank lines and lines starting with '#' (each file's sources and extraction rule) are not
 * rows.
 */
public final class DataTable {
  private DataTable() {}

  /**
   * A row: its line in the file, counted from 1 for a message that names it, and its columns as
   * written, empty ones included.
   */
  public record Row(int line, List<String> columns) {}

  /** The rows after the header line. */
  public static List<Row> rows(String text) {
    List<Row> rows = new ArrayList<>();
    boolean header = true;
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      rows.add(new Row(i + 1, Arrays.asList(line.split("\t", -1))));
    }
    return rows;
  }
}
