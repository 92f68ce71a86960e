package org.foiarchive.cite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.SourceKind;
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
    item.put("type", type(c.document().kind()));
    item.put("title", c.document().title());
    if (c.writer() != null) {
      item.put("author", List.of(Map.of("literal", c.writer())));
    }
    if (c.document().body() != null) {
      item.put("publisher", c.document().body());
    }
    if (c.kindLabel() != null) {
      item.put("genre", c.kindLabel());
    }
    if (!c.document().references().isEmpty()) {
      item.put("number", String.join(", ", c.document().references()));
    }
    List<Integer> issued = dateParts(c.speaker().date());
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
    item.put("URL", c.document().url() != null ? c.document().url() : c.copy().cardUrl());
    item.put("archive", "foiarchive");
    item.put("archive_location", c.copy().archiveUrl());
    List<String> note = new ArrayList<>(c.locationNotes());
    if (c.copy().sha256() != null) {
      note.add("SHA-256 " + c.copy().sha256());
    }
    if (c.retrievedInWords() != null) {
      note.add("retrieved " + c.retrievedInWords());
    }
    note.add("quote card " + c.copy().cardUrl());
    item.put("note", String.join("; ", note));
    return JSON.writeValueAsString(List.of(item)) + "\n";
  }

  /** Blog posts and forum posts have CSL types of their own; everything else is a document. */
  private static String type(SourceKind kind) {
    return switch (kind) {
      case COMMENTARY -> "post-weblog";
      case FORUM -> "post";
      case LEGISLATION -> "legislation";
      case null, default -> "document";
    };
  }

  /** Year, month and day, as far as the date gives them. */
  private static List<Integer> dateParts(PartialDate date) {
    if (date == null) {
      return List.of();
    }
    LocalDate start = date.start();
    return switch (date.precision()) {
      case YEAR -> List.of(start.getYear());
      case MONTH -> List.of(start.getYear(), start.getMonthValue());
      case DAY -> List.of(start.getYear(), start.getMonthValue(), start.getDayOfMonth());
    };
  }
}
