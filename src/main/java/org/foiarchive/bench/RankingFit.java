package org.foiarchive.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.ingest.EvaluationSplit;
import org.foiarchive.ingest.RelevanceEvaluation;
import org.foiarchive.ingest.RelevanceEvaluation.Case;
import org.foiarchive.ingest.RelevanceEvaluation.Outcome;
import org.foiarchive.ingest.RelevanceEvaluation.Score;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.Ranking;
import org.foiarchive.tag.ReferenceRecognizer;

/**
 * Chooses {@link Ranking}'s knobs on the tuning halves of query sets, each over its own index, by
 * coordinate ascent: knob by knob ({@link FittedKnob}), each value of the knob's grid is scored and
 * the best kept if it gains enough, for a few passes or until a pass changes nothing. The objective
 * is MRR@10 over every set's tuning rows together; Recall@10 breaks a tie, and the current value
 * stays when nothing beats it.
 *
 * <p>Only tuning rows are ever searched: {@link TuningSet#read} drops every other row of the files
 * as it reads them, so the frozen half cannot steer the fit. Two guards against fitting noise: a
 * change must raise MRR@10 by {@link Settings#minimumGain} (or, at no loss of MRR@10, bring another
 * quote into the top ten), and {@link #leaveOneSetOut} fits on all sets but one and scores the one
 * left out, which says whether a change found on one archive carries to another. Not thread-safe.
 */
public final class RankingFit {
  /**
   * How long one search may run while fitting: far beyond the archive's own limit, so that a busy
   * machine cannot cut a search short and make the fit differ from one run to the next.
   */
  static final long SEARCH_TIMEOUT_MILLIS = 600_000;

  /** Scores within this of each other are equal: sums of fractions differ by rounding only. */
  private static final double SAME = 1e-9;

  /** Opens a searcher over a set's index that ranks with the given knobs; the caller closes it. */
  @FunctionalInterface
  public interface SearcherOpener {
    ArchiveSearcher open(Ranking ranking) throws IOException;

    /** The archive's own searcher over the index in {@code index}, as {@code eval} opens it. */
    static SearcherOpener overIndex(Path index) throws IOException {
      IndexLocation location = new IndexLocation(index);
      if (location.current().isEmpty()) {
        throw new IOException("no index in " + location.root() + "; run 'foiarchive ingest' first");
      }
      ArchiveAnalyzers analyzers = new ArchiveAnalyzers();
      ReferenceRecognizer references = new ReferenceRecognizer();
      return ranking ->
          new LuceneArchiveSearcher(
              location, analyzers, references, ranking, SEARCH_TIMEOUT_MILLIS);
    }
  }

  /** One query set's tuning rows and how to search the index they ask about. */
  public record TuningSet(String name, List<Case> rows, SearcherOpener searchers) {
    public TuningSet {
      rows = List.copyOf(rows);
    }

    /**
     * The rows of {@code files} that {@code split} puts in the tuning half; frozen rows and rows
     * the split does not name are dropped here, before anything searches.
     */
    public static TuningSet read(
        String name, List<Path> files, EvaluationSplit split, SearcherOpener searchers)
        throws IOException {
      List<Case> tuning = new ArrayList<>();
      for (Path file : files) {
        for (Case row : RelevanceEvaluation.read(file)) {
          if (split.isIn(row.id(), EvaluationSplit.Half.TUNING)) {
            tuning.add(row);
          }
        }
      }
      return new TuningSet(name, tuning, searchers);
    }

    Score score(Ranking ranking) {
      try (ArchiveSearcher searcher = searchers.open(ranking)) {
        return RelevanceEvaluation.run(searcher, rows);
      } catch (IOException e) {
        throw new UncheckedIOException("could not search the index of " + name, e);
      }
    }
  }

  /**
   * @param knobs the knobs to move, in the order each pass visits them
   * @param passes at most this many rounds over the knobs
   * @param minimumGain the least rise of MRR@10 (over all tuning rows) that a change must bring
   */
  public record Settings(List<FittedKnob> knobs, int passes, double minimumGain) {
    /** A few passes: a knob moved in a later pass was moved because another one moved first. */
    public static final int PASSES = 3;

    /**
     * About half of one quote rising from second place to first among fifty-odd tuning rows: less
     * than that is as likely noise as a better ranking.
     */
    public static final double MINIMUM_GAIN = 0.005;

