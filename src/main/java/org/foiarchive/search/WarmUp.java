package org.foiarchive.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.foiarchive.index.ArchiveFields;

/**
 * Searches run once when the archive starts, before readers ask: questions made of the index's own
 * words, through the whole search (query building, candidates, rescoring, highlighting, facets), so
 * that the JIT has compiled those paths and the first hundred real questions are answered as fast
 * as the thousandth. Stateless.
 */
public final class WarmUp {
  /** The words questions are drawn from: the index's commonest, as most questions are made of. */
  static final int VOCABULARY = 2_000;

  /** Words to a warm-up question, at most: everyday questions are a few words to a sentence. */
  static final int MAX_QUESTION_WORDS = 8;

  /** Every this-many questions, one is a phrase, so phrase matching is compiled too. */
  static final int PHRASE_EVERY = 7;

  /** The same questions on every start: a warm-up must not make one start differ from the next. */
  private static final long SEED = 20130612L;

  private WarmUp() {}

  /** What a warm-up did: how many searches, how many of them found something, and how long. */
  public record Done(int searches, int withHits, Duration took) {}

  /**
   * Runs up to {@code searches} questions, stopping early at {@code timeLimit}: a warm-up never
   * holds a core for long on a machine that is already serving.
   */
  public static Done run(LuceneArchiveSearcher searcher, int searches, Duration timeLimit) {
    long start = System.nanoTime();
    long deadline = start + timeLimit.toNanos();
    int run = 0;
    int withHits = 0;
    for (String question : searcher.warmUpQuestions(searches)) {
      if (System.nanoTime() - deadline > 0) {
        break;
      }
      if (searcher.search(SearchRequest.of(question, SearchRequest.Builder.DEFAULT_LIMIT)).total()
          > 0) {
        withHits++;
      }
      run++;
    }
    return new Done(run, withHits, Duration.ofNanos(System.nanoTime() - start));
  }

  /** {@code count} questions of the reader's commonest words, the same ones for the same index. */
  static List<String> questions(IndexReader reader, int count) throws IOException {
    List<String> words = commonWords(reader, VOCABULARY);
    List<String> questions = new ArrayList<>(count);
    if (words.isEmpty()) {
      return questions;
    }
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < count; i++) {
      int length = 1 + random.nextInt(MAX_QUESTION_WORDS);
      List<String> picked = new ArrayList<>(length);
      for (int w = 0; w < length; w++) {
        picked.add(words.get(random.nextInt(words.size())));
      }
      String question = String.join(" ", picked);
      questions.add(i % PHRASE_EVERY == PHRASE_EVERY - 1 ? '"' + question + '"' : question);
    }
    return questions;
  }

  /** The words of the most passages, as printed (the exact field), most common first. */
  static List<String> commonWords(IndexReader reader, int count) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, ArchiveFields.EXACT);
    if (terms == null) {
      return List.of();
    }
    PriorityQueue<Frequent> top = new PriorityQueue<>();
    TermsEnum each = terms.iterator();
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      if (top.size() < count || each.docFreq() > top.peek().documents()) {
        String word = term.utf8ToString();
        if (word.chars().allMatch(Character::isLetter)) {
          top.add(new Frequent(word, each.docFreq()));
          if (top.size() > count) {
            top.poll();
          }
        }
      }
    }
    List<Frequent> sorted = new ArrayList<>(top);
    sorted.sort((a, b) -> Integer.compare(b.documents(), a.documents()));
    return sorted.stream().map(Frequent::word).toList();
  }

  private record Frequent(String word, int documents) implements Comparable<Frequent> {
    @Override
    public int compareTo(Frequent other) {
      return Integer.compare(documents, other.documents);
    }
  }
}
