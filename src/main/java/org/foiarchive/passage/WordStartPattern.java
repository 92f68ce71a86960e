package org.foiarchive.passage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern that begins at a word boundary with one of a few words ({@code \b(?:must|may|...)}),
 * tried only where one of those words starts, rather than at every character of the text: the same
 * answer as {@link Matcher#find()}, for a fraction of the work on a passage that holds none of them
 * (the modal and framing patterns were a fifth of an ingest's CPU time, JFR, 200,000 passages).
 *
 * <p>The words are runs of ASCII letters, digits and underscores, as {@code \b} and {@code \w} see
 * them: a match of such a pattern starts where a run starts, and the run there is one of the words
 * given (or, for a pattern made {@link #orNumeral}, any run that starts with a digit). Every
 * alternative of the pattern must begin with one of them, or that alternative is never tried;
 * WordStartPatternTest holds each pattern against {@code find()}.
 */
final class WordStartPattern {
  private final Pattern pattern;

  /** The first words by length: {@code byLength[n]} holds those of n characters. */
  private final String[][] byLength;

  /** Whether the pattern is also tried where a run starts with a digit ({@code \b\d...}). */
  private final boolean atNumerals;

  WordStartPattern(Pattern pattern, String... firstWords) {
    this(pattern, false, firstWords);
  }

  /**
   * A pattern whose alternatives begin with one of {@code firstWords} or with a digit at a word
   * boundary: tried where such a word starts and where a run of word characters starts with a digit
   * ("35", "1.5", "12th").
   */
  static WordStartPattern orNumeral(Pattern pattern, String... firstWords) {
    return new WordStartPattern(pattern, true, firstWords);
  }

  private WordStartPattern(Pattern pattern, boolean atNumerals, String... firstWords) {
    this.pattern = pattern;
    this.atNumerals = atNumerals;
    int longest = 0;
    for (String word : firstWords) {
      longest = Math.max(longest, word.length());
    }
    List<List<String>> grouped = new ArrayList<>();
    for (int n = 0; n <= longest; n++) {
      grouped.add(new ArrayList<>());
    }
    for (String word : firstWords) {
      grouped.get(word.length()).add(word);
    }
    this.byLength = grouped.stream().map(g -> g.toArray(String[]::new)).toArray(String[][]::new);
  }

  Pattern pattern() {
    return pattern;
  }

  /**
   * A text's runs of word characters, found once for several patterns to try: a passage's wording,
   * role and stated values each scanned the whole text once per pattern (seven scans a passage,
   * about a tenth of an ingest's samples, JFR, 200,000 passages).
   */
  static final class Runs {
    final String text;

    /** Run i is text[start[i], end[i]). */
    private final int[] start;

    private final int[] end;
    private final int count;

    private Runs(String text, int[] start, int[] end, int count) {
      this.text = text;
      this.start = start;
      this.end = end;
      this.count = count;
    }

    static Runs of(String text) {
      int length = text.length();
      int[] start = new int[16];
      int[] end = new int[16];
      int count = 0;
      int i = 0;
      while (i < length) {
        if (!isWordChar(text.charAt(i))) {
          i++;
          continue;
        }
        if (count == start.length) {
          start = Arrays.copyOf(start, count * 2);
          end = Arrays.copyOf(end, count * 2);
        }
        start[count] = i;
        while (i < length && isWordChar(text.charAt(i))) {
          i++;
        }
        end[count++] = i;
      }
      return new Runs(text, start, end, count);
    }
  }

  /** Whether the pattern matches somewhere in the text of {@code runs}, as {@code find()} would. */
  boolean foundIn(Runs runs) {
    String text = runs.text;
    Matcher matcher = null;
    for (int r = 0; r < runs.count; r++) {
      int start = runs.start[r];
      if ((atNumerals && isDigit(text.charAt(start)))
          || isFirstWord(text, start, runs.end[r] - start)) {
        if (matcher == null) {
          matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        matcher.region(start, text.length());
        if (matcher.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the pattern matches somewhere in {@code text}, as {@code find()} would say. */
  boolean foundIn(String text) {
    Matcher matcher = null;
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < length && isWordChar(text.charAt(i))) {
        i++;
      }
      if ((atNumerals && isDigit(text.charAt(start))) || isFirstWord(text, start, i - start)) {
        if (matcher == null) {
          // Transparent bounds: the \b before the word sees the character before it.
          matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        matcher.region(start, length);
        if (matcher.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isFirstWord(String text, int start, int length) {
    if (length >= byLength.length) {
      return false;
    }
    char first = text.charAt(start);
    for (String word : byLength[length]) {
      if (word.charAt(0) == first && text.regionMatches(start, word, 0, length)) {
        return true;
      }
    }
    return false;
  }

  /** {@code \d} without UNICODE_CHARACTER_CLASS. */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code \w} without UNICODE_CHARACTER_CLASS, which {@code \b} follows too. */
  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
}
