package org.foiarchive.passage;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A kind of value a passage can state: a number, a length of time or a date, in the forms English
 * text writes them. Which kinds a passage states is read once at ingest and kept beside it, so that
 * a question asking for one ("how many hours...") can tell its candidates that state one from those
 * that only repeat its subject without reading their text.
 */
public enum StatedValue {
  /** "35", "1.5", "twelve", "half", "a few". */
  NUMBER(Pattern.compile("\\b\\d+([.,]\\d+)?\\b|" + Words.NUMBERS), Words.NUMBER_FIRST_WORDS),
  /** "13 weeks", "three-month", "a few days". */
  DURATION(
      Pattern.compile("(\\b\\d+|" + Words.NUMBERS + ")[\\s-]+" + Words.UNITS_OF_TIME),
      Words.NUMBER_FIRST_WORDS),
  /** "12 May", "April 2013", "2012". */
  DATE(
      Pattern.compile(
          "\\b\\d{1,2}(st|nd|rd|th)?\\s+"
              + Words.MONTHS
              + "|"
              + Words.MONTHS
              + "\\s+\\d{1,4}\\b|\\b(1[89]|20)\\d\\d\\b"),
      Words.MONTH_NAMES.toArray(String[]::new));

  /**
   * Tried only where a value can start (a numeral, or the first word of a spelt number or a month):
   * find() at every character of every passage was 18% of an ingest's samples (JFR, 200,000
   * passages).
   */
  private final WordStartPattern pattern;

  /** {@link #values()} once: each call copies the array, once per passage at ingest. */
  private static final StatedValue[] KINDS = values();

  StatedValue(Pattern pattern, String... firstWords) {
    this.pattern = WordStartPattern.orNumeral(pattern, firstWords);
  }

  /** Finds values of this kind in lower-case text. */
  public Pattern pattern() {
    return pattern.pattern();
  }

  /** The same pattern, tried only where a value can start (tests hold it against find()). */
  WordStartPattern wordStartPattern() {
    return pattern;
  }

  /** The kinds of value the text states, one bit each ({@link #in}), as the index keeps them. */
  public static long codeOf(String text) {
    if (text == null) {
      return 0;
    }
    return codeOfRuns(WordStartPattern.Runs.of(text.toLowerCase(Locale.ROOT)));
  }

  /** {@link #codeOf(String)} given the word runs of the text in lower case. */
  static long codeOfRuns(WordStartPattern.Runs lower) {
    long code = 0;
    for (StatedValue kind : KINDS) {
      if (kind.pattern.foundIn(lower)) {
        code |= 1L << kind.ordinal();
      }
    }
    return code;
  }

  /** Whether a code from {@link #codeOf} says the text states a value of this kind. */
  public boolean in(long code) {
    return (code & (1L << ordinal())) != 0;
  }

  /**
   * Whether a word (lower case, as the text splits into words) could be part of a value of any
   * kind: it holds a digit or spells a number. Every value these patterns find has such a word, so
   * a question with none of them cannot have typed any value a passage states.
   */
  public static boolean couldBePartOfAValue(String word) {
    return Words.SPELT_NUMBER_WORDS.contains(word) || word.chars().anyMatch(Character::isDigit);
  }

  /** Words that spell numbers, units of time and months. */
  private static final class Words {
    static final List<String> SPELT_NUMBERS =
        List.of(
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "hundred",
            "thousand",
            "half",
            "a few",
            "several");
    static final String NUMBERS = "\\b(" + String.join("|", SPELT_NUMBERS) + ")\\b";

    /** The word each spelt number starts with ("a" of "a few"). */
    static final String[] NUMBER_FIRST_WORDS =
        SPELT_NUMBERS.stream().map(n -> n.split(" ")[0]).distinct().toArray(String[]::new);

    /**
     * The words of the spelt numbers: "a few" is "a" and "few", and "few" alone marks it, since
     * nearly every question holds "a".
     */
    static final Set<String> SPELT_NUMBER_WORDS =
        SPELT_NUMBERS.stream()
            .flatMap(n -> Arrays.stream(n.split(" ")))
            .filter(word -> !word.equals("a"))
            .collect(Collectors.toUnmodifiableSet());

    static final String UNITS_OF_TIME = "(hour|day|week|fortnight|month|year)s?\\b";
    static final List<String> MONTH_NAMES =
        List.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");
    static final String MONTHS = "\\b(" + String.join("|", MONTH_NAMES) + ")\\b";
  }
}
