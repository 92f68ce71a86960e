package org.foiarchive.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Provenance;
import org.foiarchive.corpus.SourceKind;

/**
 * A sheet of files to import with their facts, one row each, as an adviser keeps it in a
 * spreadsheet saved as CSV: columns {@link #COLUMNS} (a header row names them, in any order; only
 * {@code file} is required; other columns, such as a licence kept beside the files, are ignored and
 * named in {@link Rows#ignoredColumns()}). {@code file} is relative to the sheet's folder; {@code
 * references} and {@code topics} hold several values separated by ";". A row that cannot be
 * imported (no such file, an unknown kind, a date that is not ISO 8601) is reported by its row
 * number, and the other rows still count.
 */
public final class ImportSheet {
  public static final List<String> COLUMNS =
      List.of(
          "file", "kind", "title", "url", "publisher", "author", "date", "references", "topics");

  /**
   * A row ready to import; {@code number} is its line in the sheet as a spreadsheet numbers it
   * (header = 1).
   */
  public record Row(int number, Path file, CorpusImporter.Metadata metadata) {}

  /** A row that will not be imported, and why. */
  public record BadRow(int number, String reason) {}

  /**
   * What the sheet holds.
   *
   * @param ignoredColumns columns of the header that are none of {@link #COLUMNS}, in its order
   */
  public record Rows(List<Row> rows, List<BadRow> bad, List<String> ignoredColumns) {}

  private ImportSheet() {}

  /**
   * Reads the sheet. A sheet without a {@code file} column, or one that is not CSV, is an error for
   * the whole sheet ({@link IllegalArgumentException}); anything wrong with one row is a {@link
   * BadRow}.
   */
  public static Rows read(Path sheet) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setIgnoreHeaderCase(true)
            .setAllowMissingColumnNames(true)
            .get();
    List<Row> rows = new ArrayList<>();
    List<BadRow> bad = new ArrayList<>();
    List<String> ignored;
    Path folder = sheet.toAbsolutePath().getParent();
    try (Reader reader = Files.newBufferedReader(sheet, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      List<String> header =
          parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT).strip()).toList();
      if (!header.contains("file")) {
        throw new IllegalArgumentException(
            sheet
                + " has no 'file' column; its first row must name the columns: "
                + String.join(",", COLUMNS));
      }
      ignored = header.stream().filter(h -> !h.isEmpty() && !COLUMNS.contains(h)).toList();
      for (CSVRecord record : parser) {
        int number = (int) record.getRecordNumber() + 1;
        try {
          rows.add(row(record, number, folder));
        } catch (IllegalArgumentException e) {
          bad.add(new BadRow(number, e.getMessage()));
        }
      }
    } catch (UncheckedIOException e) {
      // Commons CSV reports a malformed sheet (an unclosed quote) as an unchecked exception while
      // iterating.
      throw new IllegalArgumentException(
          sheet + " is not a CSV file this command can read: " + e.getCause().getMessage(), e);
    }
    return new Rows(rows, bad, ignored);
  }

  private static Row row(CSVRecord record, int number, Path folder) {
    String name = value(record, "file");
    if (name == null) {
      throw new IllegalArgumentException("no file named");
    }
    Path file = folder.resolve(name).normalize();
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(name + " is not a readable file");
    }
    Provenance provenance =
        new Provenance(
            value(record, "url"),
            kind(value(record, "kind")),
            value(record, "publisher"),
            value(record, "author"),
            value(record, "title"),
            date(value(record, "date")),
            list(value(record, "references")),
            list(value(record, "topics")));
    return new Row(number, file, CorpusImporter.Metadata.of(provenance));
  }

  private static SourceKind kind(String id) {
    if (id != null && SourceKind.fromId(id).isEmpty()) {
      throw new IllegalArgumentException(
          "unknown kind '" + id + "'; use one of " + SourceKind.ids());
    }
    return id == null ? null : SourceKind.of(id);
  }

  /** The row's date, read as the manifest reads it: "the date '12/06/2013' is not ISO 8601 (…)". */
  private static PartialDate date(String iso) {
    try {
      return PartialDate.parseOrNull(iso);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the " + e.getMessage(), e);
    }
  }

  private static String value(CSVRecord record, String column) {
    if (!record.isMapped(column) || !record.isSet(column)) {
      return null;
    }
    String value = record.get(column).strip();
    return value.isEmpty() ? null : value;
  }

  private static List<String> list(String value) {
    return value == null
        ? List.of()
        : Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
