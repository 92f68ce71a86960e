package org.foiarchive.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The other ways the archive writes a word typed joined, apart or hyphenated: "jobsearch" is also
 * "job search", "job match" is also "jobmatch", "e-mail" is also "email". Learnt from the index's
 * own words, not from a list: a typed word is split where the index holds both halves side by side,
 * two typed words are joined where the index holds them as one, and a hyphenated or dotted word
 * ("c.v.") is joined where the index holds it so. Each form must be held by {@link #MIN_PASSAGES}
 * passages, so a typing slip or a word broken at a line end in one document does not count.
 * Function words ("in", "to", "any", "may") are never halves: "into", "anyone" and "maybe" are
 * words of their own. Stateless.
 */
final class JoinedWords {
  /** Passages that must hold a form before it is searched: one could be a slip. */
  static final int MIN_PASSAGES = 2;

  /** Shorter words are not tried in halves: "email" is the shortest worth it. */
  static final int MIN_SPLIT_LENGTH = 5;

  /**
   * The longer half of a split has at least this many letters: "e mail" is a way of writing
   * "email", "a way" is not one of writing "away".
   */
  static final int MIN_LONGER_HALF = 3;

  /**
   * The second half of a split has at least this many letters: a letter after a word is a plural in
   * brackets ("reason(s)") or a list's item ("section 2 a"), not the word's end.
   */
  static final int MIN_SECOND_HALF = 2;

  /** Words looked at: enough for any question, bounded for a pasted paragraph. */
  static final int MAX_WORDS = 12;

  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  /** Hyphens and dots inside a word ("e-mail", "c.v"): the word may also be printed without. */
  private static final Pattern JOINERS = Pattern.compile("[-.‐‑]");

  /**
   * A form the archive writes for the words typed.
   *
   * @param form the form, words separated by a space ("job search") or one word ("jobsearch")
   * @param typed the words typed that it is another way of writing, as typed
   */
  record Form(String form, List<String> typed) {}

  private JoinedWords() {}

  /** The forms the index holds for the words, in the order typed, each once. */
  static List<Form> of(List<String> words, Vocabulary vocabulary) {
    Map<String, Form> forms = new LinkedHashMap<>();
    List<String> looked = words.subList(0, Math.min(words.size(), MAX_WORDS));
    for (int i = 0; i < looked.size(); i++) {
      String word = looked.get(i);
      String lower = word.toLowerCase(Locale.ROOT);
      if (QuestionWords.isQuestionWord(lower)) {
        continue;
      }
      if (LETTERS.matcher(lower).matches()) {
        split(lower, vocabulary)
            .ifPresent(form -> forms.putIfAbsent(form, new Form(form, List.of(word))));
        if (i + 1 < looked.size()) {
          String next = looked.get(i + 1);
          String nextLower = next.toLowerCase(Locale.ROOT);
          if (LETTERS.matcher(nextLower).matches()
              && !QuestionWords.isQuestionWord(nextLower)
              && vocabulary.holds(lower + nextLower, MIN_PASSAGES)) {
            forms.putIfAbsent(lower + nextLower, new Form(lower + nextLower, List.of(word, next)));
          }
        }
      } else {
        String joined = JOINERS.matcher(lower).replaceAll("");
        if (!joined.equals(lower)
            && LETTERS.matcher(joined).matches()
            && vocabulary.holds(joined, MIN_PASSAGES)) {
          forms.putIfAbsent(joined, new Form(joined, List.of(word)));
        }
      }
    }
    return List.copyOf(forms.values());
  }

  /** The word in two halves the index holds side by side, the longest first half first. */
  private static Optional<String> split(String word, Vocabulary vocabulary) {
    if (word.length() < MIN_SPLIT_LENGTH) {
      return Optional.empty();
    }
    for (int at = word.length() - 1; at >= 1; at--) {
      String first = word.substring(0, at);
      String second = word.substring(at);
      if (Math.max(first.length(), second.length()) < MIN_LONGER_HALF
          || second.length() < MIN_SECOND_HALF
          || QuestionWords.isQuestionWord(first)
          || QuestionWords.isQuestionWord(second)) {
        continue;
      }
      if (vocabulary.holds(first, MIN_PASSAGES)
          && vocabulary.holds(second, MIN_PASSAGES)
          && vocabulary.holdsPhrase(first, second, MIN_PASSAGES)) {
        return Optional.of(first + " " + second);
      }
    }
    return Optional.empty();
  }
}
