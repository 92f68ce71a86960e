package org.foiarchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.foiarchive.bench.AotTraining;
import org.foiarchive.bench.CorpusGenerator;
import org.foiarchive.bench.EngineComparison;
import org.foiarchive.bench.HttpBenchmark;
import org.foiarchive.bench.IngestBenchmark;
import org.foiarchive.bench.Measurements;
import org.foiarchive.bench.QueryBenchmark;
import org.foiarchive.bench.StartupBenchmark;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.ingest.EvaluationSplit;
import org.foiarchive.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: makes a corpus of any size and measures ingest, search latency, start-up and HTTP
 * load.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    subcommands = {
      BenchCommand.Generate.class,
      BenchCommand.Ingest.class,
      BenchCommand.Query.class,
      BenchCommand.Startup.class,
      BenchCommand.Http.class,
      BenchCommand.All.class,
      BenchCommand.Compare.class,
      BenchFitCommand.class
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** {@code bench generate}: a synthetic corpus in the real corpus's words and structure. */
  @Command(name = "generate", mixinStandardHelpOptions = true)
  static final class Generate implements Callable<Integer> {
    @Option(names = "--passages", required = true, paramLabel = "N")
    long passages;

    @Option(names = "--out", defaultValue = "target/bench/corpus", paramLabel = "DIR")
    Path out;

    @Option(names = "--from", defaultValue = "corpus", paramLabel = "DIR")
    Path from;

    @Option(names = "--seed", defaultValue = "20130612")
    long seed;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (passages < 1) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--passages must be at least 1");
      }
      if (Files.exists(out.resolve("sources.yml"))) {
        throw new IOException(out + " already holds a corpus; remove it or choose another --out");
      }
      long start = System.nanoTime();
      Corpus real = Corpus.open(from);
      CorpusGenerator.Result result =
          CorpusGenerator.learningFrom(real, seed).generate(out, passages, real.topicsFile());
      PrintWriter w = spec.commandLine().getOut();
      w.printf(
          Locale.ROOT,
          "generated %d documents, %d passages, %s of text, from %d words, in %.1f s: %s%n",
          result.documents(),
          result.passages(),
          Measurements.megabytes(result.bytes()),
          result.vocabulary(),
          (System.nanoTime() - start) / 1e9,
          out.toAbsolutePath());
      w.flush();
      return 0;
    }
  }

  /** {@code bench ingest}: ingest throughput and index size. */
  @Command(name = "ingest", mixinStandardHelpOptions = true)
  static final class Ingest extends Measurement {
    @Override
    int measure(BenchOptions o, PrintWriter out) throws IOException {
      return ingest(o, out);
    }
  }

  /** {@code bench query}: in-process latency of the query mix. */
  @Command(name = "query", mixinStandardHelpOptions = true)
  static final class Query extends Measurement {
    @Override
    int measure(BenchOptions o, PrintWriter out) throws IOException {
      return query(o, out);
    }
  }

  /** {@code bench startup}: time from starting the server process to its first answered search. */
  @Command(name = "startup", mixinStandardHelpOptions = true)
  static final class Startup extends Measurement {
    @Override
    int measure(BenchOptions o, PrintWriter out) throws Exception {
      return startup(o, out);
    }
  }

  /** {@code bench http}: requests per second on /api/search under wrk. */
  @Command(name = "http", mixinStandardHelpOptions = true)
  static final class Http extends Measurement {
    @Override
    int measure(BenchOptions o, PrintWriter out) throws Exception {
      return http(o, out);
    }
  }

  /** {@code bench compare}: foiarchive beside bare Lucene and Xapian on the same passages. */
  @Command(name = "compare", mixinStandardHelpOptions = true)
  static final class Compare implements Callable<Integer> {
    @Option(names = "--passages", paramLabel = "FILE")
    Path passages;

    @Option(names = "--size", defaultValue = "20000", paramLabel = "N")
    int size;

    @Option(names = "--from", defaultValue = "corpus", paramLabel = "DIR")
    Path from;

    @Option(
        names = "--queries",
        paramLabel = "FILE.tsv",
        defaultValue = "src/test/resources/eval/heldout-queries.tsv")
    List<Path> queries;

    @Option(names = "--work", defaultValue = "target/bench/compare", paramLabel = "DIR")
    Path work;

    @Option(names = "--warmup", defaultValue = "10", paramLabel = "ROUNDS")
    int warmup;

    @Option(names = "--rounds", defaultValue = "10")
    int rounds;

    @Option(names = "--python", defaultValue = "/usr/bin/python3")
    String python;

    @Option(names = "--seed", defaultValue = "20130612")
    long seed;

    @Option(names = "--query-heap", defaultValue = "512m", paramLabel = "SIZE")
    String queryHeap;

    @Option(names = "--pairs", defaultValue = "0", paramLabel = "N")
    int pairs;

    @Option(names = "--ranks")
    boolean ranks;

    @Mixin HalfOptions halves;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (!queryHeap.matches("\\d+[kKmMgG]?")) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--query-heap takes a size as -Xmx does (512m, 2g): " + queryHeap);
      }
      if (size < 1 || warmup < 0 || rounds < 1 || pairs < 0) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "--size and --rounds must be at least 1, --warmup and --pairs at least 0");
      }
      EvaluationSplit split = halves.read(spec);
      for (Path file : passages == null ? queries : concat(queries, passages)) {
        if (!Files.isRegularFile(file)) {
          throw new picocli.CommandLine.ParameterException(
              spec.commandLine(), "no such file: " + file);
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      String table =
          new EngineComparison(
                  new EngineComparison.Options(
                      work,
                      passages,
                      size,
                      from,
                      queries,
                      warmup,
                      rounds,
                      python,
                      seed,
                      queryHeap,
                      split,
                      halves.half,
                      pairs,
                      ranks),
                  spec.commandLine().getErr())
              .run();
      out.print(table);
      out.flush();
      return 0;
    }

    private static List<Path> concat(List<Path> files, Path more) {
      List<Path> all = new ArrayList<>(files);
      all.add(more);
      return all;
    }
  }

  /** A subcommand that measures one thing with the shared options and prints what it found. */
  abstract static class Measurement implements Callable<Integer> {
    @Mixin BenchOptions options;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      return measure(options, spec.commandLine().getOut());
    }

    abstract int measure(BenchOptions o, PrintWriter out) throws Exception;
  }

  /** {@code bench all}: ingest, query, startup and http in turn. */
  @Command(name = "all", mixinStandardHelpOptions = true)
  static final class All extends Measurement {
    @Override
    int measure(BenchOptions o, PrintWriter out) throws Exception {
      int status = ingest(o, out);
      status = Math.max(status, query(o, out));
      status = Math.max(status, startup(o, out));
      return Math.max(status, http(o, out));
    }
  }

  /** Options every measuring subcommand shares. */
  static final class BenchOptions {
    @Option(
        names = "--corpus",
        defaultValue = "target/bench/corpus",
        paramLabel = "DIR",
        descriptionKey = "bench.corpus")
    Path corpus;

    @Option(
        names = "--index",
        defaultValue = "target/bench/index",
        paramLabel = "DIR",
        descriptionKey = "bench.index")
    Path index;

    @Option(names = "--rounds", defaultValue = "100", descriptionKey = "bench.rounds")
    int rounds;

    @Option(names = "--query", paramLabel = "QUERY", descriptionKey = "bench.query")
    String query;

    @Option(names = "--queries", paramLabel = "FILE.tsv", descriptionKey = "bench.queries")
    List<Path> queries;

    @Option(names = "--runs", defaultValue = "3", descriptionKey = "bench.runs")
    int runs;

    @Option(names = "--heap", defaultValue = "512m", descriptionKey = "bench.heap")
    String heap;

    @Option(names = "--duration", defaultValue = "30", descriptionKey = "bench.duration")
    int duration;

    @Option(names = "--connections", defaultValue = "16", descriptionKey = "bench.connections")
    int connections;

    @Option(names = "--wrk", defaultValue = "wrk", descriptionKey = "bench.wrk")
    String wrk;

    @Option(names = "--result-cache", paramLabel = "SIZE", descriptionKey = "bench.result-cache")
    String resultCache;

    @Option(names = "--aot", defaultValue = "NONE", descriptionKey = "bench.aot")
    AotTraining aot;

    @Option(names = "--jvm-option", paramLabel = "OPTION", descriptionKey = "bench.jvm-option")
    List<String> jvmOptions = new ArrayList<>();
  }

  static int ingest(BenchOptions o, PrintWriter out) throws IOException {
    IngestBenchmark.run(o.corpus, o.index, out);
    return 0;
  }

  static int query(BenchOptions o, PrintWriter out) throws IOException {
    List<SearchRequest> requests = QueryBenchmark.requests(o.query, o.queries);
    return QueryBenchmark.run(
            () -> Searchers.openAsServed(o.index),
            requests,
            QueryBenchmark.cases(o.query, o.queries),
            o.rounds,
            out)
        ? 0
        : 1;
  }

  static int startup(BenchOptions o, PrintWriter out) throws Exception {
    new StartupBenchmark(o.corpus, o.index, o.runs, o.heap, o.jvmOptions).run(out);
    return 0;
  }

  static int http(BenchOptions o, PrintWriter out) throws Exception {
    HttpBenchmark http =
        new HttpBenchmark(
            o.corpus,
            o.index,
            o.heap,
            o.duration,
            o.connections,
            o.wrk,
            QueryBenchmark.requests(o.query, o.queries),
            o.resultCache,
            o.aot,
            o.jvmOptions);
    return http.run(out) ? 0 : 1;
  }
}
