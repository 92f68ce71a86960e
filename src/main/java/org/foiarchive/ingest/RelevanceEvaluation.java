package org.foiarchive.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.foiarchive.passage.Wording;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;

/**
 * Scores search against a query set: for each query, the rank of the first hit in the top ten whose
 * passage contains the expected quote. Reports MRR@10 and Recall@10.
 */
public final class RelevanceEvaluation {
  public static final int CUTOFF = 10;

  /**
   * One row of the query set: the columns id, query, seed_file, quote, and category when the set
   * has one (empty otherwise); other columns are ignored.
   */
  public record Case(String id, String query, String seedFile, String quote, String category) {
    public Case(String id, String query, String seedFile, String quote) {
      this(id, query, seedFile, quote, "");
    }
  }

  /**
   * The rank (1-based) at which the quote was found, or 0 when it was not in the top ten.
   *
   * @param found the passage that carries the quote, or null
   * @param first the passage ranked first, or null when nothing was found
   */
  public record Outcome(Case query, int rank, String found, String first) {
    public double reciprocalRank() {
      return rank == 0 ? 0 : 1.0 / rank;
    }
  }

  /** Resampled sets of questions an {@link Score#interval} is read from. */
  public static final int RESAMPLES = 10_000;

  /** The share of resampled figures an interval holds. */
  public static final double CONFIDENCE = 0.95;

  private static final long RESAMPLE_SEED = 20_130_612L;

  /** The middle {@link #CONFIDENCE} of resampled MRR@10 and Recall@10. */
  public record Interval(double mrrLow, double mrrHigh, double recallLow, double recallHigh) {
    /** As {@code eval} prints it, after a label. */
    public String line(String label, int questions) {
      return String.format(
          Locale.ROOT,
          "interval %s: MRR@10 %.3f to %.3f, Recall@10 %.3f to %.3f (%.0f%% of %,d resamples of"
              + " its %d %s)",
          label,
          mrrLow,
          mrrHigh,
          recallLow,
          recallHigh,
          CONFIDENCE * 100,
          RESAMPLES,
          questions,
          questions == 1 ? "query" : "queries");
    }
  }

  public record Score(List<Outcome> outcomes) {
    public double mrr() {
      return outcomes.stream().mapToDouble(Outcome::reciprocalRank).average().orElse(0);
    }

    public double recall() {
      return outcomes.isEmpty()
          ? 0
          : outcomes.stream().filter(o -> o.rank() > 0).count() / (double) outcomes.size();
    }

    public String summaryLine() {
      return String.format(Locale.ROOT, "MRR@10=%.2f Recall@10=%.2f", mrr(), recall());
    }

    /**
     * The figures to three places, as a part of a set is printed: a change to ranking often moves a
     * half's MRR@10 by less than 0.01, which two places hide.
     */
    public String preciseLine() {
      return String.format(Locale.ROOT, "MRR@10=%.3f Recall@10=%.3f", mrr(), recall());
    }

    /**
     * How far the figures could move on other questions of the same kind: the middle 95% of MRR@10
     * and Recall@10 over {@link #RESAMPLES} sets drawn with replacement from these outcomes (the
     * percentile bootstrap). The draws are seeded, so the same outcomes always print the same
     * interval. With 30 questions it is about ±0.15 wide, wider than most changes to ranking.
     */
    public Interval interval() {
      int n = outcomes.size();
      if (n == 0) {
        return new Interval(0, 0, 0, 0);
      }
      double[] reciprocal = outcomes.stream().mapToDouble(Outcome::reciprocalRank).toArray();
      double[] mrr = new double[RESAMPLES];
      double[] recall = new double[RESAMPLES];
      SplittableRandom random = new SplittableRandom(RESAMPLE_SEED);
      for (int r = 0; r < RESAMPLES; r++) {
        double sum = 0;
        int found = 0;
        for (int i = 0; i < n; i++) {
          double rr = reciprocal[random.nextInt(n)];
          sum += rr;
          found += rr > 0 ? 1 : 0;
        }
        mrr[r] = sum / n;
        recall[r] = found / (double) n;
      }
      Arrays.sort(mrr);
      Arrays.sort(recall);
      int low = (int) Math.floor(RESAMPLES * (1 - CONFIDENCE) / 2);
      int high = RESAMPLES - 1 - low;
      return new Interval(mrr[low], mrr[high], recall[low], recall[high]);
    }

