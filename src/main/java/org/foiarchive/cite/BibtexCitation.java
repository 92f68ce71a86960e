package org.foiarchive.cite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
      boolean organisation = c.person() == null || c.isOfficial();
      fields.put(
          "author", organisation ? "{{" + escape(writer) + "}}" : "{" + escape(writer) + "}");
    }
    fields.put("title", "{{" + escape(c.title()) + "}}");
    List<String> published = new ArrayList<>();
    if (c.kindLabel() != null) {
      published.add(c.kindLabel());
    }
    published.addAll(c.references());
    if (!published.isEmpty()) {
      fields.put("howpublished", "{" + escape(String.join(", ", published)) + "}");
    }
    if (c.body() != null && (writer == null || !writer.contains(c.body()))) {
      fields.put("organization", "{" + escape(c.body()) + "}");
    }
    if (c.date() != null && c.date().length() >= 4) {
      fields.put("year", "{" + c.date().substring(0, 4) + "}");
      if (c.date().length() >= 7) {
        int month = Integer.parseInt(c.date().substring(5, 7));
        if (month >= 1 && month <= 12) {
          fields.put("month", MONTHS[month - 1]);
        }
      }
      fields.put("date", "{" + c.date() + "}");
    }
    List<String> note = new ArrayList<>(c.locationNotes());
    note.add(
        "archived copy "
            + c.archiveUrl()
            + (c.sha256() == null ? "" : ", SHA-256 " + c.sha256())
            + (c.retrievedInWords() == null ? "" : ", retrieved " + c.retrievedInWords()));
    note.add("quote card " + c.cardUrl());
    fields.put("note", "{" + escape(String.join("; ", note)) + "}");
    fields.put("url", "{" + url(c.url() != null ? c.url() : c.cardUrl()) + "}");
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
