package org.foiarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench compare} on a small generated set: every engine it can run indexes the same passages
 * and answers the same questions, and the table says what each did. No timing is asserted.
 */
class BenchCompareIT {
  private static final Pattern MS_PAIR = Pattern.compile("\\d+\\.\\d+ / \\d+\\.\\d+");
  private static final Pattern SCORE = Pattern.compile("[01]\\.\\d\\d");
  private static final Pattern ASKED_IN =
      Pattern.compile(": asked in JVM (\\d+) \\(max heap (\\d+) MB\\)");
  private static final Pattern INGESTED_IN =
      Pattern.compile("(foiarchive: ingested|Lucene: indexed) in JVM (\\d+)");

  @Test
  void comparesFoiarchiveWithBareLuceneInOneTableAndSaysWhenXapianIsMissing(@TempDir Path work)
      throws Exception {
    CommandLineIT.Run run = compare(work, work.resolve("no-such-python").toString());

    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.getFirst())
        .startsWith("compare: 600 passages, 15 questions")
        .contains("each Java row in a fresh JVM of its own (-Xmx512m)")
        .contains("load");
    // Each Java row's questions were asked by a JVM of its own, none of them this one, so no
    // engine is timed on the heap and compiled code another left behind.
    Matcher asked = ASKED_IN.matcher(run.err());
    Set<Long> jvms = new HashSet<>();
    while (asked.find()) {
      jvms.add(Long.parseLong(asked.group(1)));
      assertThat(Long.parseLong(asked.group(2))).isBetween(400L, 512L);
    }
    assertThat(jvms).as(run.err()).hasSize(4).doesNotContain(ProcessHandle.current().pid());
    // Each engine's ingest too, so that neither runs on code the other's ingest compiled.
    Matcher ingested = INGESTED_IN.matcher(run.err());
    Set<String> engines = new HashSet<>();
    while (ingested.find()) {
      engines.add(ingested.group(1));
      jvms.add(Long.parseLong(ingested.group(2)));
    }
    assertThat(engines).as(run.err()).hasSize(2);
    assertThat(jvms).as(run.err()).hasSize(6).doesNotContain(ProcessHandle.current().pid());
    assertThat(lines.getFirst()).contains("each engine's ingest in a JVM of its own");
    assertThat(lines.get(1))
        .isEqualTo(
            "| engine | query p50 / p99 wall ms | query p50 / p99 CPU ms | ingest passages/s |"
                + " ingest CPU-s | index MB | MRR@10 | R@10 |");
    List<String> rows = lines.subList(3, lines.size());
    assertThat(rows).hasSize(6).allSatisfy(row -> assertThat(row.split("\\|", -1)).hasSize(10));

    String foiarchive = rows.getFirst();
    assertThat(foiarchive).startsWith("| foiarchive: search with highlighting and facets |");
    assertThat(cells(foiarchive)[1]).matches(MS_PAIR);
    assertThat(cells(foiarchive)[2]).matches(MS_PAIR);
    assertThat(cells(foiarchive)[4]).matches("\\d+\\.\\d");
    // The real passages are in the file, so the held-out questions find some of their quotes.
    assertThat(Double.parseDouble(cells(foiarchive)[7])).isPositive();

    // Facets not asked for, as /api/search?facets=none: timed on its own row, the same hits.
    String withoutFacets = rows.get(2);
    assertThat(withoutFacets)
        .startsWith("| foiarchive: search with highlighting, without facets |");
    assertThat(cells(withoutFacets)[1]).matches(MS_PAIR);
    assertThat(cells(withoutFacets)[2]).matches(MS_PAIR);
    assertThat(cells(withoutFacets)[6]).isEqualTo(cells(foiarchive)[6]);
    assertThat(cells(withoutFacets)[7]).isEqualTo(cells(foiarchive)[7]);

