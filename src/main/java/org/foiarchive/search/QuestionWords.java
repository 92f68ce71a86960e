package org.foiarchive.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The words of a question that carry no subject: "can", "I", "what", "the". People type whole
 * questions ("can the jobcentre make me give them access to my account?"); ranking on these words
 * rewards any chatty passage that repeats them, so plain words drop them before ranking. Negations
 * ("not", "no", "cannot", "without") stay: they decide what an official sentence says. Phrases keep
 * every word.
 */
final class QuestionWords {
  private static final Set<String> WORDS =
      Set.of(
          "a",
          "an",
          "the",
          "and",
          "or",
          "of",
          "to",
          "in",
          "on",
          "at",
          "by",
          "for",
          "from",
          "with",
          "about",
          "as",
          "into",
          "onto",
          "if",
          "so",
          "than",
          "that",
          "this",
          "these",
          "those",
          "there",
          "then",
          "it",
          "its",
          "it's",
          "i",
          "i'm",
          "i've",
          "i'd",
          "i'll",
          "me",
          "my",
          "mine",
          "myself",
          "you",
          "your",
          "yours",
          "we",
          "our",
          "us",
          "he",
          "she",
          "him",
          "her",
          "his",
          "they",
          "them",
          "their",
          "theirs",
          "one",
          "what",
          "which",
          "who",
          "whom",
          "whose",
          "when",
          "where",
          "why",
          "how",
          "whether",
          "do",
          "does",
          "did",
          "doing",
          "done",
          "can",
          "could",
          "should",
          "would",
          "will",
          "shall",
          "may",
          "might",
          "must",
          "is",
          "am",
          "are",
          "was",
          "were",
          "be",
          "been",
          "being",
          "have",
          "has",
          "had",
          "having",
          "get",
          "got",
          "any",
          "some",
          "just",
          "also",
          "too",
          "very",
          "really",
          "still",
          "please",
          "anyone",
          "anybody",
          "someone",
          "something",
          "let",
          "out");

  private QuestionWords() {}

  static boolean isQuestionWord(String word) {
    return WORDS.contains(normal(word));
  }

  /**
   * The words that carry the subject; all of them when every word is a question word ("who are
   * you").
   */
  static List<String> subjectWords(List<String> words) {
    return subjectWords(words, run -> false);
  }

  /**
   * The words that carry the subject.
   *
   * @param oneTerm whether a run of words is one term to the archive's analysis: the question words
   *     inside such a run stay, since "work and health programme", "freedom of information" and
   *     "department for work and pensions" are each one term (the acronym, {@code synonyms.txt}),
   *     which without their "and", "of" and "for" they are not, and passages saying "WHP" or the
   *     name in full would not match them. A run is tried only when it starts and ends with a
   *     subject word and has question words inside, never two together, as such a name does.
   */
  static List<String> subjectWords(List<String> words, Predicate<List<String>> oneTerm) {
    boolean[] named = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      if (isQuestionWord(words.get(i))) {
        continue;
      }
      for (int end = Math.min(words.size(), i + ArchiveQueryBuilder.MAX_SYNONYM_WORDS);
          end >= i + 3;
          end--) {
        List<String> run = words.subList(i, end);
        if (!isQuestionWord(run.getLast()) && joinsSubjectWords(run) && oneTerm.test(run)) {
          Arrays.fill(named, i, end, true);
          i = end - 1;
          break;
        }
      }
    }
    List<String> kept = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      if (!isQuestionWord(words.get(i)) || named[i]) {
        kept.add(words.get(i));
      }
    }
    return kept.isEmpty() ? words : kept;
  }

  /**
   * Whether a run has a question word inside and never two together, as a name's "and" or "of"
   * joins its words ("department for work and pensions"): the cheap test before the analysis is
   * asked, so a chatty question's "for the", "to my" are never analysed.
   */
  private static boolean joinsSubjectWords(List<String> run) {
    boolean joined = false;
    for (int i = 1; i < run.size(); i++) {
      if (isQuestionWord(run.get(i))) {
        if (isQuestionWord(run.get(i - 1))) {
          return false;
        }
        joined = true;
      }
    }
    return joined;
  }

  private static String normal(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
  }
}
