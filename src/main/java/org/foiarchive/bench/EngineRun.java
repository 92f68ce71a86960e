package org.foiarchive.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * What one engine did in {@code bench compare}: its ingest, its query times and the passages it
 * ranked first for each question.
 *
 * @param engine the engine and how it was set up
 * @param missing why the engine could not run, or null when it ran
 * @param ingest its ingest, or null when it shares another row's index
 * @param wall wall time per question, with what it read of the results
 * @param cpu the searching thread's CPU time per question
 * @param tops for each question, the text of the passages it ranked first, best first
 */
public record EngineRun(
    String engine,
    String missing,
    Ingest ingest,
    Measurements.Latency wall,
    Measurements.Latency cpu,
    List<List<String>> tops) {

  /** How many passages an engine answers with, as a page of results shows. */
  public static final int TOP = 10;

  /** An ingest: passages indexed, wall and CPU seconds, the index's size on disk. */
  public record Ingest(long passages, double seconds, double cpuSeconds, long indexBytes) {
    public double passagesPerSecond() {
      return passages / Math.max(seconds, 0.001);
    }
  }

  static EngineRun missing(String engine, String why) {
    return new EngineRun(engine, why, null, null, null, List.of());
  }

  /** One search of a question, giving the texts of the passages it ranks first. */
  @FunctionalInterface
  interface Search {
    List<String> top(String question) throws IOException;
  }

  /**
   * The times of each timed question (nanoseconds, in the order asked) and what the first timed
   * round ranked first for each question.
   */
  record Timings(long[] wall, long[] cpu, List<List<String>> tops) {}

  /**
   * Runs the questions {@code warmup} rounds untimed (to let the JIT compile), then {@code rounds}
   * timed, each question in turn; CPU time is the asking thread's own.
   */
  static Timings timed(Search search, List<String> questions, int warmup, int rounds)
      throws IOException {
    for (int round = 0; round < warmup; round++) {
      for (String question : questions) {
        search.top(question);
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] wall = new long[questions.size() * rounds];
    long[] cpu = new long[wall.length];
    List<List<String>> tops = new ArrayList<>();
    int n = 0;
    for (int round = 0; round < rounds; round++) {
      for (String question : questions) {
        long c = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        List<String> top = search.top(question);
        wall[n] = System.nanoTime() - t;
        cpu[n++] = threads.getCurrentThreadCpuTime() - c;
        if (round == 0) {
          tops.add(top);
        }
      }
    }
    return new Timings(wall, cpu, tops);
  }

  /** A run from its per-question times (nanoseconds) and what it ranked first for each question. */
  static EngineRun measured(
      String engine, Ingest ingest, long[] wall, long[] cpu, List<List<String>> tops) {
    return new EngineRun(
        engine,
        null,
        ingest,
        Measurements.Latency.of(wall),
        Measurements.Latency.of(cpu),
        List.copyOf(tops));
  }

  /** CPU time of this whole process so far (every thread, the JIT's and collector's included). */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
