package org.foiarchive.fetch;

import org.foiarchive.corpus.PartialDate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Small helpers for reading the JSON that WhatDoTheyKnow and GOV.UK serve. */
final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  /** The parsed document, or null when the bytes are not JSON. */
  static JsonNode parse(byte[] bytes) {
    try {
      return MAPPER.readTree(bytes);
    } catch (JacksonException e) {
      return null;
    }
  }

  /** The text at a path of field names, or null when any step is missing or empty. */
  static String text(JsonNode node, String... path) {
    JsonNode at = node;
    for (String step : path) {
      if (at == null) {
        return null;
      }
      at = at.get(step);
    }
    if (at == null || at.isNull() || at.isMissingNode() || at.isContainer()) {
      return null;
    }
    String text = at.asString();
    return text == null || text.isBlank() ? null : text.strip();
  }

  /**
   * The date an ISO 8601 timestamp falls on, or a date of any precision ({@code 2013-06}); null for
   * none or for text that is no date.
   */
  static PartialDate date(String timestamp) {
    String day = day(timestamp);
    try {
      return PartialDate.parseOrNull(day != null ? day : timestamp);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The date part (yyyy-MM-dd) of an ISO 8601 timestamp, or null. */
  static String day(String timestamp) {
    return timestamp != null && timestamp.matches("\\d{4}-\\d{2}-\\d{2}.*")
        ? timestamp.substring(0, 10)
        : null;
  }
}
