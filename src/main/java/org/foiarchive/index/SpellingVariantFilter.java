package org.foiarchive.index;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Rewrites British spellings to American ones before stemming (organisation, programme, behaviour,
 * licence), so either spelling finds both. Applied at index and query time alike, so a rewrite that
 * produces a non-word is harmless.
 */
final class SpellingVariantFilter extends TokenFilter {
  private static final CharArrayMap<String> WORDS =
      new CharArrayMap<>(
          Map.ofEntries(
              Map.entry("programme", "program"),
              Map.entry("programmes", "programs"),
              Map.entry("licence", "license"),
              Map.entry("licences", "licenses"),
              Map.entry("defence", "defense"),
              Map.entry("offence", "offense"),
              Map.entry("offences", "offenses"),
              Map.entry("centre", "center"),
              Map.entry("centres", "centers"),
              Map.entry("judgement", "judgment"),
              Map.entry("judgements", "judgments"),
              Map.entry("enquiry", "inquiry"),
              Map.entry("enquiries", "inquiries"),
              Map.entry("enquire", "inquire"),
              Map.entry("cheque", "check"),
              Map.entry("catalogue", "catalog"),
              Map.entry("dialogue", "dialog"),
              Map.entry("practise", "practice"),
              Map.entry("ageing", "aging"),
              Map.entry("fulfil", "fulfill"),
              Map.entry("enrol", "enroll"),
              Map.entry("enrolment", "enrollment"),
              Map.entry("towards", "toward"),
              Map.entry("amongst", "among"),
              Map.entry("whilst", "while"),
              // Both spellings are British usage; DWP prints "adviser", claimants often type
              // "advisor".
              Map.entry("advisor", "adviser"),
              Map.entry("advisors", "advisers")),
          false);

  private static final String[][] SUFFIXES = {
    {"isations", "izations"},
    {"isation", "ization"},
    {"ising", "izing"},
    {"ised", "ized"},
    {"ises", "izes"},
    {"iser", "izer"},
    {"isers", "izers"},
    {"ise", "ize"},
    {"yse", "yze"},
    {"ysed", "yzed"},
    {"ysing", "yzing"},
    {"our", "or"},
    {"ours", "ors"},
    {"oured", "ored"},
    {"ouring", "oring"},
    {"ourite", "orite"},
    {"ourable", "orable"},
    {"ourably", "orably"}
  };

  /** Words ending in -our or -ise that are not spelling variants. */
  private static final CharArraySet KEEP =
      new CharArraySet(
          Set.of(
              "our",
              "ours",
              "hour",
              "hours",
              "four",
              "your",
              "yours",
              "tour",
              "pour",
              "sour",
              "flour",
              "course",
              "source",
              "dour",
              "detour",
              "contour",
              "devour",
              "scour",
              "rise",
              "wise",
              "noise",
              "poise",
              "raise",
              "praise",
              "arise",
              "otherwise",
              "likewise",
              "promise",
              "premise",
              "precise",
              "concise",
              "expertise",
              "exercise",
              "franchise",
              "merchandise",
              "disguise",
              "cruise",
              "bruise",
              "guise",
              "treatise",
              "enterprise",
              "surprise",
              "compromise",
              "demise",
              "advise",
              "advised",
              "advises",
              "advising",
              "adviser",
              "advisers",
              "revise",
              "revised",
              "supervise",
              "supervised",
              "televise",
              "comprise",
              "comprises",
              "despise",
              "devise",
              "excise",
              "incise",
              "improvise",
              "chastise",
              "paradise",
              "tourism",
              "troubadour"),
          false);

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  SpellingVariantFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    // Every token of every passage passes here: look up the term's own buffer and build a String
    // only for the few words whose ending could be a British spelling.
    char[] buffer = term.buffer();
    int length = term.length();
    String replacement = WORDS.get(buffer, 0, length);
    if (replacement == null
        && mayHaveVariantSuffix(buffer, length)
        && !KEEP.contains(buffer, 0, length)) {
      replacement = rewriteSuffix(term.toString());
    }
    if (replacement != null) {
      term.setEmpty().append(replacement);
    }
    return true;
  }

  /** Every suffix above starts with "is", "ys" or "our" within a word's last eight characters. */
  private static boolean mayHaveVariantSuffix(char[] buffer, int length) {
    for (int i = Math.max(0, length - 8); i + 1 < length; i++) {
      char c = buffer[i];
      char next = buffer[i + 1];
      if ((c == 'i' || c == 'y') && next == 's'
          || c == 'o' && next == 'u' && i + 2 < length && buffer[i + 2] == 'r') {
        return true;
      }
    }
    return false;
  }

  private static String rewriteSuffix(String word) {
    for (String[] pair : SUFFIXES) {
      if (word.length() > pair[0].length() + 2 && word.endsWith(pair[0])) {
        return word.substring(0, word.length() - pair[0].length()) + pair[1];
      }
    }
    return null;
  }
}
