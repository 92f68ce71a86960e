package org.foiarchive.index;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.foiarchive.passage.Passage;

/** Facts about passage text that indexing records for ranking: length, identity, neighbours. */
final class PassageText {
  /** Enough of a neighbour to carry its subject without letting a long neighbour dominate. */
  static final int MAX_NEIGHBOUR_CHARS = 400;

  private static final Pattern WEB_ADDRESS = Pattern.compile("(?:https?://|www\\.)\\S+");

  private PassageText() {}

  /** Words as a reader counts them: runs of letters or digits. A bare web address counts as one. */
  static int words(String text) {
    if (WEB_ADDRESS.matcher(text.strip()).matches()) {
      return 1;
    }
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }

  /**
   * A question put to the body (often restated in its reply) rather than a statement of its own.
   */
  static boolean isQuestion(String text) {
    String t = text.strip();
    return t.endsWith("?") || t.endsWith("?)") || t.endsWith("?\"") || t.endsWith("?”");
  }

  /**
   * A 64-bit FNV-1a hash of the text's letters and digits, lower-cased and folded: the same quote
   * pasted twice, with different wrapping or punctuation, hashes the same.
   */
  static long hash(String text) {
    // Plain ASCII has nothing to decompose: most passages skip the normaliser's copy.
    String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
    String folded = decomposed.toLowerCase(Locale.ROOT);
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        h ^= c;
        h *= 0x100000001b3L;
      }
    }
    return h;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Which words of the passages before and after, when they are in the same part, a search counts
   * as the passage's neighbours' text: the tokens of the one before that start in its last {@link
   * #MAX_NEIGHBOUR_CHARS} characters and those of the one after that end in its first as many. Null
   * when neither neighbour is in the part.
   *
   * @param analysed each passage's text as the index analyses it
   */
  static NeighbourWindows neighbours(
      List<Passage> passages, List<AnalysedText> analysed, int index) {
    Passage self = passages.get(index);
    boolean before = index > 0 && samePart(passages.get(index - 1), self);
    boolean after = index + 1 < passages.size() && samePart(passages.get(index + 1), self);
    if (!before && !after) {
      return null;
    }
    int previousFrom = 0;
    int length = 0;
    if (before) {
      AnalysedText previous = analysed.get(index - 1);
      previousFrom = Math.max(0, passages.get(index - 1).text().length() - MAX_NEIGHBOUR_CHARS);
      length += previous.positions(previous.firstStartingAt(previousFrom), previous.size());
    }
    if (after) {
      AnalysedText next = analysed.get(index + 1);
      length += next.positions(0, next.endOfTokensEndingBy(MAX_NEIGHBOUR_CHARS));
    }
    return new NeighbourWindows(before, after, previousFrom, MAX_NEIGHBOUR_CHARS, length);
  }

  private static boolean samePart(Passage a, Passage b) {
    return Objects.equals(a.location().anchor(), b.location().anchor())
        && Objects.equals(a.speaker().author(), b.speaker().author());
  }
}
