package org.foiarchive.search;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiarchive.passage.StatedValue;

/**
 * The kind of value a question asks for, read from its question words: "how many hours..." asks for
 * a number, "how long can..." for a length of time, "when did..." for a date. A passage that states
 * a value of that kind answers such a question; one that names the subject without a value ("how
 * much time you spend looking for work") only repeats it. Read from grammar alone: the question
 * words and the forms numbers, lengths of time and dates take in English text.
 */
enum AnswerType {
  /** The question asks for no particular kind of value. */
  NONE(null),
  /** "How many...", "how much...", "what percentage...": a number. */
  NUMBER(StatedValue.NUMBER),
  /** "How long...": a number of days, weeks, months or years. */
  DURATION(StatedValue.DURATION),
  /** "When...", "what date...", "since when...": a date, a month or a year. */
  DATE(StatedValue.DATE);

  /** What separates the words of a value or of a question. */
  private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final StatedValue value;

  AnswerType(StatedValue value) {
    this.value = value;
  }

  /** The kind of value that answers, or null for {@link #NONE}. */
  StatedValue value() {
    return value;
  }

  /**
   * The kind of value the query asks for; {@link #NONE} for a query that is not such a question.
   */
  static AnswerType askedBy(String typed) {
    if (typed == null) {
      return NONE;
    }
    String q = typed.toLowerCase(Locale.ROOT);
    if (Asked.DURATION.matcher(q).find()) {
      return DURATION;
    }
    if (Asked.NUMBER.matcher(q).find()) {
      return NUMBER;
    }
    if (Asked.DATE.matcher(q).find()) {
      return DATE;
    }
    return NONE;
  }

  /**
   * Whether the passage's text states a value of this kind other than one the question typed ("when
   * did the 2012 sanctions start" is not answered by "the Welfare Reform Act 2012").
   */
  boolean statedIn(String text, String typed) {
    return statedIn(text, typedWords(typed));
  }

  /**
   * As {@link #statedIn(String, String)}, with the question's words as {@link #typedWords} gives
   * them: read once for all the candidates of a search, not once for each.
   */
  boolean statedIn(String text, Set<String> asked) {
    if (value == null || text == null) {
      return false;
    }
    Matcher stated = value.pattern().matcher(text.toLowerCase(Locale.ROOT));
    while (stated.find()) {
      if (!asked.containsAll(List.of(WORDS.split(stated.group().strip())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the question's words (as {@link #typedWords} gives them) could make up a value a
   * passage states: only then can a passage that states a value of the asked kind state none but
   * the question's own, so only then need its text be read ({@link StatedValue#codeOf} says the
   * rest).
   */
  static boolean mayHaveTypedAValue(Set<String> typedWords) {
    return typedWords.stream().anyMatch(StatedValue::couldBePartOfAValue);
  }

  /** The question's words, lower case, as a value's words are compared with them. */
  static Set<String> typedWords(String typed) {
    return typed == null
        ? Set.of()
        : new HashSet<>(Arrays.asList(WORDS.split(typed.toLowerCase(Locale.ROOT).strip())));
  }

  /** The forms of a question that ask for each kind of value. */
  private static final class Asked {
    static final Pattern DURATION = Pattern.compile("\\bhow long\\b");
    static final Pattern NUMBER =
        Pattern.compile("\\bhow (many|much)\\b|\\bwhat (percentage|proportion|number)\\b");

    /**
     * "When" asking a question: at the start of a clause and followed by a verb's auxiliary ("when
     * did", "when will"), not "what happens when I...".
     */
    static final Pattern DATE =
        Pattern.compile(
            "(^|[,;:?.!-]\\s*|\\b(and|or|but|so)\\s+)(since\\s+)?when\\s+"
                + "(did|does|do|will|would|was|were|is|are|can|could|should|has|have|had)\\b"
                + "|\\bwhat (date|year|month|day)\\b");
  }
}
