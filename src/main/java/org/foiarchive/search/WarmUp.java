package org.foiarchive.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.foiarchive.index.ArchiveFields;

/**
 * Searches run once when the archive starts, before readers ask: questions made of the index's own
 * words, through the whole search (query building, candidates, rescoring, highlighting, facets, the
 * JSON), in every form readers ask them (phrases, exclusions, OR, prefixes, misspellings,
 * references, filters by topic, kind, voice and date, later pages, newest first, without facets),
 * so that the JIT has compiled those paths and the first hundred real questions are answered as
 * fast as the thousandth. Stateless.
 */
public final class WarmUp {
  /** The words questions are drawn from: the index's commonest, as most questions are made of. */
  static final int VOCABULARY = 2_000;

  /** Words to a warm-up question, at most: everyday questions are a few words to a sentence. */
  static final int MAX_QUESTION_WORDS = 8;

  /** The filter values questions are narrowed by: each dimension's commonest. */
  static final int FILTER_VALUES = 20;

  /** Words shorter than this are not cut into a prefix: "jo*" is not asked, "sanc*" is. */
  static final int PREFIX_FROM_LETTERS = 6;

  /** The same questions on every start: a warm-up must not make one start differ from the next. */
  private static final long SEED = 20130612L;

  private WarmUp() {}

  /**
   * What a warm-up did: how many searches, how many of them found something, how long, and how much
   * of that it stood aside for readers.
   */
  public record Done(int searches, int withHits, Duration took, Duration waited) {}

  /**
   * What the served warm-up did: how many requests were answered, how long they took, and how much
   * of that it stood aside for readers.
   */
  public record Served(int requests, Duration took, Duration waited) {}

  /**
   * How the served warm-up asks one question: as a reader's request to the server, so that the
   * whole served path (the HTTP server, the web framework, the JSON) is compiled as well as the
   * search.
   */
  @FunctionalInterface
  public interface Asker {
    /**
     * @return whether the server answered; false stops the warm-up
     */
    boolean ask(SearchRequest request) throws IOException, InterruptedException;
  }

  /** A warm-up question: a request, asked for the best passages or for the newest first. */
  record Question(SearchRequest request, boolean newestFirst) {}

  /**
   * The forms a question takes in turn, as readers ask them: each reaches code the others do not
   * (the query front end's operators, the spelling corrector, the reference recogniser, filters,
   * date ranges, paging, the newest-first sort).
   */
  enum Form {
    WORDS,
    PHRASE,
    EXCLUDING,
    EITHER,
    PREFIX,
    MISSPELT,
    REFERENCE,
    TOPIC,
    KIND,
    VOICE,
    DATES,
    NEXT_PAGE,
    NEWEST_FIRST,
    WITHOUT_FACETS
  }

  /**
   * Runs up to {@code searches} questions, stopping early at {@code timeLimit}: a warm-up never
   * holds a core for long on a machine that is already serving. A question waits while a reader's
   * search runs: readers come first. Each answer is also written as the JSON API writes it.
   */
  public static Done run(LuceneArchiveSearcher searcher, int searches, Duration timeLimit) {
    return run(searcher, searches, timeLimit, Duration.ZERO);
  }

  /**
   * As {@link #run(LuceneArchiveSearcher, int, Duration)}, and each question waits until no
   * reader's search has ended for {@code readerQuiet}; the time it stands aside for readers does
   * not count towards {@code timeLimit}, which bounds the warm-up's own use of a core.
   */
  public static Done run(
      LuceneArchiveSearcher searcher, int searches, Duration timeLimit, Duration readerQuiet) {
    long start = System.nanoTime();
    Turns turns = new Turns(searcher, start + timeLimit.toNanos(), readerQuiet);
    int run = 0;
    int withHits = 0;
    for (Question question : searcher.warmUpQuestions(searches)) {
      if (!nextTurn(turns)) {
        break;
      }
      SearchResults results = searcher.searchUnkept(question.request(), question.newestFirst());
      SearchResultsJson.writeBytes(results);
      if (results.total() > 0) {
        withHits++;
      }
      run++;
    }
    return new Done(run, withHits, Duration.ofNanos(System.nanoTime() - start), turns.waited());
  }

