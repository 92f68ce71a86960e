package org.foiarchive.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.foiarchive.extract.JavaCommand;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.search.SearchResults;
import org.foiarchive.tag.ReferenceRecognizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One row's questions of {@code bench compare}, asked in a JVM of its own: started fresh with the
 * same heap and options for every row, so that no engine runs on a heap, class set and JIT profile
 * another engine left behind (bare Lucene timed after foiarchive in one JVM moved with foiarchive's
 * code). The child writes its times and top passages to a file the parent reads.
 */
public final class QueryPhase {
  private static final Logger log = LoggerFactory.getLogger(QueryPhase.class);

  /** How long a row's JVM may take before the comparison gives up on it (a 1M index is slow). */
  private static final long PHASE_LIMIT_MINUTES = 120;

  /** What one row asks its index. */
  public enum Row {
    FOIARCHIVE("foiarchive: search with highlighting and facets"),
    FOIARCHIVE_WITHOUT_FACETS("foiarchive: search with highlighting, without facets"),
    LUCENE("top 10 with stored text"),
    LUCENE_HIGHLIGHTED("top 10 with UnifiedHighlighter");

    final String label;

    Row(String label) {
      this.label = label;
    }
  }

  /**
   * What a row's JVM measured.
   *
   * @param pid the JVM's process id (a different one for every row)
   * @param maxHeapBytes the heap it was allowed
   * @param wall wall time of each timed question, nanoseconds
   * @param cpu the searching thread's CPU time of each timed question, nanoseconds
   * @param tookMs foiarchive's own figure for each timed question (empty for Lucene)
   * @param tops for each question, the text of the passages ranked first, best first
   */
  public record Result(
      long pid,
      long maxHeapBytes,
      long[] wall,
      long[] cpu,
      long[] tookMs,
      List<List<String>> tops) {}

  private QueryPhase() {}

  /**
   * Starts a JVM that asks {@code questions} (one a line) of {@code index}, and returns what it
   * measured; its output goes to a log beside {@code resultFile}.
   */
  static Result inOwnJvm(
      Row row, Path index, Path questions, int warmup, int rounds, String maxHeap, Path resultFile)
      throws IOException {
    Files.deleteIfExists(resultFile);
    List<String> command =
        JavaCommand.of(
            QueryPhase.class.getName(),
            List.of(
                "-Xmx" + maxHeap,
                "--add-modules=jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED"),
            List.of(
                row.name(),
                index.toAbsolutePath().toString(),
                questions.toAbsolutePath().toString(),
                String.valueOf(warmup),
                String.valueOf(rounds),
                resultFile.toAbsolutePath().toString()));
    PhaseJvm.run(row.label, command, resultFile, PHASE_LIMIT_MINUTES);
    return read(resultFile);
  }

  /** The row's JVM: {@code ROW INDEX QUESTIONS WARMUP ROUNDS RESULT-FILE}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 6) {
      System.err.println("usage: QueryPhase ROW INDEX QUESTIONS WARMUP ROUNDS RESULT-FILE");
      System.exit(2);
    }
    Row row = Row.valueOf(args[0]);
    Path index = Path.of(args[1]);
    List<String> questions = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8);
    int warmup = Integer.parseInt(args[3]);
    int rounds = Integer.parseInt(args[4]);
    Result result = run(row, index, questions, warmup, rounds);
    write(result, Path.of(args[5]));
    log.info("{}: {} questions timed in JVM {}", row.label, result.wall().length, result.pid());
  }

  private static Result run(Row row, Path index, List<String> questions, int warmup, int rounds)
      throws IOException {
    return switch (row) {
      case FOIARCHIVE, FOIARCHIVE_WITHOUT_FACETS ->
          foiarchive(row, index, questions, warmup, rounds);
      case LUCENE, LUCENE_HIGHLIGHTED -> lucene(row, index, questions, warmup, rounds);
    };
  }

  private static Result foiarchive(
      Row row, Path index, List<String> questions, int warmup, int rounds) throws IOException {
    boolean facets = row == Row.FOIARCHIVE;
    List<Long> tookMs = new ArrayList<>();
    try (LuceneArchiveSearcher searcher =
        new LuceneArchiveSearcher(
            new IndexLocation(index), new ArchiveAnalyzers(), new ReferenceRecognizer())) {
      EngineRun.Timings run =
          EngineRun.timed(
              q -> {
                SearchResults results =
                    searcher.search(
                        SearchRequest.of(q, EngineRun.TOP).toBuilder().facets(facets).build());
                tookMs.add(results.tookMs());
                return results.hits().stream().map(SearchHit::text).toList();
              },
              questions,
              warmup,
              rounds);
      return result(run, tookMs.subList(tookMs.size() - run.wall().length, tookMs.size()));
    }
  }

  private static Result lucene(Row row, Path index, List<String> questions, int warmup, int rounds)
      throws IOException {
    try (BareLucene lucene = BareLucene.open(index)) {
      EngineRun.Search search = row == Row.LUCENE ? lucene::top : lucene::topHighlighted;
      return result(EngineRun.timed(search, questions, warmup, rounds), List.of());
    }
  }

  private static Result result(EngineRun.Timings run, List<Long> tookMs) {
    return new Result(
        ProcessHandle.current().pid(),
        Runtime.getRuntime().maxMemory(),
        run.wall(),
        run.cpu(),
        tookMs.stream().mapToLong(Long::longValue).toArray(),
        run.tops());
  }

  static void write(Result result, Path file) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeLong(result.pid());
      out.writeLong(result.maxHeapBytes());
      for (long[] times : List.of(result.wall(), result.cpu(), result.tookMs())) {
        out.writeInt(times.length);
        for (long t : times) {
          out.writeLong(t);
        }
      }
      out.writeInt(result.tops().size());
      for (List<String> top : result.tops()) {
        out.writeInt(top.size());
        for (String text : top) {
          // A highlighter may give no snippet for a passage: kept as absent, not as text.
          byte[] bytes = text == null ? null : text.getBytes(StandardCharsets.UTF_8);
          out.writeInt(bytes == null ? -1 : bytes.length);
          if (bytes != null) {
            out.write(bytes);
          }
        }
      }
    }
  }

  static Result read(Path file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      long pid = in.readLong();
      long maxHeap = in.readLong();
      long[] wall = longs(in);
      long[] cpu = longs(in);
      long[] tookMs = longs(in);
      int questions = in.readInt();
      List<List<String>> tops = new ArrayList<>(questions);
      for (int q = 0; q < questions; q++) {
        int n = in.readInt();
        List<String> top = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          int length = in.readInt();
          top.add(length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }
        tops.add(top);
      }
      return new Result(pid, maxHeap, wall, cpu, tookMs, tops);
    }
  }

  private static long[] longs(DataInputStream in) throws IOException {
    long[] values = new long[in.readInt()];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readLong();
    }
    return values;
  }
}
