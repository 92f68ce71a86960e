package org.foiarchive.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.ingest.EvaluationSplit;
import org.foiarchive.ingest.EvaluationSplit.Half;
import org.foiarchive.ingest.RelevanceEvaluation;

/**
 * {@code bench compare}: the same passages and questions through foiarchive, bare Lucene (with and
 * without highlighting) and Xapian as WhatDoTheyKnow runs it, in one run, printed as one table.
 */
public final class EngineComparison {
  private static final String FOIARCHIVE_INDEX = "foiarchive-index";

  private static final String LUCENE_INDEX = "lucene-index";

  /** The folders and files the comparison makes inside its work folder, and removes first. */
  private static final List<String> MADE =
      List.of(
          "foiarchive-corpus",
          FOIARCHIVE_INDEX,
          LUCENE_INDEX,
          "xapian-db",
          "questions.txt",
          "xapian_compare.py",
          "query-phases",
          "ingest-phases");

  /**
   * @param work where the indexes go (emptied of what an earlier comparison made)
   * @param passages a passage-per-line file to use, or null to generate {@code generate} passages
   * @param from the real corpus whose passages go among the generated filler
   * @param queries question sets (columns id, query, quote, as {@code eval} reads)
   * @param half the half of {@code split} whose questions are asked, or null for every question
   * @param python the Python that has Xapian's bindings
   * @param queryHeap the heap of each row's JVM (as {@code -Xmx} takes it)
   * @param pairs how many more times foiarchive's and bare Lucene's highlighting rows are asked one
   *     right after the other, for ratios the machine's changing load does not skew (0: none)
   */
  public record Options(
      Path work,
      Path passages,
      int generate,
      Path from,
      List<Path> queries,
      int warmup,
      int rounds,
      String python,
      long seed,
      String queryHeap,
      EvaluationSplit split,
      Half half,
      int pairs,
      boolean ranks) {
    /** Whether a question is asked: every one, or those of the half asked for. */
    boolean asks(RelevanceEvaluation.Case question) {
      return half == null || split.isIn(question.id(), half);
    }
  }

  private final Options options;
  private final PrintWriter progress;

  public EngineComparison(Options options, PrintWriter progress) {
    this.options = options;
    this.progress = progress;
  }

  /** Runs every engine and returns the table. */
  public String run() throws IOException {
    Path work = options.work().toAbsolutePath();
    Files.createDirectories(work);
    for (String made : MADE) {
      deleteTree(work.resolve(made));
    }
    String loadBefore = loadAverage();
    Path passageFile = passageFile(work);
    List<String> passages = PassageFile.read(passageFile);
    List<RelevanceEvaluation.Case> cases = new ArrayList<>();
    for (Path q : options.queries()) {
      RelevanceEvaluation.read(q).stream().filter(options::asks).forEach(cases::add);
    }
    List<String> questions = cases.stream().map(c -> oneLine(c.query())).toList();
    Path questionsFile = work.resolve("questions.txt");
    Files.write(questionsFile, questions, StandardCharsets.UTF_8);
    List<EngineRun> runs = new ArrayList<>();
    runs.addAll(foiarchive(work, passages, questionsFile));
    runs.addAll(lucene(work, passageFile, questionsFile));
    runs.addAll(xapian(work, passageFile, passages, questionsFile, questions.size()));
    String table = table(passages.size(), cases, runs, options, loadBefore, loadAverage());
    if (options.ranks()) {
      table += ranks(cases, runs);
    }
    return options.pairs() == 0 ? table : table + alternated(work, questionsFile);
  }

