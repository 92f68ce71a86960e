package org.foiarchive.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** Words that, after a question's opening verb, make it a question: "can they", "do I". */
  private static final Set<String> ASKED_OF =
      Set.of("i", "they", "we", "you", "he", "she", "it", "someone", "anyone", "my", "the");

  /**
   * Modal and deontic words: a question that has one asks what must, may or cannot be done ("do I
   * have to", "can they", "is it compulsory").
   */
  private static final Set<String> MODAL_WORDS =
      Set.of(
          "can",
          "could",
          "may",
          "might",
          "must",
          "should",
          "shall",
          "have",
          "has",
          "need",
          "needs",
          "allowed",
          "allow",
          "mandatory",
          "compulsory",
          "required",
          "require",
          "entitled",
          "legal",
          "lawful",
          "voluntary",
          "obliged",
          "cannot",
          "can't",
          "cant");

  /**
   * Where a clause starts in typed text: after a punctuation mark that ends or splits one ("DWP's
   * own words - is it...", "on ESA, is...") or a conjunction that joins two ("...or do I have
   * to..."). A question's opening there asks a question, as it does at the start of the query.
   */
  private static final Pattern CLAUSE_OPENING =
      Pattern.compile(
          "(?:^|[,;:?!.()\\u2013\\u2014]|\\s-+\\s|\\b(?:and|or|but|so)\\s)\\s*([\\p{L}']+)");

  /**
   * The query asks a question about a rule, a permission or a duty: it is worded as a question (it
   * ends with "?", starts with a question's opening, or puts a verb before its subject further on:
   * "on ESA, can they...") and has a modal word ("do I have to...", "can they..."). Such a question
   * is best answered by a statement of the rule.
   *
   * @param inClauses whether a question's opening at the start of a later clause also makes a
   *     question, whatever follows it: "DWP's own words - is agreeing a claimant commitment
   *     compulsory" asks whether it is, as "is agreeing..." alone would
   */
  static boolean asksAQuestion(String typed, ParsedQuery parsed, boolean inClauses) {
    List<String> words = parsed.words().stream().map(QueryIntent::lower).toList();
    if (words.isEmpty() || words.stream().noneMatch(MODAL_WORDS::contains)) {
      return false;
    }
    if (typed != null && typed.strip().endsWith("?")) {
      return true;
    }
    if (QUESTION_OPENINGS.contains(words.getFirst())) {
      return true;
    }
    for (int i = 0; i + 1 < words.size(); i++) {
      if (QUESTION_OPENINGS.contains(words.get(i)) && ASKED_OF.contains(words.get(i + 1))) {
        return true;
      }
    }
    return inClauses && typed != null && opensAClauseWithAQuestion(typed);
  }

  private static boolean opensAClauseWithAQuestion(String typed) {
    Matcher opening = CLAUSE_OPENING.matcher(typed);
    while (opening.find()) {
      if (QUESTION_OPENINGS.contains(lower(opening.group(1)))) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
