package org.foiarchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.foiarchive.ingest.EvaluationSplit;
import org.foiarchive.ingest.EvaluationSplit.Half;
import org.foiarchive.ingest.RelevanceEvaluation;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.Ranking;
import org.foiarchive.search.RankingMechanism;
import org.foiarchive.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code eval}: scores relevance on a query set. */
@Command(name = "eval", mixinStandardHelpOptions = true)
public final class EvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE.tsv", arity = "1..*", descriptionKey = "FILE.tsv")
  List<Path> files;

  @Mixin HalfOptions halves;

  @Option(
      names = "--without",
      paramLabel = "MECHANISM",
      split = ",",
      converter = MechanismConverter.class,
      completionCandidates = MechanismNames.class)
  List<RankingMechanism> without = List.of();

  @Option(names = "--explain")
  boolean explain;

  @Mixin ArchiveOptions archive;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    EvaluationSplit split = halves.read(spec);
    List<RelevanceEvaluation.Case> cases = cases(split);
    PrintWriter out = spec.commandLine().getOut();
    Ranking ranking = Ranking.DEFAULT.without(without);
    try (LuceneArchiveSearcher searcher = Searchers.open(archive.index, ranking)) {
      RelevanceEvaluation.Score score = RelevanceEvaluation.run(searcher, cases);
      if (!without.isEmpty()) {
        out.println(
            "ranked without: "
                + without.stream().map(RankingMechanism::id).collect(Collectors.joining(", ")));
      }
      printTable(score, out);
      if (explain) {
        score.outcomes().stream()
            .filter(o -> o.rank() != 1)
            .forEach(o -> out.println(RelevanceEvaluation.diagnose(searcher, o.query()).line()));
        printStages(searcher, score, out);
      }
      printParts(score, cases.stream().anyMatch(c -> !c.category().isEmpty()), split, out);
      printIntervals(score, split, out);
      out.println(score.summaryLine());
    }
    out.flush();
    return 0;
  }

  /**
   * For each quote below the cut-off, its place at each pass of the search ({@link
   * LuceneArchiveSearcher#stages}): never a candidate, a candidate too low, rescored out or
   * reordered down.
   */
  private static void printStages(
      LuceneArchiveSearcher searcher, RelevanceEvaluation.Score score, PrintWriter out)
      throws IOException {
    for (RelevanceEvaluation.Outcome o : score.outcomes()) {
      if (o.rank() == 0 || o.rank() > RelevanceEvaluation.CUTOFF) {
        String quote = RelevanceEvaluation.normalise(o.query().quote());
        LuceneArchiveSearcher.Stages stages =
            searcher.stages(
                SearchRequest.of(o.query().query(), RelevanceEvaluation.CUTOFF),
                text -> RelevanceEvaluation.normalise(text).contains(quote));
        out.println(o.query().id() + ": stages " + stages.line());
      }
    }
  }

  /** The queries of every file, only those of --half when it is given. */
  private List<RelevanceEvaluation.Case> cases(EvaluationSplit split) throws IOException {
    List<RelevanceEvaluation.Case> cases = new ArrayList<>();
    for (Path file : files) {
      for (RelevanceEvaluation.Case c : RelevanceEvaluation.read(file)) {
        if (halves.half == null || split.isIn(c.id(), halves.half)) {
          cases.add(c);
        }
      }
    }
    return cases;
  }

  /**
   * One line a query: its rank, reciprocal rank, where the quote was found (or what came first).
   */
  private static void printTable(RelevanceEvaluation.Score score, PrintWriter out) {
    out.printf(
        "%-6s %5s %6s  %-52s %s%n",
        "id", "rank", "RR", "quote found in (or, if missed, ranked first)", "query");
    for (RelevanceEvaluation.Outcome o : score.outcomes()) {
      String where =
          o.found() != null ? o.found() : o.first() == null ? "-" : "(" + o.first() + ")";
      out.printf(
          Locale.ROOT,
          "%-6s %5s %6.2f  %-52s %s%n",
          o.query().id(),
          o.rank() == 0 ? "-" : String.valueOf(o.rank()),
          o.reciprocalRank(),
          where,
          o.query().query());
    }
  }

  /**
   * The figures per category, per half (when all halves are scored) and per category within each.
   */
  private void printParts(
      RelevanceEvaluation.Score score,
      boolean categorised,
      EvaluationSplit split,
      PrintWriter out) {
    if (categorised) {
      score
          .by(EvalCommand::categoryOf)
          .forEach((category, part) -> printPart(out, "category " + category, part));
    }
    if (split != null && halves.half == null) {
      Function<RelevanceEvaluation.Outcome, String> halfOf = halfOf(split);
      score.by(halfOf).forEach((name, part) -> printPart(out, "half " + name, part));
      if (categorised) {
        score
            .by(o -> halfOf.apply(o) + " " + categoryOf(o))
            .forEach((name, part) -> printPart(out, "half " + name, part));
      }
    }
  }

  /**
   * How much the figures are worth: the whole set's interval and, when both halves are scored, each
   * half's, so that a change can be read against the room chance alone leaves it.
   */
  private void printIntervals(
      RelevanceEvaluation.Score score, EvaluationSplit split, PrintWriter out) {
    if (split != null && halves.half == null) {
      score
          .by(halfOf(split))
          .forEach(
              (name, part) ->
                  out.println(part.interval().line("half " + name, part.outcomes().size())));
    }
    out.println(
        score
            .interval()
            .line(
                halves.half == null ? "all" : "half " + halves.half.label(),
                score.outcomes().size()));
  }

  private static Function<RelevanceEvaluation.Outcome, String> halfOf(EvaluationSplit split) {
    return o -> split.halfOf(o.query().id()).map(Half::label).orElse("(not in the split)");
  }

  private static String categoryOf(RelevanceEvaluation.Outcome o) {
    return o.query().category().isEmpty() ? "(none)" : o.query().category();
  }

  /** Mechanisms are typed by their names: related-words, glossary... */
  static final class MechanismConverter implements ITypeConverter<RankingMechanism> {
    @Override
    public RankingMechanism convert(String value) {
      return RankingMechanism.byId(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'" + value + "' is not a ranking mechanism: " + RankingMechanism.ids()));
    }
  }

  /** The names --without takes, for help and completion. */
  static final class MechanismNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(RankingMechanism.values()).map(RankingMechanism::id).iterator();
    }
  }

  private static void printPart(PrintWriter out, String name, RelevanceEvaluation.Score part) {
    out.printf(
        Locale.ROOT, "%-28s %3d queries  %s%n", name, part.outcomes().size(), part.preciseLine());
  }
}
