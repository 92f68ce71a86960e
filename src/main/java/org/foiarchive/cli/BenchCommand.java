package org.foiarchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.foiarchive.bench.CorpusGenerator;
import org.foiarchive.bench.EngineComparison;
import org.foiarchive.bench.HttpBenchmark;
import org.foiarchive.bench.IngestBenchmark;
import org.foiarchive.bench.Measurements;
import org.foiarchive.bench.QueryBenchmark;
import org.foiarchive.bench.StartupBenchmark;
import org.foiarchive.corpus.Corpus;
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
    description = {
      "Benchmarks at archive scale. 'generate' writes a realistic corpus of N passages (from the real",
      "corpus's words); 'ingest', 'query', 'startup' and 'http' measure it; 'all' runs the four in turn.",
      "",
      "Example:",
      "  foiarchive bench generate --passages 1000000 --out target/bench/corpus",
      "  foiarchive bench all --corpus target/bench/corpus --index target/bench/index",
      "  foiarchive bench compare --size 20000 --queries src/test/resources/eval/heldout-queries.tsv"
    },
    subcommands = {
      BenchCommand.Generate.class,
      BenchCommand.Ingest.class,
      BenchCommand.Query.class,
      BenchCommand.Startup.class,
      BenchCommand.Http.class,
      BenchCommand.All.class,
      BenchCommand.Compare.class
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** {@code bench generate}: a synthetic corpus in the real corpus's words and structure. */
  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description = {
        "Writes a corpus of about N passages: request threads, replies, guidance, blogs, forums.",
        "",
        "Example:",
        "  foiarchive bench generate --passages 1000000 --out target/bench/corpus"
      })
  static final class Generate implements Callable<Integer> {
    @Option(
        names = "--passages",
        required = true,
        paramLabel = "N",
        description = "Passages to generate.")
    long passages;

    @Option(
        names = "--out",
        defaultValue = "target/bench/corpus",
        paramLabel = "DIR",
        description = "Where to write the corpus. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(
        names = "--from",
        defaultValue = "corpus",
        paramLabel = "DIR",
        description = "The real corpus whose words and topics to use. Default: ${DEFAULT-VALUE}")
    Path from;

    @Option(
        names = "--seed",
        defaultValue = "20130612",
        description = "Random seed. Default: ${DEFAULT-VALUE}")
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
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = {
        "Ingests a corpus and reports passages per second, index size and heap.",
        "",
        "Example:",
        "  foiarchive bench ingest --corpus target/bench/corpus --index target/bench/index"
      })
  static final class Ingest extends Measurement {
    @Override
    int measure(BenchOptions o, PrintWriter out) throws IOException {
      return ingest(o, out);
    }
  }

  /** {@code bench query}: in-process latency of the query mix. */
  @Command(
      name = "query",
      mixinStandardHelpOptions = true,
      description = {
        "Runs the fixed query mix (with highlighting and facets) against an index, in process,",
        "and reports latency percentiles and heap in use.",
        "",
        "Example:",
        "  foiarchive bench query --index target/bench/index --rounds 200"
      })
  static final class Query extends Measurement {
    @Override
    int measure(BenchOptions o, PrintWriter out) throws IOException {
      return query(o, out);
    }
  }

  /** {@code bench startup}: time from starting the server process to its first answered search. */
  @Command(
      name = "startup",
      mixinStandardHelpOptions = true,
      description = {
        "Starts the server on an existing index several times and reports the time to ready.",
        "",
        "Example:",
        "  foiarchive bench startup --corpus target/bench/corpus --index target/bench/index"
      })
  static final class Startup extends Measurement {
    @Override
    int measure(BenchOptions o, PrintWriter out) throws Exception {
      return startup(o, out);
    }
  }

  /** {@code bench http}: requests per second on /api/search under wrk. */
  @Command(
      name = "http",
      mixinStandardHelpOptions = true,
      description = {
        "Starts the server (heap capped at --heap) and loads /api/search with wrk over the query mix.",
        "",
        "Example:",
        "  foiarchive bench http --corpus target/bench/corpus --index target/bench/index"
      })
  static final class Http extends Measurement {
    @Override
    int measure(BenchOptions o, PrintWriter out) throws Exception {
      return http(o, out);
    }
  }

  /** {@code bench compare}: foiarchive beside bare Lucene and Xapian on the same passages. */
  @Command(
      name = "compare",
      mixinStandardHelpOptions = true,
      description = {
        "Indexes the same passages (one a line) with foiarchive, bare Lucene and Xapian (as",
        "WhatDoTheyKnow runs it), times the same questions in each after warm-up rounds, and prints",
        "one table: query p50/p99 wall and CPU time, ingest passages/s and CPU-s, index size, and",
        "MRR@10/R@10 where a question carries its expected quote. Xapian needs python3-xapian;",
        "without it the table says so.",
        "",
        "Example:",
        "  foiarchive bench compare --size 20000 --work /tmp/compare \\",
        "      --queries ../shared/eval/dev-queries.tsv --queries ../shared/eval/dev-queries-2.tsv"
      })
  static final class Compare implements Callable<Integer> {
    @Option(
        names = "--passages",
        paramLabel = "FILE",
        description = "Passages to index, one a line. Default: --size passages generated.")
    Path passages;

    @Option(
        names = "--size",
        defaultValue = "20000",
        paramLabel = "N",
        description =
            "Passages to generate without --passages: the real corpus's passages among filler"
                + " from a Zipfian vocabulary of 300,000 words. Default: ${DEFAULT-VALUE}")
    int size;

    @Option(
        names = "--from",
        defaultValue = "corpus",
        paramLabel = "DIR",
        description =
            "The real corpus whose passages go among the filler. Default: ${DEFAULT-VALUE}")
    Path from;

    @Option(
        names = "--queries",
        paramLabel = "FILE.tsv",
        defaultValue = "src/test/resources/eval/heldout-queries.tsv",
        description = "Questions (columns id, query, quote; repeatable). Default: ${DEFAULT-VALUE}")
    List<Path> queries;

    @Option(
        names = "--work",
        defaultValue = "target/bench/compare",
        paramLabel = "DIR",
        description = "Where the generated passages and the indexes go. Default: ${DEFAULT-VALUE}")
    Path work;

    @Option(
        names = "--warmup",
        defaultValue = "10",
        paramLabel = "ROUNDS",
        description =
            "Untimed rounds of the questions first, per engine. Default: ${DEFAULT-VALUE}")
    int warmup;

    @Option(
        names = "--rounds",
        defaultValue = "10",
        description = "Timed rounds of the questions, per engine. Default: ${DEFAULT-VALUE}")
    int rounds;

    @Option(
        names = "--python",
        defaultValue = "/usr/bin/python3",
        description = "The Python with Xapian's bindings. Default: ${DEFAULT-VALUE}")
    String python;

    @Option(
        names = "--seed",
        defaultValue = "20130612",
        description = "Random seed of the generated passages. Default: ${DEFAULT-VALUE}")
    long seed;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (size < 1 || warmup < 0 || rounds < 1) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--size and --rounds must be at least 1, --warmup at least 0");
      }
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
                      work, passages, size, from, queries, warmup, rounds, python, seed),
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
  @Command(
      name = "all",
      mixinStandardHelpOptions = true,
      description = {
        "Runs ingest, query, startup and http in turn on one corpus.",
        "",
        "Example:",
        "  foiarchive bench all --corpus target/bench/corpus --index target/bench/index"
      })
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
        description = "Corpus to ingest or serve. Default: ${DEFAULT-VALUE}")
    Path corpus;

    @Option(
        names = "--index",
        defaultValue = "target/bench/index",
        paramLabel = "DIR",
        description = "Index to build or search. Default: ${DEFAULT-VALUE}")
    Path index;

    @Option(
        names = "--rounds",
        defaultValue = "100",
        description = "Rounds of the query mix. Default: ${DEFAULT-VALUE}")
    int rounds;

    @Option(
        names = "--query",
        paramLabel = "QUERY",
        description = "Time this one query instead of the mix (to profile a slow one).")
    String query;

    @Option(
        names = "--queries",
        paramLabel = "FILE.tsv",
        description =
            "Time the questions of these query sets (column query; repeatable) instead of the mix.")
    List<Path> queries;

    @Option(
        names = "--runs",
        defaultValue = "3",
        description = "Server starts to time. Default: ${DEFAULT-VALUE}")
    int runs;

    @Option(
        names = "--heap",
        defaultValue = "512m",
        description = "Server heap limit. Default: ${DEFAULT-VALUE}")
    String heap;

    @Option(
        names = "--duration",
        defaultValue = "30",
        description = "Seconds of HTTP load. Default: ${DEFAULT-VALUE}")
    int duration;

    @Option(
        names = "--connections",
        defaultValue = "16",
        description = "HTTP connections. Default: ${DEFAULT-VALUE}")
    int connections;

    @Option(
        names = "--wrk",
        defaultValue = "wrk",
        description = "The wrk binary. Default: ${DEFAULT-VALUE}")
    String wrk;
  }

  static int ingest(BenchOptions o, PrintWriter out) throws IOException {
    IngestBenchmark.run(o.corpus, o.index, out);
    return 0;
  }

  static int query(BenchOptions o, PrintWriter out) throws IOException {
    List<SearchRequest> requests = QueryBenchmark.requests(o.query, o.queries);
    return QueryBenchmark.run(() -> Searchers.open(o.index), requests, o.rounds, out) ? 0 : 1;
  }

  static int startup(BenchOptions o, PrintWriter out) throws Exception {
    new StartupBenchmark(o.corpus, o.index, o.runs, o.heap).run(out);
    return 0;
  }

  static int http(BenchOptions o, PrintWriter out) throws Exception {
    HttpBenchmark http =
        new HttpBenchmark(o.corpus, o.index, o.heap, o.duration, o.connections, o.wrk);
    return http.run(out) ? 0 : 1;
  }
}
