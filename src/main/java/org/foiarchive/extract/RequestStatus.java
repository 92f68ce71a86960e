package org.foiarchive.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A request's state in UK FOI words. Alaveteli's internal names are mapped, "rejected" shown as
 * "refused" as the Act says; captures without markup are read from the sentences the page prints.
 */
final class RequestStatus {
  private static final Map<String, String> STATES =
      Map.ofEntries(
          Map.entry("successful", "successful"),
          Map.entry("partially_successful", "partially successful"),
          Map.entry("rejected", "refused"),
          Map.entry("not_held", "information not held"),
          Map.entry("waiting_response", "awaiting response"),
          Map.entry("waiting_response_overdue", "response overdue"),
          Map.entry("waiting_response_very_overdue", "response long overdue"),
          Map.entry("waiting_clarification", "awaiting clarification"),
          Map.entry("waiting_classification", "awaiting classification"),
          Map.entry("gone_postal", "gone postal"),
          Map.entry("internal_review", "awaiting internal review"),
          Map.entry("error_message", "delivery error"),
          Map.entry("requires_admin", "requires admin"),
          Map.entry("user_withdrawn", "withdrawn by the requester"),
          Map.entry("attention_requested", "reported for attention"),
          Map.entry("vexatious", "vexatious"),
          Map.entry("not_foi", "not an FOI request"));

  private static final Map<Pattern, String> SENTENCES = new LinkedHashMap<>();

  static {
    SENTENCES.put(
        Pattern.compile("^The request was partially successful\\.?$"), "partially successful");
    SENTENCES.put(Pattern.compile("^The request was successful\\.?$"), "successful");
    SENTENCES.put(Pattern.compile("^The request was refused by .+$"), "refused");
    SENTENCES.put(
        Pattern.compile("^.+ did not have the information requested\\.?$"), "information not held");
    SENTENCES.put(
        Pattern.compile("^Waiting for an internal review by .+$"), "awaiting internal review");
    SENTENCES.put(
        Pattern.compile("^Response to this request is long overdue\\.?$"), "response long overdue");
    SENTENCES.put(Pattern.compile("^Response to this request is delayed\\.?$"), "response overdue");
    SENTENCES.put(
        Pattern.compile("^Currently waiting for a response from .+$"), "awaiting response");
    SENTENCES.put(
        Pattern.compile("^This request has been withdrawn by the person who made it\\.?$"),
        "withdrawn by the requester");
  }

  private RequestStatus() {}

  static String ofState(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    String key = state.strip().toLowerCase(Locale.ROOT);
    return STATES.getOrDefault(key, key.replace('_', ' '));
  }

  /** The state a status sentence states, or null when the line is not one. */
  static String ofSentence(String line) {
    String stripped = line == null ? "" : line.strip();
    for (Map.Entry<Pattern, String> e : SENTENCES.entrySet()) {
      if (e.getKey().matcher(stripped).matches()) {
        return e.getValue();
      }
    }
    return null;
  }
}
