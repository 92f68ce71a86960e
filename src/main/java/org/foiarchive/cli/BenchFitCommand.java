package org.foiarchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.foiarchive.bench.FittedKnob;
import org.foiarchive.bench.RankingFit;
import org.foiarchive.ingest.EvaluationSplit;
import org.foiarchive.search.Ranking;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code bench fit}: chooses the ranking's knobs on the tuning halves of query sets, each over its
 * own index, and prints the path and the fitted values ({@link RankingFit}).
 */
@Command(name = "fit", mixinStandardHelpOptions = true)
final class BenchFitCommand implements Callable<Integer> {
  @Option(names = "--split", required = true, paramLabel = "SPLIT.tsv")
  Path splitFile;

  @ArgGroup(exclusive = false, multiplicity = "1..*")
  List<QuerySet> sets;

  @Option(
      names = "--knobs",
      paramLabel = "KNOB",
      split = ",",
      converter = KnobConverter.class,
      completionCandidates = KnobNames.class)
  List<FittedKnob> knobs = List.of(FittedKnob.values());

  @Option(names = "--passes", paramLabel = "N", defaultValue = "" + RankingFit.Settings.PASSES)
  int passes;

  @Option(
      names = "--min-gain",
      paramLabel = "MRR",
      defaultValue = "" + RankingFit.Settings.MINIMUM_GAIN)
  double minimumGain;

  @Option(
      names = "--leave-one-out",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true")
  boolean leaveOneOut;

  @Spec CommandSpec spec;

  /** One query set: its files and the index that holds the documents they ask about. */
  static final class QuerySet {
    @Option(names = "--index", required = true, paramLabel = "DIR")
    Path index;

    @Option(names = "--queries", required = true, paramLabel = "FILE.tsv", split = ",")
    List<Path> files;

    /** The set's name in the report: its files' names, "dev-queries+dev-queries-2". */
    String name() {
      return files.stream()
          .map(f -> f.getFileName().toString().replaceFirst("\\.tsv$", ""))
          .collect(Collectors.joining("+"));
    }
  }

  @Override
  public Integer call() throws IOException {
    if (passes < 1 || minimumGain < 0) {
      throw new ParameterException(spec.commandLine(), CliMessages.get("cli.bench.fit.settings"));
    }
    List<Path> files = new ArrayList<>(List.of(splitFile));
    sets.forEach(set -> files.addAll(set.files));
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new ParameterException(
            spec.commandLine(), CliMessages.get("cli.bench.fit.no-file", file));
      }
    }
    EvaluationSplit split = EvaluationSplit.read(splitFile);
    List<RankingFit.TuningSet> tuning = new ArrayList<>();
    for (QuerySet set : sets) {
      RankingFit.TuningSet rows =
          RankingFit.TuningSet.read(
              set.name(), set.files, split, RankingFit.SearcherOpener.overIndex(set.index));
      if (rows.rows().isEmpty()) {
        throw new ParameterException(
            spec.commandLine(), CliMessages.get("cli.bench.fit.no-tuning-rows", set.name()));
      }
      tuning.add(rows);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RankingFit fit =
        new RankingFit(
            tuning,
            new RankingFit.Settings(knobs, passes, minimumGain),
            line -> {
              err.println(line);
              err.flush();
            });
    RankingFit.Result result = fit.fit(Ranking.DEFAULT);
    List<RankingFit.LeftOut> leftOut =
        leaveOneOut ? fit.leaveOneSetOut(Ranking.DEFAULT) : List.of();
    RankingFit.print(result, leftOut, out);
    out.flush();
    return 0;
  }

  /** Knobs are typed by their names in {@link Ranking}: k1, sameDocumentDecay... */
  static final class KnobConverter implements ITypeConverter<FittedKnob> {
    @Override
    public FittedKnob convert(String value) {
      return FittedKnob.byName(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      CliMessages.get("cli.bench.fit.no-knob", value, String.join(", ", names()))));
    }
  }

  /** The names --knobs takes, for help and completion. */
  static final class KnobNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names().iterator();
    }
  }

  private static List<String> names() {
    return Arrays.stream(FittedKnob.values()).map(FittedKnob::knob).toList();
  }
}
