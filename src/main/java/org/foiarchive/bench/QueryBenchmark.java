package org.foiarchive.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.lucene.util.IOSupplier;
import org.foiarchive.ingest.RelevanceEvaluation;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.search.SearchResults;

/**
 * {@code bench query}: in-process latency (wall and CPU) of searches with highlighting and facets,
 * after warm-up rounds.
 */
public final class QueryBenchmark {
  /** How many of the slowest requests the report names. */
  static final int SLOWEST_NAMED = 5;

  private QueryBenchmark() {}

  /**
   * What to time: one query, the questions of query sets (column query), or else the fixed mix.
   *
   * @param query one query, or null
   * @param querySets query sets, or null or empty
   */
  public static List<SearchRequest> requests(String query, List<Path> querySets)
      throws IOException {
    if (query != null) {
      return List.of(SearchRequest.of(query, 10));
    }
    if (querySets == null || querySets.isEmpty()) {
      return QueryMix.REQUESTS;
    }
    return cases(null, querySets).stream().map(c -> SearchRequest.of(c.query(), 10)).toList();
  }

  /**
   * The questions of the query sets with their expected quotes, in the order {@link #requests}
   * gives them; none for one query or the mix, which have no quotes.
   */
  public static List<RelevanceEvaluation.Case> cases(String query, List<Path> querySets)
      throws IOException {
    if (query != null || querySets == null) {
      return List.of();
    }
    List<RelevanceEvaluation.Case> cases = new ArrayList<>();
    for (Path set : querySets) {
      cases.addAll(RelevanceEvaluation.read(set));
    }
    return cases;
  }

  /**
   * Opens the index, runs the requests a fifth of {@code rounds} untimed (at least 5), then {@code
   * rounds} timed, and prints the percentiles; with {@code cases} (the requests' questions and
   * quotes, or none), also MRR@10 and Recall@10 as {@code bench compare} reads them, so a change
   * meant to be faster is seen not to cost relevance on the same index.
   *
   * @return whether any request found a hit (a bench over an empty index measures nothing)
   */
  public static boolean run(
      IOSupplier<LuceneArchiveSearcher> open,
      List<SearchRequest> mix,
      List<RelevanceEvaluation.Case> cases,
      int rounds,
      PrintWriter out)
      throws IOException {
    long openStart = System.nanoTime();
    try (LuceneArchiveSearcher searcher = open.get()) {
      long openMs = (System.nanoTime() - openStart) / 1_000_000;
      long hits = 0;
      for (int round = 0; round < Math.max(5, rounds / 5); round++) {
        for (SearchRequest r : mix) {
          hits += searcher.search(r).hits().size();
        }
      }
      Timings timings = timed(searcher, mix, rounds);
      out.printf(
          Locale.ROOT,
          "query: opened the index in %d ms; %d passages; %s%n",
          openMs,
          searcher.stats().passages(),
          Measurements.Latency.of(timings.nanos).summary());
      // On a machine shared with other work, wall time includes waiting for a core; CPU time does
      // not.
      out.printf(
          Locale.ROOT,
          "query: CPU time per query %s%n",
          Measurements.Latency.of(timings.cpu).summary());
      out.printf(
          Locale.ROOT,
          "query: mean hits per query %.0f; heap in use with the index open %s%n",
          timings.totals / (double) Math.max(1, timings.nanos.length),
          Measurements.megabytes(Measurements.heapInUseAfterGc()));
      out.printf(
          Locale.ROOT,
          "query: slowest of the mix (median CPU ms): %s%n",
          slowest(mix, timings.cpu, SLOWEST_NAMED));
      if (!cases.isEmpty()) {
        List<List<String>> tops = new ArrayList<>(mix.size());
        for (SearchRequest r : mix) {
          tops.add(searcher.search(r).hits().stream().map(SearchHit::text).toList());
        }
        double[] relevance = EngineComparison.relevance(cases, tops);
        out.printf(
            Locale.ROOT,
            "query: MRR@10 %.3f, Recall@10 %.3f (a hit answers when it holds the question's quote)%n",
            relevance[0],
            relevance[1]);
      }
      out.flush();
      return hits > 0;
    }
  }

  /** Wall and CPU time of each run, run i being request i % size, and the totals found. */
  private record Timings(long[] nanos, long[] cpu, long totals) {}

  private static Timings timed(LuceneArchiveSearcher searcher, List<SearchRequest> mix, int rounds)
      throws IOException {
    long[] nanos = new long[mix.size() * rounds];
    long[] cpu = new long[nanos.length];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int n = 0;
    long totals = 0;
    for (int round = 0; round < rounds; round++) {
      for (SearchRequest r : mix) {
        long c = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        SearchResults results = searcher.search(r);
        nanos[n] = System.nanoTime() - t;
        cpu[n++] = threads.getCurrentThreadCpuTime() - c;
        totals += results.total();
      }
    }
    return new Timings(nanos, cpu, totals);
  }

  /**
   * The {@code count} requests of the mix with the highest median, where run i of the timings is
   * request i % size.
   */
  static String slowest(List<SearchRequest> mix, long[] nanos, int count) {
    long[] medians = new long[mix.size()];
    for (int q = 0; q < mix.size(); q++) {
      List<Long> runs = new ArrayList<>();
      for (int i = q; i < nanos.length; i += mix.size()) {
        runs.add(nanos[i]);
      }
      runs.sort(null);
      medians[q] = runs.isEmpty() ? 0 : runs.get(runs.size() / 2);
    }
    List<String> lines = new ArrayList<>();
    IntStream.range(0, mix.size())
        .boxed()
        .sorted((a, b) -> Long.compare(medians[b], medians[a]))
        .limit(count)
        .forEach(
            q ->
                lines.add(
                    String.format(Locale.ROOT, "%.1f %s", medians[q] / 1e6, describe(mix.get(q)))));
    return String.join("; ", lines);
  }

  private static String describe(SearchRequest r) {
    StringBuilder s = new StringBuilder("[").append(r.query()).append("]");
    r.topics().forEach(t -> s.append(" topic=").append(t));
    r.kinds().forEach(k -> s.append(" kind=").append(k));
    r.voices().forEach(v -> s.append(" voice=").append(v));
    if (r.offset() > 0) {
      s.append(" offset=").append(r.offset());
    }
    return s.toString();
  }
}
