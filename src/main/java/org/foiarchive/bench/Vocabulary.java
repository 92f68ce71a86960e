package org.foiarchive.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Word-to-word transitions learnt from real passages (a bigram chain), so generated sentences use
 * the corpus's own words with its own frequencies and neighbours. Immutable after construction.
 */
final class Vocabulary {
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z“\"‘(])");
  private static final Pattern NOT_A_WORD =
      Pattern.compile("(?i)https?:|www\\.|@|\\.\\.\\.|[<>{}|\\\\]");
  private static final int MAX_SENTENCE_WORDS = 40;

  private final List<String> words = new ArrayList<>();
  private final int[] starters;
  private final int[][] followers;

  Vocabulary(List<String> paragraphs) {
    Map<String, Integer> ids = new HashMap<>();
    List<Integer> starts = new ArrayList<>();
    Map<Integer, List<Integer>> next = new HashMap<>();
    for (String paragraph : paragraphs) {
      for (String sentence : SENTENCE_BREAK.split(paragraph)) {
        int previous = -1;
        for (String token : sentence.strip().split("\\s+")) {
          if (token.isEmpty()
              || token.length() > 30
              || NOT_A_WORD.matcher(token).find()
              || token.chars().noneMatch(Character::isLetter)) {
            previous = -1;
            continue;
          }
          int id =
              ids.computeIfAbsent(
                  token,
                  t -> {
                    words.add(t);
                    return words.size() - 1;
                  });
          if (previous < 0) {
            if (Character.isUpperCase(token.codePointAt(0))) {
              starts.add(id);
            }
          } else {
            next.computeIfAbsent(previous, k -> new ArrayList<>()).add(id);
          }
          previous = endsSentence(token) ? -1 : id;
        }
      }
    }
    if (starts.isEmpty()) {
      throw new IllegalArgumentException("the corpus has no sentences to learn words from");
    }
    this.starters = starts.stream().mapToInt(Integer::intValue).toArray();
    this.followers = new int[words.size()][];
    for (int i = 0; i < words.size(); i++) {
      List<Integer> f = next.get(i);
      followers[i] = f == null ? new int[0] : f.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  int size() {
    return words.size();
  }

  /** One sentence: a walk along the chain from a sentence opening until a sentence ends. */
  String sentence(SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    int word = starters[random.nextInt(starters.length)];
    for (int n = 0; ; n++) {
      String text = words.get(word);
      out.append(n == 0 ? "" : " ").append(text);
      if (endsSentence(text) && n >= 3) {
        return out.toString();
      }
      int[] options = followers[word];
      if (options.length == 0 || n >= MAX_SENTENCE_WORDS) {
        return closed(out);
      }
      word = options[random.nextInt(options.length)];
    }
  }

  /** Sentences until the paragraph has about {@code targetWords} words. */
  String paragraph(SplittableRandom random, int targetWords) {
    StringBuilder out = new StringBuilder();
    int count = 0;
    while (count < targetWords) {
      String sentence = sentence(random);
      out.append(out.isEmpty() ? "" : " ").append(sentence);
      count += sentence.split(" ").length;
    }
    return out.toString();
  }

  private static boolean endsSentence(String token) {
    char last = token.charAt(token.length() - 1);
    return last == '.' || last == '?' || last == '!';
  }

  private static String closed(StringBuilder sentence) {
    String s = sentence.toString().replaceAll("[,;:\\-–]+$", "");
    return endsSentence(s) ? s : s + ".";
  }
}