  /**
   * foiarchive's row and bare Lucene's with highlighting asked {@link Options#pairs} times more,
   * each pair back to back in fresh JVMs, the first of each pair alternating: the load a shared
   * machine puts on both rows of a pair is about the same, where it can move by half between the
   * rows of the table. Prints each pair's CPU ratio, p50 and p99, and their medians.
   */
  private String alternated(Path work, Path questions) throws IOException {
    String loadBefore = loadAverage();
    List<double[]> ratios = new ArrayList<>();
    for (int pair = 0; pair < options.pairs(); pair++) {
      QueryPhase.Result foiarchive;
      QueryPhase.Result lucene;
      if (pair % 2 == 0) {
        foiarchive = ownJvm(QueryPhase.Row.FOIARCHIVE, work.resolve(FOIARCHIVE_INDEX), questions);
        lucene = ownJvm(QueryPhase.Row.LUCENE_HIGHLIGHTED, work.resolve(LUCENE_INDEX), questions);
      } else {
        lucene = ownJvm(QueryPhase.Row.LUCENE_HIGHLIGHTED, work.resolve(LUCENE_INDEX), questions);
        foiarchive = ownJvm(QueryPhase.Row.FOIARCHIVE, work.resolve(FOIARCHIVE_INDEX), questions);
      }
      Measurements.Latency ours = Measurements.Latency.of(foiarchive.cpu());
      Measurements.Latency theirs = Measurements.Latency.of(lucene.cpu());
      ratios.add(new double[] {ours.p50() / theirs.p50(), ours.p99() / theirs.p99()});
    }
    return pairsLine(ratios, loadBefore, loadAverage());
  }

  static String pairsLine(List<double[]> ratios, String loadBefore, String loadAfter) {
    StringBuilder each = new StringBuilder();
    for (double[] r : ratios) {
      each.append(each.isEmpty() ? "" : ", ").append(ratio(r[0])).append(" / ").append(ratio(r[1]));
    }
    return String.format(
        Locale.ROOT,
        "pairs: foiarchive's CPU over Lucene + UnifiedHighlighter's, p50 / p99, %d pairs each asked"
            + " back to back in fresh JVMs: %s; median %s / %s; load average %s before, %s after%n",
        ratios.size(),
        each,
        ratio(median(ratios, 0)),
        ratio(median(ratios, 1)),
        loadBefore,
        loadAfter);
  }

  private static double median(List<double[]> ratios, int column) {
    double[] sorted = ratios.stream().mapToDouble(r -> r[column]).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f×", value);
  }

  private Path passageFile(Path work) throws IOException {
    if (options.passages() != null) {
      return options.passages();
    }
    Path file = work.resolve("passages-" + options.generate() + ".txt");
    if (!Files.exists(file)) {
      say("generating %d passages into %s", options.generate(), file);
      PassageFile.generate(Corpus.open(options.from()), file, options.generate(), options.seed());
    }
    return file;
  }

  private List<EngineRun> foiarchive(Path work, List<String> passages, Path questions)
      throws IOException {
    Path corpusDir = work.resolve("foiarchive-corpus");
    PassageFile.writeCorpus(passages, corpusDir);
    if (Files.exists(options.from().resolve(Corpus.TOPICS_FILE))) {
      Files.copy(options.from().resolve(Corpus.TOPICS_FILE), corpusDir.resolve(Corpus.TOPICS_FILE));
    }
    say("foiarchive: ingesting in a JVM of its own");
    Path index = work.resolve(FOIARCHIVE_INDEX);
    EngineRun.Ingest ingest = ingestInOwnJvm(IngestPhase.Engine.FOIARCHIVE, corpusDir, index, work);
    QueryPhase.Result full = ownJvm(QueryPhase.Row.FOIARCHIVE, index, questions);
    // The engine's own figure, as the JSON gives it: whole milliseconds of the timed rounds.
    long[] took = LongStream.of(full.tookMs()).map(ms -> ms * 1_000_000).toArray();
    // As /api/search?facets=none asks: the same hits, no facet counts beside them.
    QueryPhase.Result withoutFacets =
        ownJvm(QueryPhase.Row.FOIARCHIVE_WITHOUT_FACETS, index, questions);
    return List.of(
        row(QueryPhase.Row.FOIARCHIVE.label, ingest, full, full.tops()),
        new EngineRun(
            "foiarchive: its tookMs", null, null, Measurements.Latency.of(took), null, full.tops()),
        row(
            QueryPhase.Row.FOIARCHIVE_WITHOUT_FACETS.label,
            null,
            withoutFacets,
            withoutFacets.tops()));
  }