    /**
     * The outcomes grouped by a label (a category, a half of the set), each scored on its own, in
     * label order.
     */
    public SortedMap<String, Score> by(Function<Outcome, String> label) {
      SortedMap<String, Score> groups = new TreeMap<>();
      outcomes.stream()
          .collect(Collectors.groupingBy(label, TreeMap::new, Collectors.toList()))
          .forEach((name, members) -> groups.put(name, new Score(members)));
      return groups;
    }
  }

  public static List<Case> read(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IOException(tsv + " is empty");
    }
    List<String> header = List.of(lines.getFirst().split("\t", -1));
    int id = header.indexOf("id");
    int query = header.indexOf("query");
    int seed = header.indexOf("seed_file");
    int quote = header.indexOf("quote");
    int category = header.indexOf("category");
    if (id < 0 || query < 0 || quote < 0) {
      throw new IOException(
          tsv + ": the first line must name the columns id, query, seed_file and quote");
    }
    List<Case> cases = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length <= Math.max(Math.max(id, query), quote)) {
        throw new IOException(tsv + ": a line has too few columns: " + line);
      }
      cases.add(
          new Case(cols[id], cols[query], column(cols, seed), cols[quote], column(cols, category)));
    }
    return cases;
  }

  private static String column(String[] cols, int index) {
    return index >= 0 && index < cols.length ? cols[index] : "";
  }

  public static Score run(ArchiveSearcher searcher, List<Case> cases) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Case c : cases) {
      List<SearchHit> hits = searcher.search(SearchRequest.of(c.query(), CUTOFF)).hits();
      String quote = normalise(c.quote());
      int rank = 0;
      String found = null;
      for (int i = 0; i < hits.size() && i < CUTOFF; i++) {
        if (normalise(hits.get(i).text()).contains(quote)) {
          rank = i + 1;
          found = hits.get(i).passageId();
          break;
        }
      }
      outcomes.add(
          new Outcome(c, rank, found, hits.isEmpty() ? null : hits.getFirst().passageId()));
    }
    return new Score(outcomes);
  }

  /**
   * Where a query's quote is beyond the top ten, for error analysis: its rank in the whole ranked
   * list (0 when no passage among the first {@link SearchRequest#MAX_WINDOW} matches holds it), the
   * passage holding it and the passage ranked first, each with its score and wording.
   */
  public record Diagnosis(Case query, int rank, SearchHit expected, SearchHit first) {
    /** One line: "rank 37; expected 4.21 RULE p12; first 6.02 OTHER p9". */
    public String line() {
      return String.format(
          Locale.ROOT,
          "%s: quote %s; expected %s; first %s",
          query.id(),
          rank == 0 ? "not among the matches" : "at rank " + rank,
          describe(expected),
          describe(first));
    }

    private static String describe(SearchHit hit) {
      return hit == null
          ? "-"
          : String.format(
              Locale.ROOT,
              "%s score %.3f wording %s",
              hit.passageId(),
              hit.score(),
              Wording.of(hit.text()));
    }
  }

  /** Pages through the ranked list, as deep as the searcher goes, to find the quote's passage. */
  public static Diagnosis diagnose(ArchiveSearcher searcher, Case c) {
    String quote = normalise(c.quote());
    SearchHit first = null;
    for (int offset = 0; offset < SearchRequest.MAX_WINDOW; offset += SearchRequest.MAX_LIMIT) {
      SearchRequest page =
          SearchRequest.builder(c.query()).offset(offset).limit(SearchRequest.MAX_LIMIT).build();
      List<SearchHit> hits = searcher.search(page).hits();
      if (first == null && !hits.isEmpty()) {
        first = hits.getFirst();
      }
      for (int i = 0; i < hits.size(); i++) {
        if (normalise(hits.get(i).text()).contains(quote)) {
          return new Diagnosis(c, offset + i + 1, hits.get(i), first);
        }
      }
      if (hits.size() < SearchRequest.MAX_LIMIT) {
        break;
      }
    }
    return new Diagnosis(c, 0, null, first);
  }

  /** Quote matching ignores case, curly versus straight quotes, dashes and line breaks. */
  public static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .replace('’', '\'')
        .replace('‘', '\'')
        .replace('“', '"')
        .replace('”', '"')
        .replaceAll("[\\p{Pd}]", "-")
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT)
        .strip();
  }
}
