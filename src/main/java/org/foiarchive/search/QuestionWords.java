package org.foiarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
    return subjectWords(words, false);
  }

  /**
   * @param causativesToo whether a causative verb before the one it makes act ("make" in "can they
   *     make me sign up") is left out too: it frames the question as one about a duty ({@link
   *     QueryIntent#causativeAt}) and names nothing the answer says ("they can require claimants to
   *     register"), while as a word it finds "make a decision"
   */
  static List<String> subjectWords(List<String> words, boolean causativesToo) {
    List<String> kept = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (!isQuestionWord(word) && !(causativesToo && QueryIntent.lightCausativeAt(words, i))) {
        kept.add(word);
      }
    }
    return kept.isEmpty() ? words : kept;
  }

  private static String normal(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
  }
}