    String lucene = rows.get(3);
    assertThat(lucene).startsWith("| Lucene 10.").contains("top 10 with stored text");
    assertThat(cells(lucene)[1]).matches(MS_PAIR);
    assertThat(cells(lucene)[3]).matches("[\\d,]+");
    assertThat(cells(lucene)[6]).matches(SCORE);
    assertThat(rows.get(4)).contains("UnifiedHighlighter");
    assertThat(cells(rows.get(4))[1]).matches(MS_PAIR);

    assertThat(rows.get(5)).startsWith("| Xapian | not run: ").contains("python3-xapian");
    assertThat(work.resolve("passages-600.txt")).exists();
    assertThat(Files.readAllLines(work.resolve("passages-600.txt"))).hasSize(600);
  }

  /** Needs Debian's python3-xapian, which .ci/run installs: this test must run there. */
  @Test
  void comparesWithXapianAsWhatDoTheyKnowRunsItAndWithItsOwnDefault(@TempDir Path work)
      throws Exception {
    CommandLineIT.Run run = compare(work, "/usr/bin/python3");

    assertThat(run.status()).as(run.err()).isZero();
    List<String> rows = run.out().lines().skip(3).toList();
    assertThat(rows).hasSize(7).allSatisfy(row -> assertThat(row.split("\\|", -1)).hasSize(10));
    String and = rows.get(5);
    String or = rows.get(6);
    assertThat(and).startsWith("| Xapian 1.").contains("STEM_SOME, AND (as WhatDoTheyKnow)");
    assertThat(or).startsWith("| Xapian 1.").contains("STEM_SOME, OR (Xapian's default)");
    for (String row : List.of(and, or)) {
      assertThat(cells(row)[1]).matches(MS_PAIR);
      assertThat(cells(row)[6]).matches(SCORE);
    }
    // One index serves both: its ingest is given once, on the first row.
    assertThat(cells(and)[3]).matches("[\\d,]+");
    assertThat(cells(or)[3]).isEmpty();
    // Any word rather than every word: the held-out questions, worded as people ask, find their
    // quotes only when Xapian may rank passages that lack some of the question's words.
    assertThat(Double.parseDouble(cells(or)[7])).isGreaterThan(Double.parseDouble(cells(and)[7]));
  }

  /**
   * With a split, only one half's questions are asked: the engines are compared on questions the
   * ranking was not tuned on.
   */
  @Test
  void asksOnlyTheQuestionsOfTheHalfItIsGiven(@TempDir Path work) throws Exception {
    String split = "src/test/resources/eval/split.tsv";
    long frozen =
        Files.readAllLines(Path.of(split)).stream()
            .map(line -> line.split("\t"))
            .filter(cols -> cols[1].equals("frozen") && cols[2].equals("dev-queries-2.tsv"))
            .count();

    CommandLineIT.Run run =
        compare(
            work,
            work.resolve("no-such-python").toString(),
            "../shared/eval/dev-queries-2.tsv",
            "--split",
            split,
            "--half",
            "frozen");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(frozen).isPositive();
    assertThat(run.out().lines().findFirst().orElseThrow())
        .startsWith("compare: 600 passages, " + frozen + " questions (the frozen half)");
    assertThat(Files.readAllLines(work.resolve("questions.txt"))).hasSize((int) frozen);
  }

  /**
   * With ranks, each question's rank in each engine that ran follows the table, agreeing with the
   * table's Recall@10: where one engine places an answer above another, question by question.
   */
  @Test
  void printsEachQuestionsRankInEachEngineAfterTheTable(@TempDir Path work) throws Exception {
    CommandLineIT.Run run =
        compare(
            work,
            work.resolve("no-such-python").toString(),
            "src/test/resources/eval/heldout-queries.tsv",
            "--ranks");

    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    List<String> table = lines.subList(3, 9);
    assertThat(table.getLast()).startsWith("| Xapian | not run: ");
    assertThat(lines.get(9)).isEmpty();
    assertThat(cells(lines.get(10)))
        .startsWith("question", "foiarchive: search with highlighting and facets")
        .hasSize(6)
        .doesNotContain("Xapian");
    List<String> ranks = lines.subList(12, lines.size());
    assertThat(ranks)
        .hasSize(15)
        .allSatisfy(row -> assertThat(row).matches("\\| H\\d+ \\|( (\\d+|-) \\|){5}"));
    for (int engine = 0; engine < 5; engine++) {
      int column = engine + 1;
      long inTopTen = ranks.stream().filter(row -> !cells(row)[column].equals("-")).count();
      assertThat(String.format(Locale.ROOT, "%.2f", inTopTen / 15.0))
          .as(table.get(engine))
          .isEqualTo(cells(table.get(engine))[7]);
    }
  }

  /**
   * With pairs, foiarchive's row and bare Lucene's with highlighting are asked again, back to back,
   * and each pair's ratio is printed after the table: a ratio both sides of which ran under the
   * same load.
   */
  @Test
  void asksTheRatioRowsAgainInPairsAndPrintsEachPairsRatio(@TempDir Path work) throws Exception {
    CommandLineIT.Run run =
        compare(
            work,
            work.resolve("no-such-python").toString(),
            "src/test/resources/eval/heldout-queries.tsv",
            "--pairs",
            "3");

    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(lines.size() - 2)).startsWith("| Xapian | not run: ");
    assertThat(lines.getLast())
        .matches(
            "pairs: foiarchive's CPU over Lucene \\+ UnifiedHighlighter's, p50 / p99, 3 pairs each"
                + " asked back to back in fresh JVMs: (\\d+\\.\\d\\d× / \\d+\\.\\d\\d×(, )?){3};"
                + " median \\d+\\.\\d\\d× / \\d+\\.\\d\\d×; load average .+ before, .+ after");
    // The table's four Java rows, then three pairs of two, each in a JVM of its own.
    Matcher asked = ASKED_IN.matcher(run.err());
    Set<Long> jvms = new HashSet<>();
    while (asked.find()) {
      jvms.add(Long.parseLong(asked.group(1)));
    }
    assertThat(jvms).as(run.err()).hasSize(4 + 3 * 2);
  }

  @Test
  void negativePairsAreAUsageError(@TempDir Path work) {
    CommandLineIT.Run run =
        CommandLineIT.run("bench", "compare", "--work", work.toString(), "--pairs", "-1");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--pairs at least 0");
  }

  @Test
  void aHalfWithoutASplitIsAUsageError(@TempDir Path work) {
    CommandLineIT.Run run =
        CommandLineIT.run("bench", "compare", "--work", work.toString(), "--half", "frozen");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--half needs --split");
  }

  @Test
  void badRoundsAreAUsageError(@TempDir Path work) {
    CommandLineIT.Run run =
        CommandLineIT.run("bench", "compare", "--work", work.toString(), "--rounds", "0");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--rounds must be at least 1");
  }

  @Test
  void aHeapJavaCannotTakeIsAUsageError(@TempDir Path work) {
    CommandLineIT.Run run =
        CommandLineIT.run(
            "bench", "compare", "--work", work.toString(), "--query-heap", "half a gig");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--query-heap takes a size");
  }

  /** {@code bench compare} on 600 generated passages and the held-out questions, briefly timed. */
  private static CommandLineIT.Run compare(Path work, String python) {
    return compare(work, python, "src/test/resources/eval/heldout-queries.tsv");
  }

  /** {@code bench compare} on 600 generated passages and these questions, briefly timed. */
  private static CommandLineIT.Run compare(
      Path work, String python, String queries, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "bench",
                "compare",
                "--size",
                "600",
                "--work",
                work.toString(),
                "--warmup",
                "1",
                "--rounds",
                "2",
                "--queries",
                queries,
                "--python",
                python));
    args.addAll(List.of(more));
    return CommandLineIT.run(args.toArray(String[]::new));
  }

  private static String[] cells(String row) {
    String[] cells = row.split("\\|", -1);
    String[] inner = new String[cells.length - 2];
    for (int i = 1; i < cells.length - 1; i++) {
      inner[i - 1] = cells[i].strip();
    }
    return inner;
  }
}
