package org.foiarchive.cite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foiarchive.corpus.PartialDate;

/**
 * A passage as a BibTeX {@code @misc} entry (fields biblatex also reads: {@code date}, {@code
 * urldate}), keyed by the passage id so the key is stable. An organisation as author is braced so
 * it is not read as a person's name.
 */
final class BibtexCitation {
  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private BibtexCitation() {}

  static String entry(Citation c) {
    Map<String, String> fields = new LinkedHashMap<>();
    String writer = c.writer();
    if (writer != null) {
      boolean organisation = c.speaker().author() == null || c.isOfficial();
      fields.put(
          "author", organisation ? "{{" + escape(writer) + "}}" : "{" + escape(writer) + "}");
    }
    fields.put("title", "{{" + escape(c.document().title()) + "}}");
    List<String> published = new ArrayList<>();
    if (c.kindLabel() != null) {
      published.add(c.kindLabel());
    }
    published.addAll(c.document().references());
    if (!published.isEmpty()) {
      fields.put("howpublished", "{" + escape(String.join(", ", published)) + "}");
    }
    if (c.document().body() != null && (writer == null || !writer.contains(c.document().body()))) {
      fields.put("organization", "{" + escape(c.document().body()) + "}");
    }
    PartialDate date = c.speaker().date();
    if (date != null) {
      fields.put("year", "{" + date.year() + "}");
      if (date.precision() != PartialDate.Precision.YEAR) {
        fields.put("month", MONTHS[date.start().getMonthValue() - 1]);
      }
      fields.put("date", "{" + date + "}");
    }
    List<String> note = new ArrayList<>(c.locationNotes());
    note.add(
        "archived copy "
            + c.copy().archiveUrl()
            + (c.copy().sha256() == null ? "" : ", SHA-256 " + c.copy().sha256())
            + (c.retrievedInWords() == null ? "" : ", retrieved " + c.retrievedInWords()));
    note.add("quote card " + c.copy().cardUrl());
    fields.put("note", "{" + escape(String.join("; ", note)) + "}");
    fields.put(
        "url",
        "{" + url(c.document().url() != null ? c.document().url() : c.copy().cardUrl()) + "}");
    if (c.accessed() != null) {
      fields.put("urldate", "{" + c.accessed() + "}");
    }
    StringBuilder out = new StringBuilder("@misc{").append(c.passageId()).append(",\n");
    fields.forEach(
        (name, value) -> out.append("  ").append(name).append(" = ").append(value).append(",\n"));
    out.setLength(out.length() - 2);
    return out.append("\n}\n").toString();
  }

  /** TeX's special characters escaped, so titles with "&" or "%" survive. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(ch);
        case '~' -> out.append("\\textasciitilde{}");
        case '^' -> out.append("\\textasciicircum{}");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  /**
   * URLs stay verbatim (the url package reads them so) except braces, which would unbalance the
   * field.
   */
  private static String url(String url) {
    return url.replace("{", "%7B").replace("}", "%7D").replace("\\", "%5C");
  }
}
