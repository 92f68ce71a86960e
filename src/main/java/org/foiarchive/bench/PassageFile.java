package org.foiarchive.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.Snapshots;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.corpus.SourceManifest;

/**
 * The engines' common ground in {@code bench compare}: passages one a line, each engine indexing
 * the same lines. A generated file holds every real passage of a corpus once, at random places
 * among filler passages whose words are drawn from a Zipfian vocabulary (the real corpus's words as
 * the commonest, then made-up words), so that a question's words are rare or common as in a real
 * archive.
 */
public final class PassageFile {
  /** Words in the filler's vocabulary: about what an archive of a million passages holds. */
  public static final int VOCABULARY = 300_000;

  /** The Zipf exponent of word frequencies: natural language's, close to 1. */
  static final double ZIPF_EXPONENT = 1.0;

  /** Filler passages are between these many words long, as the real passages mostly are. */
  static final int MIN_WORDS = 15;

  static final int MAX_WORDS = 90;

  /** Words to a filler sentence, at most. */
  static final int SENTENCE_WORDS = 18;

  /** Passages to a document when the file becomes a corpus for foiarchive's own ingest. */
  static final int PASSAGES_PER_DOCUMENT = 100;

  private static final Pattern WORD = Pattern.compile("[a-z][a-z']*[a-z]|[a-z]");
  private static final String CONSONANTS = "bcdfghjklmnprstvwz";
  private static final String VOWELS = "aeiou";

  private PassageFile() {}

  /** What {@link #generate} wrote. */
  public record Generated(Path file, int passages, int real) {}

  /**
   * Writes {@code count} passages, one a line: every passage of the real corpus (at most {@code
   * count}) among filler.
   */
  public static Generated generate(Corpus real, Path file, int count, long seed)
      throws IOException {
    List<String> seeds =
        CorpusGenerator.passagesOf(real).stream()
            .map(PassageFile::oneLine)
            .filter(p -> !p.isEmpty())
            .limit(count)
            .toList();
    SplittableRandom random = new SplittableRandom(seed);
    Set<Integer> seedLines = new HashSet<>();
    while (seedLines.size() < seeds.size()) {
      seedLines.add(random.nextInt(count));
    }
    List<Integer> places = seedLines.stream().sorted().toList();
    Zipf words = new Zipf(vocabulary(seeds, VOCABULARY), ZIPF_EXPONENT);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      int next = 0;
      for (int line = 0; line < count; line++) {
        if (next < places.size() && places.get(next) == line) {
          out.write(seeds.get(next++));
        } else {
          out.write(filler(words, random));
        }
        out.write('\n');
      }
    }
    return new Generated(file, count, seeds.size());
  }

  /** The passages of a file, one a line (blank lines skipped). */
  public static List<String> read(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(PassageFile::oneLine)
        .filter(p -> !p.isEmpty())
        .toList();
  }

  /**
   * Writes the passages as a corpus foiarchive ingests: plain-text documents of {@link
   * #PASSAGES_PER_DOCUMENT} paragraphs each, which its splitter makes one passage each.
   */
  public static void writeCorpus(List<String> passages, Path dir) throws IOException {
    Files.createDirectories(dir);
    Snapshots snapshots = new Snapshots(dir.toAbsolutePath().normalize());
    Instant retrieved = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<Source> sources = new ArrayList<>();
    for (int from = 0; from < passages.size(); from += PASSAGES_PER_DOCUMENT) {
      int to = Math.min(passages.size(), from + PASSAGES_PER_DOCUMENT);
      String text = String.join("\n\n", passages.subList(from, to)) + "\n";
      Snapshots.Stored stored =
          snapshots.store(text.getBytes(StandardCharsets.UTF_8), "text/plain");
      int n = sources.size() + 1;
      Source source =
          Source.of(
              "passages-" + n,
              CorpusGenerator.URL_BASE + "passages/" + n,
              SourceKind.FOI_RESPONSE,
              "Passages " + (from + 1) + " to " + to);
      sources.add(source.withSnapshot(stored.snapshot(), stored.sha256(), "text/plain", retrieved));
    }
    SourceManifest.of(sources).save(dir);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** The real passages' words, commonest first, then made-up words up to {@code size}. */
  static List<String> vocabulary(List<String> passages, int size) {
    Map<String, Integer> counts = new HashMap<>();
    for (String passage : passages) {
      Matcher m = WORD.matcher(passage.toLowerCase(Locale.ROOT));
      while (m.find()) {
        counts.merge(m.group(), 1, Integer::sum);
      }
    }
    List<String> words = new ArrayList<>(counts.keySet());
    words.sort(
        Comparator.comparing((String w) -> counts.get(w))
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    Set<String> taken = new HashSet<>(words);
    for (int n = 1; words.size() < size; n++) {
      String made = madeUpWord(n);
      if (taken.add(made)) {
        words.add(made);
      }
    }
    return words.subList(0, size);
  }

  /** A pronounceable word of its own for each n: n's digits in base 90 as consonant-vowel pairs. */
  static String madeUpWord(int n) {
    int base = CONSONANTS.length() * VOWELS.length();
    StringBuilder word = new StringBuilder();
    for (int rest = n; rest > 0; rest /= base) {
      int syllable = rest % base;
      word.append(CONSONANTS.charAt(syllable / VOWELS.length()))
          .append(VOWELS.charAt(syllable % VOWELS.length()));
    }
    return word.toString();
  }

  private static String filler(Zipf words, SplittableRandom random) {
    int length = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1);
    StringBuilder out = new StringBuilder();
    int inSentence = 0;
    for (int i = 0; i < length; i++) {
      String word = words.next(random);
      if (inSentence == 0) {
        out.append(out.isEmpty() ? "" : " ")
            .append(Character.toUpperCase(word.charAt(0)))
            .append(word, 1, word.length());
      } else {
        out.append(' ').append(word);
      }
      inSentence++;
      if (i == length - 1 || inSentence >= 4 + random.nextInt(SENTENCE_WORDS)) {
        out.append('.');
        inSentence = 0;
      }
    }
    return out.toString();
  }

  /** Draws words by rank with probability proportional to 1 / rank^s. */
  private static final class Zipf {
    private final List<String> words;
    private final double[] cumulative;

    Zipf(List<String> words, double exponent) {
      this.words = words;
      this.cumulative = new double[words.size()];
      double sum = 0;
      for (int rank = 0; rank < words.size(); rank++) {
        sum += 1 / Math.pow(rank + 1, exponent);
        cumulative[rank] = sum;
      }
    }

    String next(SplittableRandom random) {
      double target = random.nextDouble() * cumulative[cumulative.length - 1];
      int i = Arrays.binarySearch(cumulative, target);
      return words.get(i >= 0 ? i : Math.min(-i - 1, cumulative.length - 1));
    }
  }
}