    public Settings {
      knobs = List.copyOf(knobs);
      if (knobs.isEmpty() || passes < 1 || minimumGain < 0) {
        throw new IllegalArgumentException(
            "a fit needs a knob, a pass and a minimum gain of zero or more");
      }
    }

    public static Settings defaults() {
      return new Settings(List.of(FittedKnob.values()), PASSES, MINIMUM_GAIN);
    }
  }

  /** A ranking's scores on the tuning rows: all sets' rows together, and each set's own. */
  public record Figures(Score all, Map<String, Score> bySet) {
    public double mrr() {
      return all.mrr();
    }

    public double recall() {
      return all.recall();
    }
  }

  /** One change the fit kept: in which pass, which knob, from and to what, and what it gained. */
  public record Step(
      int pass, FittedKnob knob, double from, double to, Figures before, Figures after) {}

  /**
   * @param evaluations how many rankings were scored (each once, on every set)
   */
  public record Result(
      Ranking start,
      Ranking fitted,
      Figures before,
      Figures after,
      List<Step> path,
      int passes,
      int evaluations) {}

  /**
   * A fit on every set but one, and the left-out set's tuning rows scored with the starting knobs
   * and with those fitted without it.
   */
  public record LeftOut(String set, Result fit, Score before, Score after) {}

  private final List<TuningSet> sets;
  private final Settings settings;
  private final Consumer<String> progress;
  private final Map<Ranking, Figures> scored = new HashMap<>();

  /**
   * @param progress told of each change kept and each pass, as the fit goes
   */
  public RankingFit(List<TuningSet> sets, Settings settings, Consumer<String> progress) {
    if (sets.isEmpty() || sets.stream().anyMatch(s -> s.rows().isEmpty())) {
      throw new IllegalArgumentException("every query set needs rows in the tuning half");
    }
    this.sets = List.copyOf(sets);
    this.settings = settings;
    this.progress = progress;
  }

  /** Fits the knobs, starting from {@code start}. The same input always gives the same fit. */
  public Result fit(Ranking start) {
    Ranking current = start;
    List<Step> path = new ArrayList<>();
    int pass = 0;
    boolean changed = true;
    while (changed && pass < settings.passes()) {
      pass++;
      changed = false;
      for (FittedKnob knob : settings.knobs()) {
        Ranking better = bestAlternative(current, knob);
        if (better != current) {
          Step step =
              new Step(
                  pass,
                  knob,
                  knob.valueIn(current),
                  knob.valueIn(better),
                  figures(current),
                  figures(better));
          progress.accept(describe(step));
          path.add(step);
          current = better;
          changed = true;
        }
      }
      progress.accept(
          String.format(
              Locale.ROOT,
              "pass %d done: MRR@10=%.3f Recall@10=%.3f",
              pass,
              figures(current).mrr(),
              figures(current).recall()));
    }
    return new Result(start, current, figures(start), figures(current), path, pass, scored.size());
  }

  /**
   * For each set, fits on the others and scores the set left out; empty with a single set, which
   * has nothing to be left out against.
   */
  public List<LeftOut> leaveOneSetOut(Ranking start) {
    List<LeftOut> results = new ArrayList<>();
    if (sets.size() < 2) {
      return results;
    }
    for (TuningSet left : sets) {
      List<TuningSet> others = sets.stream().filter(s -> s != left).toList();
      progress.accept("fitting without " + left.name());
      Result fit = new RankingFit(others, settings, progress).fit(start);
      results.add(new LeftOut(left.name(), fit, left.score(start), left.score(fit.fitted())));
    }
    return results;
  }

  /**
   * The knob's grid value that gains most over {@code current}, or {@code current} itself when none
   * gains enough; between equals, the value nearest the current one.
   */
  private Ranking bestAlternative(Ranking current, FittedKnob knob) {
    Figures incumbent = figures(current);
    Ranking best = current;
    Figures bestFigures = null;
    for (double value : knob.alternatives(current)) {
      Ranking candidate = knob.set(current, value);
      Figures figures = figures(candidate);
      if (gains(figures, incumbent) && (bestFigures == null || beats(figures, bestFigures))) {
        best = candidate;
        bestFigures = figures;
      }
    }
    return best;
  }

  /**
   * Worth a change: MRR@10 up by the minimum gain, or another quote in the top ten at no loss of
   * MRR@10.
   */
  private boolean gains(Figures candidate, Figures incumbent) {
    double gain = candidate.mrr() - incumbent.mrr();
    return gain >= settings.minimumGain() - SAME
        || (gain >= -SAME && candidate.recall() > incumbent.recall() + SAME);
  }

