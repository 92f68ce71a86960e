package org.foiarchive.search;

import java.util.Locale;
import java.util.Set;

/**
 * Reads what kind of answer a query wants. Most people come to the archive for what DWP, the ICO or
 * guidance said ("can the jobcentre make me...", "DWP guidance cookies", "FOI 2437"); a few look
 * for a remark they remember from a thread ("tons of cookies"). Only the first kind prefers
 * official voices.
 */
final class QueryIntent {
  /** Openings of a question someone would put to DWP or to an adviser. */
  private static final Set<String> QUESTION_OPENINGS =
      Set.of(
          "can", "could", "do", "does", "did", "is", "are", "was", "were", "will", "would",
          "should", "must", "may", "has", "have", "how", "what", "when", "who", "why", "where",
          "which", "am");

  /** Words that name an official source or its kind of statement. */
  private static final Set<String> OFFICIAL_CUES =
      Set.of(
          "dwp",
          "jobcentre",
          "jcp",
          "ico",
          "commissioner",
          "guidance",
          "toolkit",
          "dmg",
          "adm",
          "foi",
          "reply",
          "response",
          "policy",
          "law",
          "legislation",
          "act",
          "regulation",
          "regulations",
          "rule",
          "rules",
          "official",
          "officially",
          "say",
          "says",
          "said",
          "confirm",
          "confirmed",
          "charter",
          "decide",
          "decided",
          "decision",
          "department",
          "minister",
          "provider",
          "providers",
          "terms",
          "allowed",
          "legal",
          "lawful",
          "mandatory",
          "compulsory");

  private QueryIntent() {}

  static boolean asksWhatWasSaid(String typed, ParsedQuery parsed) {
    if (!parsed.typedFilters().references().isEmpty()) {
      return true;
    }
    if (typed != null && typed.strip().endsWith("?")) {
      return true;
    }
    if (parsed.words().isEmpty()) {
      return false;
    }
    if (QUESTION_OPENINGS.contains(lower(parsed.words().getFirst()))) {
      return true;
    }
    return parsed.words().stream().map(QueryIntent::lower).anyMatch(OFFICIAL_CUES::contains);
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
