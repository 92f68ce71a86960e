package org.foiarchive.cite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A passage as CSL-JSON (the Citation Style Language's data format, read by Zotero, Pandoc and
 * citeproc): a list of one item, so it can be imported as it is.
 */
final class CslJsonCitation {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private CslJsonCitation() {}

  static String items(Citation c) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", c.passageId());
    item.put("type", type(c.kind()));
    item.put("title", c.title());
    if (c.writer() != null) {
      item.put("author", List.of(Map.of("literal", c.writer())));
    }
    if (c.body() != null) {
      item.put("publisher", c.body());
    }
    if (c.kindLabel() != null) {
      item.put("genre", c.kindLabel());
    }
    if (!c.references().isEmpty()) {
      item.put("number", String.join(", ", c.references()));
    }
    List<Integer> issued = dateParts(c.date());
    if (!issued.isEmpty()) {
      item.put("issued", Map.of("date-parts", List.of(issued)));
    }
    if (c.accessed() != null) {
      LocalDate a = c.accessed();
      item.put(
          "accessed",
          Map.of(
              "date-parts", List.of(List.of(a.getYear(), a.getMonthValue(), a.getDayOfMonth()))));
    }
    item.put("URL", c.url() != null ? c.url() : c.cardUrl());
    item.put("archive", "foiarchive");
    item.put("archive_location", c.archiveUrl());
    List<String> note = new ArrayList<>(c.locationNotes());
    if (c.sha256() != null) {
      note.add("SHA-256 " + c.sha256());
    }
    if (c.retrievedInWords() != null) {
      note.add("retrieved " + c.retrievedInWords());
    }
    note.add("quote card " + c.cardUrl());
    item.put("note", String.join("; ", note));
    return JSON.writeValueAsString(List.of(item)) + "\n";
  }

  /** Blog posts and forum posts have CSL types of their own; everything else is a document. */
  private static String type(String kind) {
    return switch (kind == null ? "" : kind) {
      case "commentary" -> "post-weblog";
      case "forum" -> "post";
      case "legislation" -> "legislation";
      default -> "document";
    };
  }

  private static List<Integer> dateParts(String date) {
    List<Integer> parts = new ArrayList<>();
    if (date == null) {
      return parts;
    }
    String[] pieces = date.strip().split("-");
    for (int i = 0; i < Math.min(3, pieces.length); i++) {
      try {
        parts.add(
            Integer.parseInt(
                pieces[i].length() > 2 && i > 0 ? pieces[i].substring(0, 2) : pieces[i]));
      } catch (NumberFormatException e) {
        break;
      }
    }
    return parts;
  }
}