  /**
   * Asks up to {@code requests} questions through {@code asker}, until {@code deadline} ({@link
   * System#nanoTime()}) put off by the time it stands aside for readers, each once no reader's
   * search has ended for {@code readerQuiet}, as {@link #run} does. The questions are the same
   * kinds; the served path has no newest-first order, so those are asked best first.
   */
  public static Served served(
      LuceneArchiveSearcher searcher,
      int requests,
      long deadline,
      Duration readerQuiet,
      Asker asker)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Turns turns = new Turns(searcher, deadline, readerQuiet);
    int asked = 0;
    for (Question question : searcher.warmUpQuestions(requests)) {
      if (!turns.next() || !asker.ask(question.request())) {
        break;
      }
      asked++;
    }
    return new Served(asked, Duration.ofNanos(System.nanoTime() - start), turns.waited());
  }

  /** {@link Turns#next}, with an interrupted wait taken as the end of the warm-up. */
  private static boolean nextTurn(Turns turns) {
    try {
      return turns.next();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * A warm-up's turns between readers' searches: each question waits until no reader's search has
   * ended for the quiet time, and the time spent waiting moves the deadline on, since it is not the
   * warm-up's own use of a core.
   */
  private static final class Turns {
    private final LuceneArchiveSearcher searcher;
    private final long quietNanos;
    private long deadline;
    private long waited;

    Turns(LuceneArchiveSearcher searcher, long deadline, Duration readerQuiet) {
      this.searcher = searcher;
      this.deadline = deadline;
      this.quietNanos = readerQuiet.toNanos();
    }

    /** Whether the next question may be asked: false when the deadline came first. */
    boolean next() throws InterruptedException {
      if (System.nanoTime() - deadline > 0) {
        return false;
      }
      long waitFrom = System.nanoTime();
      boolean readersDone = searcher.awaitNoReader(deadline, quietNanos);
      long waiting = System.nanoTime() - waitFrom;
      waited += waiting;
      deadline += waiting;
      return readersDone;
    }

    Duration waited() {
      return Duration.ofNanos(waited);
    }
  }

  /**
   * {@code count} questions of the reader's commonest words and filter values, the forms in turn,
   * the same ones for the same index.
   */
  static List<Question> questions(IndexReader reader, int count) throws IOException {
    List<String> words = commonWords(reader, VOCABULARY);
    List<Question> questions = new ArrayList<>(count);
    if (words.isEmpty()) {
      return questions;
    }
    Filters filters = Filters.of(reader);
    SplittableRandom random = new SplittableRandom(SEED);
    Form[] forms = Form.values();
    for (int i = 0; i < count; i++) {
      int length = 1 + random.nextInt(MAX_QUESTION_WORDS);
      List<String> picked = new ArrayList<>(length);
      for (int w = 0; w < length; w++) {
        picked.add(words.get(random.nextInt(words.size())));
      }
      questions.add(question(forms[i % forms.length], picked, filters, random));
    }
    return questions;
  }

  private static Question question(
      Form form, List<String> words, Filters filters, SplittableRandom random) {
    String plain = String.join(" ", words);
    String first = words.getFirst();
    SearchRequest.Builder request = SearchRequest.builder(plain);
    switch (form) {
      case WORDS -> {}
      case PHRASE -> request.query('"' + plain + '"');
      case EXCLUDING -> request.query(plain + " -" + words.getLast());
      case EITHER -> request.query(String.join(" OR ", words));
      case PREFIX ->
          request.query(
              first.length() >= PREFIX_FROM_LETTERS
                  ? first.substring(0, PREFIX_FROM_LETTERS - 1) + "*"
                  : first + "*");
      case MISSPELT -> request.query(plain + " " + misspelt(first));
      case REFERENCE -> request.query(filters.pick(filters.references, random, plain));
      case TOPIC -> request.topics(filters.list(filters.topics, random));
      case KIND -> request.kinds(filters.list(filters.kinds, random));
      case VOICE -> request.voices(filters.list(filters.voices, random));
      case DATES -> {
        String year = filters.pick(filters.years, random, null);
        request.from(year).to(year);
      }
      case NEXT_PAGE -> request.offset(SearchRequest.Builder.DEFAULT_LIMIT);
      case NEWEST_FIRST -> {}
      case WITHOUT_FACETS -> request.facets(false);
    }
    return new Question(request.build(), form == Form.NEWEST_FIRST);
  }

  /** The word with its second and third letters swapped: a typing slip the corrector mends. */
  static String misspelt(String word) {
    if (word.length() < 4) {
      return word + word.charAt(word.length() - 1);
    }
    return word.charAt(0) + "" + word.charAt(2) + word.charAt(1) + word.substring(3);
  }

  /** The index's commonest values of each filter dimension. */
  private record Filters(
      List<String> topics,
      List<String> kinds,
      List<String> voices,
      List<String> years,
      List<String> references) {

    static Filters of(IndexReader reader) throws IOException {
      return new Filters(
          commonTerms(reader, ArchiveFields.TOPIC, FILTER_VALUES, any()),
          commonTerms(reader, ArchiveFields.KIND, FILTER_VALUES, any()),
          commonTerms(reader, ArchiveFields.VOICE, FILTER_VALUES, any()),
          commonTerms(reader, ArchiveFields.YEAR, FILTER_VALUES, any()),
          commonTerms(reader, ArchiveFields.REF, FILTER_VALUES, any()));
    }

    /** One of the values, or {@code otherwise} when the index has none. */
    String pick(List<String> values, SplittableRandom random, String otherwise) {
      return values.isEmpty() ? otherwise : values.get(random.nextInt(values.size()));
    }

    List<String> list(List<String> values, SplittableRandom random) {
      return values.isEmpty() ? List.of() : List.of(pick(values, random, null));
    }
  }

  /** The words of the most passages, as printed (the exact field), most common first. */
  static List<String> commonWords(IndexReader reader, int count) throws IOException {
    return commonTerms(
        reader, ArchiveFields.EXACT, count, word -> word.chars().allMatch(Character::isLetter));
  }

  private static Predicate<String> any() {
    return term -> true;
  }

  /** A field's terms of the most passages that {@code wanted} accepts, most common first. */
  private static List<String> commonTerms(
      IndexReader reader, String field, int count, Predicate<String> wanted) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return List.of();
    }
    PriorityQueue<Frequent> top = new PriorityQueue<>();
    TermsEnum each = terms.iterator();
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      if (top.size() < count || each.docFreq() > top.peek().documents()) {
        String word = term.utf8ToString();
        if (wanted.test(word)) {
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
