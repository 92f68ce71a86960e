package org.foiarchive.index;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.foiarchive.passage.Passage;

/** Facts about passage text that indexing records for ranking: length, identity, neighbours. */
final class PassageText {
  /** Enough of a neighbour to carry its subject without letting a long neighbour dominate. */
  static final int MAX_NEIGHBOUR_CHARS = 400;
  private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile("(?:https?://|www\\.)\\S+");

  private PassageText() {
  }

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

  /** A question put to the body (often restated in its reply) rather than a statement of its own. */
  static boolean isQuestion(String text) {
    String t = text.strip();
    return t.endsWith("?") || t.endsWith("?)") || t.endsWith("?\"") || t.endsWith("?”");
  }

  /**
   * A 64-bit FNV-1a hash of the text's letters and digits, lower-cased and folded: the same quote pasted
   * twice, with different wrapping or punctuation, hashes the same.
   */
  static long hash(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
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

  /** The end of the passage before and the start of the passage after, when they are in the same part. */
  static String around(List<Passage> passages, int index) {
    Passage self = passages.get(index);
    StringBuilder out = new StringBuilder();
    if (index > 0 && samePart(passages.get(index - 1), self)) {
      String before = passages.get(index - 1).text();
      out.append(before.length() <= MAX_NEIGHBOUR_CHARS ? before : before.substring(before.length() - MAX_NEIGHBOUR_CHARS));
    }
    if (index + 1 < passages.size() && samePart(passages.get(index + 1), self)) {
      String after = passages.get(index + 1).text();
      out.append(out.isEmpty() ? "" : "\n")
          .append(after.length() <= MAX_NEIGHBOUR_CHARS ? after : after.substring(0, MAX_NEIGHBOUR_CHARS));
    }
    return out.toString();
  }

  private static boolean samePart(Passage a, Passage b) {
    return Objects.equals(a.anchor(), b.anchor()) && Objects.equals(a.author(), b.author());
  }
}