  private List<EngineRun> lucene(Path work, Path passageFile, Path questions) throws IOException {
    say("Lucene: indexing in a JVM of its own");
    Path dir = work.resolve(LUCENE_INDEX);
    EngineRun.Ingest ingest = ingestInOwnJvm(IngestPhase.Engine.LUCENE, passageFile, dir, work);
    String name = "Lucene " + BareLucene.version() + ": EnglishAnalyzer, SimpleQueryParser, ";
    QueryPhase.Result plain = ownJvm(QueryPhase.Row.LUCENE, dir, questions);
    QueryPhase.Result highlighted = ownJvm(QueryPhase.Row.LUCENE_HIGHLIGHTED, dir, questions);
    // Highlighting does not change the order; its snippets are not the whole passage.
    return List.of(
        row(name + QueryPhase.Row.LUCENE.label, ingest, plain, plain.tops()),
        row(name + QueryPhase.Row.LUCENE_HIGHLIGHTED.label, null, highlighted, plain.tops()));
  }

  /** An engine's ingest in a fresh JVM, so that each pays for compiling its own code. */
  private EngineRun.Ingest ingestInOwnJvm(
      IngestPhase.Engine engine, Path input, Path index, Path work) throws IOException {
    Path phases = Files.createDirectories(work.resolve("ingest-phases"));
    IngestPhase.Result result =
        IngestPhase.inOwnJvm(
            engine, input, index, phases.resolve(engine.name().toLowerCase(Locale.ROOT)));
    say("%s in JVM %d", engine.label, result.pid());
    return result.ingest();
  }

  /** A row's questions asked in a fresh JVM, as every row's are. */
  private QueryPhase.Result ownJvm(QueryPhase.Row row, Path index, Path questions)
      throws IOException {
    say("%s: querying in a JVM of its own", row.label);
    Path phases = Files.createDirectories(options.work().toAbsolutePath().resolve("query-phases"));
    QueryPhase.Result result =
        QueryPhase.inOwnJvm(
            row,
            index,
            questions,
            options.warmup(),
            options.rounds(),
            options.queryHeap(),
            phases.resolve(row.name().toLowerCase(Locale.ROOT)));
    say(
        "%s: asked in JVM %d (max heap %d MB)",
        row.label, result.pid(), result.maxHeapBytes() / 1_048_576);
    return result;
  }

  private static EngineRun row(
      String engine, EngineRun.Ingest ingest, QueryPhase.Result result, List<List<String>> tops) {
    return EngineRun.measured(engine, ingest, result.wall(), result.cpu(), tops);
  }

  /**
   * Xapian's rows: as WhatDoTheyKnow runs it (words joined by AND), and with its own default (OR),
   * which finds more for a question worded unlike its answer; the same index for both.
   */
  private List<EngineRun> xapian(
      Path work, Path passageFile, List<String> passages, Path questionsFile, int questions) {
    try {
      XapianEngine xapian = XapianEngine.in(work, options.python());
      say("Xapian: indexing");
      Path db = work.resolve("xapian-db");
      XapianEngine.Indexed indexed = xapian.index(passageFile, db);
      String engine = "Xapian " + indexed.version() + ": English stemmer, STEM_SOME, ";
      List<EngineRun> runs = new ArrayList<>();
      for (XapianEngine.Operator operator : XapianEngine.Operator.values()) {
        say("Xapian: querying, words joined by %s", operator);
        runs.add(
            xapian.query(
                engine + operator.label,
                // One index serves both rows: its ingest is given once, on the first.
                runs.isEmpty() ? indexed.ingest() : null,
                db,
                questionsFile,
                questions,
                passages,
                operator,
                options.warmup(),
                options.rounds()));
      }
      return runs;
    } catch (IOException e) {
      return List.of(
          EngineRun.missing(
              "Xapian",
              "not run: "
                  + (e.getMessage() == null ? e.toString() : e.getMessage())
                  + " (needs "
                  + options.python()
                  + " with python3-xapian)"));
    }
  }

