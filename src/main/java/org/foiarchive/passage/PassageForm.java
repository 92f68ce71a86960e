package org.foiarchive.passage;

/**
 * What a passage's own form says, read once at ingest and kept beside it for ranking: its {@link
 * Wording}, its {@link Role} in its document and the kinds of {@link StatedValue} it states.
 *
 * <p>Each is read from the text in lower case, word run by word run. A passage of ASCII text with
 * nothing to strip (nearly all of them) is lowered and split into runs once for all three, where
 * reading each on its own lowered the text three times and scanned it once per pattern, seven times
 * in all; any other text is read by each as on its own, so the answers are always the same.
 */
public record PassageForm(Wording wording, Role role, long statedValues) {

  /** The form of {@code passage}, in a document with this title (null when it has none). */
  public static PassageForm of(Passage passage, String title) {
    String text = passage.text();
    if (!isAscii(text) || text.strip().length() != text.length()) {
      return new PassageForm(Wording.of(text), Role.of(passage, title), StatedValue.codeOf(text));
    }
    // For ASCII text, lowering ASCII letters (Wording's way) is what Locale.ROOT does (the
    // others').
    WordStartPattern.Runs lower = WordStartPattern.Runs.of(Wording.asciiLowerCase(text));
    return new PassageForm(
        Wording.of(text, lower), Role.of(passage, title, lower), StatedValue.codeOfRuns(lower));
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