  /** Strictly better: higher MRR@10, or the same and higher Recall@10. */
  private static boolean beats(Figures candidate, Figures other) {
    double gain = candidate.mrr() - other.mrr();
    return gain > SAME || (gain >= -SAME && candidate.recall() > other.recall() + SAME);
  }

  /** Each ranking is scored once: a later pass asks again for the values it already tried. */
  Figures figures(Ranking ranking) {
    return scored.computeIfAbsent(
        ranking,
        r -> {
          Map<String, Score> bySet = new LinkedHashMap<>();
          List<Outcome> all = new ArrayList<>();
          for (TuningSet set : sets) {
            Score score = set.score(r);
            bySet.put(set.name(), score);
            all.addAll(score.outcomes());
          }
          return new Figures(new Score(all), bySet);
        });
  }

  /** One line for a kept change: "pass 1 k1 1.2 -> 0.9: MRR@10 0.640 -> 0.652 ...". */
  static String describe(Step step) {
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "pass %d %s %s -> %s: MRR@10 %.3f -> %.3f, Recall@10 %.3f -> %.3f",
                step.pass(),
                step.knob().knob(),
                number(step.from()),
                number(step.to()),
                step.before().mrr(),
                step.after().mrr(),
                step.before().recall(),
                step.after().recall()));
    step.after()
        .bySet()
        .forEach(
            (set, score) ->
                line.append(
                    String.format(
                        Locale.ROOT,
                        "; %s %.3f -> %.3f",
                        set,
                        step.before().bySet().get(set).mrr(),
                        score.mrr())));
    return line.toString();
  }

  /** The whole report: the path, every fitted knob before and after, and each set's figures. */
  public static void print(Result result, List<LeftOut> leftOut, PrintWriter out) {
    out.println("path (changes kept, in order):");
    if (result.path().isEmpty()) {
      out.println("  none: no grid value gained enough over the starting knobs");
    }
    result.path().forEach(step -> out.println("  " + describe(step)));
    out.printf(
        Locale.ROOT,
        "%d passes, %d rankings scored%n%-20s %9s %9s%n",
        result.passes(),
        result.evaluations(),
        "knob",
        "start",
        "fitted");
    for (FittedKnob knob : FittedKnob.values()) {
      double before = knob.valueIn(result.start());
      double after = knob.valueIn(result.fitted());
      out.printf(
          Locale.ROOT,
          "%-20s %9s %9s%s%n",
          knob.knob(),
          number(before),
          number(after),
          before == after ? "" : "  changed");
    }
    out.println("tuning rows, start -> fitted:");
    result
        .after()
        .bySet()
        .forEach(
            (set, score) ->
                printChange(out, set, result.before().bySet().get(set), score, score.outcomes()));
    printChange(out, "all sets", result.before().all(), result.after().all(), null);
    for (LeftOut left : leftOut) {
      printChange(
          out,
          left.set() + " (left out of its fit)",
          left.before(),
          left.after(),
          left.after().outcomes());
      out.println("    fitted without it: " + changes(left.fit()));
    }
    out.printf(
        Locale.ROOT,
        "fitted: MRR@10=%.3f Recall@10=%.3f on %d tuning rows%n",
        result.after().mrr(),
        result.after().recall(),
        result.after().all().outcomes().size());
  }

  /** The knobs a fit changed, "coverageExponent 0.5 -> 0.75, ruleWeight 1.1 -> 1.2", or "none". */
  static String changes(Result result) {
    List<String> changed = new ArrayList<>();
    for (FittedKnob knob : FittedKnob.values()) {
      double before = knob.valueIn(result.start());
      double after = knob.valueIn(result.fitted());
      if (before != after) {
        changed.add(knob.knob() + " " + number(before) + " -> " + number(after));
      }
    }
    return changed.isEmpty() ? "no change" : String.join(", ", changed);
  }

  private static void printChange(
      PrintWriter out, String name, Score before, Score after, List<Outcome> rows) {
    out.printf(
        Locale.ROOT,
        "  %-44s MRR@10 %.3f -> %.3f  Recall@10 %.3f -> %.3f%s%n",
        name,
        before.mrr(),
        after.mrr(),
        before.recall(),
        after.recall(),
        rows == null ? "" : "  (" + rows.size() + " rows)");
  }

  /** A knob's value as typed in {@link Ranking}: "0.95", "15". */
  static String number(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