  static String table(
      int passages,
      List<RelevanceEvaluation.Case> cases,
      List<EngineRun> runs,
      Options options,
      String loadBefore,
      String loadAfter) {
    StringBuilder out = new StringBuilder();
    int withQuote = (int) cases.stream().filter(c -> !c.quote().isBlank()).count();
    out.append(
        String.format(
            Locale.ROOT,
            "compare: %,d passages, %d questions%s (%d with an expected quote), %d warm-up rounds,"
                + " %d timed rounds, each Java row in a fresh JVM of its own (-Xmx%s), CPU time"
                + " from the searching thread's clock; each engine's ingest in a JVM of its own,"
                + " its CPU time the whole JVM's (the JIT's included); %d cores; load average %s"
                + " before, %s after%n",
            passages,
            cases.size(),
            options.half() == null ? "" : " (the " + options.half().label() + " half)",
            withQuote,
            options.warmup(),
            options.rounds(),
            options.queryHeap(),
            Runtime.getRuntime().availableProcessors(),
            loadBefore,
            loadAfter));
    out.append(
        "| engine | query p50 / p99 wall ms | query p50 / p99 CPU ms | ingest passages/s |"
            + " ingest CPU-s | index MB | MRR@10 | R@10 |\n");
    out.append("|---|---|---|---|---|---|---|---|\n");
    for (EngineRun run : runs) {
      if (run.missing() != null) {
        out.append("| ")
            .append(run.engine())
            .append(" | ")
            .append(run.missing())
            .append(" | | | | | | |\n");
        continue;
      }
      double[] relevance = relevance(cases, run.tops());
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s | %s | %.2f | %.2f |%n",
              run.engine(),
              pair(run.wall()),
              run.cpu() == null ? "" : pair(run.cpu()),
              run.ingest() == null
                  ? ""
                  : String.format(Locale.ROOT, "%,.0f", run.ingest().passagesPerSecond()),
              run.ingest() == null
                  ? ""
                  : String.format(Locale.ROOT, "%.1f", run.ingest().cpuSeconds()),
              run.ingest() == null
                  ? ""
                  : String.format(Locale.ROOT, "%.1f", run.ingest().indexBytes() / 1_048_576.0),
              relevance[0],
              relevance[1]));
    }
    return out.toString();
  }

  private static String pair(Measurements.Latency latency) {
    return String.format(Locale.ROOT, "%s / %s", ms(latency.p50()), ms(latency.p99()));
  }

  private static String ms(double ms) {
    return String.format(Locale.ROOT, ms < 10 ? "%.2f" : "%.1f", ms);
  }

  /**
   * MRR@10 and Recall@10 over the questions with a quote: a passage answers when it contains the
   * quote, compared as {@code eval} compares them.
   */
  static double[] relevance(List<RelevanceEvaluation.Case> cases, List<List<String>> tops) {
    double reciprocal = 0;
    int found = 0;
    int judged = 0;
    for (int i = 0; i < cases.size() && i < tops.size(); i++) {
      String quote = RelevanceEvaluation.normalise(cases.get(i).quote());
      if (quote.isEmpty()) {
        continue;
      }
      judged++;
      int rank = rankOf(quote, tops.get(i));
      if (rank > 0) {
        reciprocal += 1.0 / rank;
        found++;
      }
    }
    return judged == 0
        ? new double[] {0, 0}
        : new double[] {reciprocal / judged, found / (double) judged};
  }

  /**
   * Each question's rank for its quote in each engine's top ten ("-" when not there), a row a
   * question with a quote: where one engine places an answer above another, question by question,
   * which the table's means hide.
   */
  static String ranks(List<RelevanceEvaluation.Case> cases, List<EngineRun> runs) {
    List<EngineRun> ran = runs.stream().filter(run -> run.missing() == null).toList();
    StringBuilder out = new StringBuilder("\n| question |");
    ran.forEach(run -> out.append(' ').append(run.engine()).append(" |"));
    out.append("\n|---|").append("---|".repeat(ran.size())).append('\n');
    for (int i = 0; i < cases.size(); i++) {
      String quote = RelevanceEvaluation.normalise(cases.get(i).quote());
      if (quote.isEmpty()) {
        continue;
      }
      out.append("| ").append(cases.get(i).id()).append(" |");
      for (EngineRun run : ran) {
        int rank = i < run.tops().size() ? rankOf(quote, run.tops().get(i)) : 0;
        out.append(' ').append(rank == 0 ? "-" : Integer.toString(rank)).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The place (from 1) of the first passage holding the quote in a top ten, or 0. */
  private static int rankOf(String normalisedQuote, List<String> top) {
    for (int rank = 0; rank < top.size() && rank < EngineRun.TOP; rank++) {
      if (top.get(rank) != null
          && RelevanceEvaluation.normalise(top.get(rank)).contains(normalisedQuote)) {
        return rank + 1;
      }
    }
    return 0;
  }

  private static String loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private void say(String format, Object... args) {
    progress.printf(Locale.ROOT, "compare: " + format + "%n", args);
    progress.flush();
  }

  private static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
