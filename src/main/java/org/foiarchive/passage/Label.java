package org.foiarchive.passage;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph number or list marker at the start of a line, with its family: items of one family
 * are siblings, an item of another family under an unfinished lead-in is a sub-item of it.
 */
record Label(String text, Family family) {
  enum Family {
    /** DMG paragraphs (21594) and ADM paragraphs (E5007). */
    GUIDANCE_PARAGRAPH,
    /** 1.1, 2.3.4 */
    DOTTED,
    /** 1. or 1) */
    NUMBER,
    /** (2) */
    PAREN_NUMBER,
    /** (a), (iv) */
    PAREN_LETTER,
    /** a) */
    LETTER,
    /** Q3 */
    QUESTION,
    /** Section text copied from legislation.gov.uk, number glued to the heading: 17Work, 6(1)The */
    LEGISLATION,
    /** •, -, * */
    BULLET
  }

  private record Rule(Pattern pattern, Family family) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(Pattern.compile("^(\\d{5}|[A-Z]\\d{4})\\s+(?=\\S)"), Family.GUIDANCE_PARAGRAPH),
          new Rule(Pattern.compile("^(Q\\d{1,2})[.:)]?\\s+(?=\\S)"), Family.QUESTION),
          new Rule(
              Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){1,3})\\.?\\s+(?=\\S)"), Family.DOTTED),
          new Rule(
              Pattern.compile("^(\\d{1,3})[.)](?:\\s+|(?=[A-Z“\"‘'(]))(?=\\S)"), Family.NUMBER),
          new Rule(Pattern.compile("^(\\(\\d{1,3}[A-Z]?\\))\\s*(?=\\S)"), Family.PAREN_NUMBER),
          new Rule(
              Pattern.compile("^(\\((?:[a-h]|[ivx]{1,4}|[a-z]{2})\\))\\s*(?=\\S)"),
              Family.PAREN_LETTER),
          new Rule(Pattern.compile("^([a-h]\\))\\s*(?=\\S)"), Family.LETTER),
          new Rule(
              Pattern.compile("^(\\d{1,3}[A-Z]?(?:\\(\\d{1,2}\\))?)(?=[A-Z][a-z]{2,})"),
              Family.LEGISLATION),
          new Rule(Pattern.compile("^([•·▪●◦*]|[-–](?=\\s))\\s*(?=\\S)"), Family.BULLET));

  static Label match(String line) {
    for (Rule rule : RULES) {
      Matcher m = rule.pattern.matcher(line);
      if (m.find()) {
        String text = rule.family == Family.BULLET ? null : m.group(1);
        return new Label(text, rule.family);
      }
    }
    return null;
  }
}
