package org.foiarchive.cli;

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
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code eval}: scores relevance on a query set. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores search on query sets: TSVs with the columns id, query, seed_file, quote and, optionally,",
      "category (more are ignored). A query scores when a passage in its top 10 contains the quote.",
      "Prints a table (rank, reciprocal rank, the passage holding the quote or, for a miss, the passage",
      "ranked first), the figures per category and per half when there are any, then",
      "'MRR@10=0.xx Recall@10=0.xx' for all the queries scored as the last line.",
      "",
      "Examples:",
      "  foiarchive eval ../shared/eval/dev-queries.tsv",
      "  foiarchive eval ../shared/eval/dev-queries.tsv ../shared/eval/dev-queries-2.tsv \\",
      "      --split src/test/resources/eval/split.tsv --half frozen",
      "  foiarchive eval ../shared/eval/dev-queries-2.tsv --without glossary,related-words"
    })
public final class EvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE.tsv", arity = "1..*", description = "The query sets.")
  List<Path> files;

  @Option(
      names = "--split",
      paramLabel = "SPLIT.tsv",
      description = "Which half each query is in (columns id, half): figures are printed per half.")
  Path splitFile;

  @Option(
      names = "--half",
      paramLabel = "HALF",
      converter = HalfConverter.class,
      description = "Score only the queries of this half of --split: tuning or frozen.")
  Half half;

  @Option(
      names = "--without",
      paramLabel = "MECHANISM",
      split = ",",
      converter = MechanismConverter.class,
      description = {
        "Rank with these mechanisms switched off (an ablation), comma-separated: ${COMPLETION-CANDIDATES}."
      },
      completionCandidates = MechanismNames.class)
  List<RankingMechanism> without = List.of();

  @Option(
      names = "--explain",
      description = {
        "For each query not ranked first, also print where its quote is in the whole ranked list",
        "and the score and wording of that passage beside the one ranked first (error analysis)."
      })
  boolean explain;

  @Mixin ArchiveOptions archive;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (half != null && splitFile == null) {
      throw new ParameterException(
          spec.commandLine(), CliMessages.get("cli.eval.half-without-split"));
    }
    EvaluationSplit split = splitFile == null ? null : EvaluationSplit.read(splitFile);
    List<RelevanceEvaluation.Case> cases = new ArrayList<>();
    for (Path file : files) {
      for (RelevanceEvaluation.Case c : RelevanceEvaluation.read(file)) {
        if (half == null || split.halfOf(c.id()).orElse(null) == half) {
          cases.add(c);
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    Ranking ranking = Ranking.DEFAULT.without(without);
    try (LuceneArchiveSearcher searcher = Searchers.open(archive.index, ranking)) {
      RelevanceEvaluation.Score score = RelevanceEvaluation.run(searcher, cases);
      if (!without.isEmpty()) {
        out.println(
            "ranked without: "
                + without.stream().map(RankingMechanism::id).collect(Collectors.joining(", ")));
      }
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
      if (explain) {
        score.outcomes().stream()
            .filter(o -> o.rank() != 1)
            .forEach(o -> out.println(RelevanceEvaluation.diagnose(searcher, o.query()).line()));
      }
      if (cases.stream().anyMatch(c -> !c.category().isEmpty())) {
        score
            .by(EvalCommand::categoryOf)
            .forEach((category, part) -> printPart(out, "category " + category, part));
      }
      if (split != null && half == null) {
        Function<RelevanceEvaluation.Outcome, String> halfOf =
            o -> split.halfOf(o.query().id()).map(Half::label).orElse("(not in the split)");
        score.by(halfOf).forEach((name, part) -> printPart(out, "half " + name, part));
        if (cases.stream().anyMatch(c -> !c.category().isEmpty())) {
          score
              .by(o -> halfOf.apply(o) + " " + categoryOf(o))
              .forEach((name, part) -> printPart(out, "half " + name, part));
        }
      }
      out.println(score.summaryLine());
    }
    out.flush();
    return 0;
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

  /** Halves are typed as they are written in the split file, in lower case. */
  static final class HalfConverter implements ITypeConverter<Half> {
    @Override
    public Half convert(String value) {
      try {
        return Half.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not a half: tuning or frozen");
      }
    }
  }

  private static void printPart(PrintWriter out, String name, RelevanceEvaluation.Score part) {
    out.printf(
        Locale.ROOT, "%-28s %3d queries  %s%n", name, part.outcomes().size(), part.summaryLine());
  }
}
