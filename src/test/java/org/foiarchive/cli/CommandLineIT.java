package org.foiarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiarchive.corpus.SourceManifest;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line as a user runs it: exit statuses, one-line errors, and the output of each
 * command.
 */
class CommandLineIT {
  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli =
        FoiArchiveCommand.commandLine(
            springArguments -> {
              throw new AssertionError("these tests never start the server");
            });
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void searchPrintsPassagesWithWhoSaidThemAndWhereToCheck() {
    Run run =
        run(
            "search",
            "--index",
            TestArchive.index().toString(),
            "--limit",
            "2",
            "bogus",
            "employers");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains(
            "1. Request To The Information Commissioner's Office",
            "bogus employers",
            "in context: /doc/ico-reply-universal-jobmatch-privacy#p",
            "source: http://criticalestoppel.blogspot.co.uk/2013/03/foir-regarding-universal-jobmatch.html");
  }

  @Test
  void searchNamesTheOtherPassagesOfWordsFoundTwice() {
    Run run =
        run(
            "search",
            "--index",
            TestArchive.index().toString(),
            "--limit",
            "1",
            "signing up for Universal Jobmatch position");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("With regard to signing up for Universal Jobmatch i wish to make my position")
        .containsPattern("same words also in: wdtk-mandated-access-universal-jobmatch-p\\d+");
  }

  @Test
  void searchJsonIsTheApiShape() throws Exception {
    Run run =
        run(
            "search",
            "--json",
            "--index",
            TestArchive.index().toString(),
            "--limit",
            "3",
            "cookies");
    assertThat(run.status()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertThat(json.get("query").asString()).isEqualTo("cookies");
    assertThat(json.get("hits")).hasSize(3);
    assertThat(json.get("hits").get(0).has("highlight")).isTrue();
    assertThat(json.get("facets").has("topic")).isTrue();
  }

  @Test
  void badUsageExitsTwoWithAOneLineReason() {
    Run run = run("search", "--limit", "0", "x");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--limit must be between 1 and 100").doesNotContain("\tat ");
    assertThat(run("search").status()).isEqualTo(2);
    assertThat(run("frobnicate").status()).isEqualTo(2);
  }

  @Test
  void failureExitsOneWithAOneLineReasonAndNoStackTrace(@TempDir Path empty) {
    Run run = run("search", "--index", empty.toString(), "anything");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().strip())
        .startsWith("foiarchive search: no index in")
        .contains("run 'foiarchive ingest' first");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void everyCommandHasHelpWithAnExample() {
    for (String command : List.of("serve", "ingest", "search", "import", "eval", "bench")) {
      Run run = run(command, "--help");
      assertThat(run.status()).as(command).isZero();
      assertThat(run.out())
          .as(command)
          .contains("Usage: foiarchive " + command)
          .contains("Example");
    }
  }

  @Test
  void importAddsAFileOnceAndIngestIndexesIt(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus");
    Path file = dir.resolve("reply.txt");
    Files.writeString(
        file, "Our Ref: VTR 9999\n\nAccess to your Universal Jobmatch account is voluntary.\n");
    Run added =
        run(
            "import",
            file.toString(),
            "--corpus",
            corpus.toString(),
            "--kind",
            "foi-response",
            "--publisher",
            "Department for Work and Pensions",
            "--title",
            "Reply 9999",
            "--date",
            "2013-07-01");
    assertThat(added.status()).as(added.err()).isZero();
    assertThat(added.out()).contains("added", "as 'reply-9999'");
    Run again = run("import", file.toString(), "--corpus", corpus.toString());
    assertThat(again.out()).contains("already in the corpus as 'reply-9999'");
    assertThat(SourceManifest.load(corpus).sources()).hasSize(1);

    Run ingest =
        run("ingest", "--corpus", corpus.toString(), "--index", dir.resolve("index").toString());
    assertThat(ingest.status()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("1 sources: 1 documents", "0 failed");
    Run search = run("search", "--index", dir.resolve("index").toString(), "ref:\"FOI 9999\"");
    assertThat(search.out()).contains("Reply 9999", "voluntary");
  }

  @Test
  void aTopicGivenByHandOnImportHoldsForEachPassageOfTheDocument(@TempDir Path dir)
      throws Exception {
    Path corpus = dir.resolve("corpus");
    Path file = dir.resolve("letter.txt");
    Files.writeString(
        file, "The appointment is on Tuesday at ten.\n\nPlease bring your diary with you.\n");
    Run added =
        run(
            "import",
            file.toString(),
            "--corpus",
            corpus.toString(),
            "--kind",
            "foi-response",
            "--title",
            "Appointment letter",
            "--topic",
            "mandation");
    assertThat(added.status()).as(added.err()).isZero();
    Run ingest =
        run("ingest", "--corpus", corpus.toString(), "--index", dir.resolve("index").toString());
    assertThat(ingest.status()).as(ingest.err()).isZero();

    // Neither paragraph says anything a topic query would find; the hand-given topic still files
    // both.
    Run diary =
        run("search", "--index", dir.resolve("index").toString(), "--topic", "mandation", "diary");
    assertThat(diary.out()).contains("Appointment letter", "bring your diary");
    Run tuesday =
        run(
            "search",
            "--index",
            dir.resolve("index").toString(),
            "--topic",
            "mandation",
            "tuesday");
    assertThat(tuesday.out()).contains("appointment is on Tuesday");
    Run other =
        run("search", "--index", dir.resolve("index").toString(), "--topic", "cookies", "diary");
    assertThat(other.out()).doesNotContain("bring your diary");
  }

  @Test
  void importRejectsAnUnknownKindWithoutTouchingTheCorpus(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("x.txt");
    Files.writeString(file, "text");
    Run run =
        run(
            "import",
            file.toString(),
            "--corpus",
            dir.resolve("corpus").toString(),
            "--kind",
            "gossip");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("unknown kind 'gossip'");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(dir.resolve("corpus").resolve(SourceManifest.FILE)).doesNotExist();
  }

  @Test
  void everyUsageErrorIsOneLineNamingTheCommandWithExitTwo(@TempDir Path dir) {
    Run unknown = run("frobnicate");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err())
        .startsWith("foiarchive: unknown command 'frobnicate'")
        .doesNotContain("foiarchive foiarchive");
    Run kind =
        run("search", "--index", TestArchive.index().toString(), "--kind", "bogus", "consent");
    assertThat(kind.status()).isEqualTo(2);
    assertThat(kind.err()).startsWith("foiarchive search: ").contains("unknown kind 'bogus'");
    assertThat(kind.out()).doesNotContain("No passages found");
    for (Run usage : List.of(unknown, kind, run("search", "--limit", "0", "x"), run("search"))) {
      assertThat(usage.status()).isEqualTo(2);
      assertThat(usage.err().lines()).as(usage.err()).hasSize(1);
      assertThat(usage.err()).doesNotContain("\tat ");
    }
  }

  @Test
  void aMissingCorpusIsAnErrorNamingItAndLeavesTheIndexAlone(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-corpus");
    Run run =
        run("ingest", "--corpus", missing.toString(), "--index", dir.resolve("index").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("no corpus folder at " + missing.toAbsolutePath());
    assertThat(dir.resolve("index")).doesNotExist();
  }

  @Test
  void theCommandListInHelpGivesWholeSentences() {
    Run help = run("--help");
    assertThat(help.status()).isZero();
    // Each command's entry: its line ("  name  Summary...") and the more deeply indented lines it
    // wraps onto.
    Map<String, String> summaries = new LinkedHashMap<>();
    String current = null;
    for (String line :
        help.out().substring(help.out().indexOf("Commands:")).lines().skip(1).toList()) {
      Matcher entry = Pattern.compile("^  (\\w+)\\s+(.*)$").matcher(line);
      if (entry.matches()) {
        current = entry.group(1);
        summaries.put(current, entry.group(2).strip());
      } else if (current != null && !line.isBlank()) {
        summaries.merge(current, line.strip(), (a, b) -> a + " " + b);
      }
    }
    assertThat(summaries)
        .containsKeys("serve", "ingest", "fetch", "search", "import", "eval", "bundle", "bench");
    summaries.forEach((name, summary) -> assertThat(summary).as(name).endsWith("."));
  }

  @Test
  void searchPrintsEachPassagesIdForBundle(@TempDir Path dir) {
    Run run =
        run(
            "search",
            "--index",
            TestArchive.index().toString(),
            "--limit",
            "2",
            "bogus",
            "employers");
    Matcher passage = Pattern.compile("passage: ([a-z0-9-]+-p\\d+) ").matcher(run.out());
    assertThat(passage.find()).as(run.out()).isTrue();
    Run bundle =
        run(
            "bundle",
            "--index",
            TestArchive.index().toString(),
            "--out",
            dir.resolve("b.pdf").toString(),
            passage.group(1));
    assertThat(bundle.status()).as(bundle.err()).isZero();
  }

  @Test
  void importRefusesAnAddressThatIsNotHttp(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("x.txt");
    Files.writeString(file, "text");
    for (String url :
        List.of("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "example.org/x")) {
      Run run =
          run(
              "import",
              file.toString(),
              "--corpus",
              dir.resolve("corpus").toString(),
              "--url",
              url);
      assertThat(run.status()).as(url).isEqualTo(2);
      assertThat(run.err()).as(url).contains("not an http or https address");
    }
    assertThat(dir.resolve("corpus").resolve(SourceManifest.FILE)).doesNotExist();
    assertThat(
            run(
                    "import",
                    file.toString(),
                    "--corpus",
                    dir.resolve("corpus").toString(),
                    "--url",
                    "https://www.whatdotheyknow.com/request/example")
                .status())
        .isZero();
  }

  @Test
  void importRefusesSymbolicLinksUnlessToldAndNeverOutOfTheirFolder(@TempDir Path dir)
      throws Exception {
    Path secrets = Files.createDirectories(dir.resolve("secrets"));
    Path secret = Files.writeString(secrets.resolve("passwd"), "root:x:0:0\n");
    Path folder = Files.createDirectories(dir.resolve("replies"));
    Path reply =
        Files.writeString(folder.resolve("reply.txt"), "Access to your account is voluntary.\n");
    Path outward = Files.createSymbolicLink(folder.resolve("passwd.txt"), secret);
    Path inward = Files.createSymbolicLink(folder.resolve("latest.txt"), reply);
    Path corpus = dir.resolve("corpus");

    Run refused = run("import", outward.toString(), "--corpus", corpus.toString());
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.err()).contains("is a symbolic link").contains("--follow-symlinks");
    Run outside =
        run("import", outward.toString(), "--corpus", corpus.toString(), "--follow-symlinks");
    assertThat(outside.status()).isEqualTo(1);
    assertThat(outside.err()).contains("outside");
    assertThat(corpus.resolve(SourceManifest.FILE)).doesNotExist();

    Run followed =
        run("import", inward.toString(), "--corpus", corpus.toString(), "--follow-symlinks");
    assertThat(followed.status()).as(followed.err()).isZero();
    assertThat(SourceManifest.load(corpus).sources()).hasSize(1);
  }

  @Test
  void evalPrintsATableAndTheScoresLast(@TempDir Path dir) throws Exception {
    Path tsv = dir.resolve("q.tsv");
    Files.writeString(
        tsv,
        "id\tquery\tseed_file\tquote\n"
            + "T1\tbogus employers\t004.txt\tguard against bogus employers\n"
            + "T2\tzzzz nothing\t004.txt\tthis quote is nowhere\n");
    Run run = run("eval", tsv.toString(), "--index", TestArchive.index().toString());
    assertThat(run.status()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.getLast()).isEqualTo("MRR@10=0.50 Recall@10=0.50");
    assertThat(run.out()).contains("T1", "T2");
    // Each half's figures to three places: a ranking change often moves them by less than 0.01.
    Path split = dir.resolve("split.tsv");
    Files.writeString(split, "id\thalf\nT1\tfrozen\nT2\ttuning\n");
    Run halves =
        run(
            "eval",
            tsv.toString(),
            "--index",
            TestArchive.index().toString(),
            "--split",
            split.toString());
    assertThat(halves.out().lines())
        .contains(
            String.format(
                "%-28s %3d queries  %s", "half frozen", 1, "MRR@10=1.000 Recall@10=1.000"),
            String.format(
                "%-28s %3d queries  %s", "half tuning", 1, "MRR@10=0.000 Recall@10=0.000"))
        .contains(
            "interval half frozen: MRR@10 1.000 to 1.000, Recall@10 1.000 to 1.000 (95% of 10,000"
                + " resamples of its 1 query)")
        .last()
        .isEqualTo("MRR@10=0.50 Recall@10=0.50");
    // One query found and one missed: a set drawn from them may hold either twice, so the figures
    // could be anything from nothing to everything.
    assertThat(lines.get(lines.size() - 2))
        .isEqualTo(
            "interval all: MRR@10 0.000 to 1.000, Recall@10 0.000 to 1.000 (95% of 10,000"
                + " resamples of its 2 queries)");
    assertThat(lines)
        .anySatisfy(
            l -> assertThat(l).startsWith("T1").contains("ico-reply-universal-jobmatch-privacy-p"));
  }

  @Test
  void evalExplainSaysWhereAQuoteBeyondTheTopTenRanks(@TempDir Path dir) throws Exception {
    // The quote's passage mentions jobmatch once, among a hundred passages that mention it more.
    Path tsv = dir.resolve("q.tsv");
    Files.writeString(
        tsv,
        "id\tquery\tseed_file\tquote\n"
            + "T1\tbogus employers\t004.txt\tguard against bogus employers\n"
            + "T2\tjobmatch\tx.txt\tWhere you have explained the benefits to claimants of"
            + " creating a profile\n"
            + "T3\tcookies\tx.txt\tthis quote is nowhere\n");
    Run run = run("eval", tsv.toString(), "--index", TestArchive.index().toString(), "--explain");
    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).noneMatch(l -> l.startsWith("T1:"));
    String deep = lines.stream().filter(l -> l.startsWith("T2:")).findFirst().orElseThrow();
    assertThat(deep)
        .matches(
            "T2: quote at rank \\d+; expected work-programme-first-jobcentre-appointment-p10 .*")
        .contains("wording OTHER");
    assertThat(Integer.parseInt(deep.replaceFirst("T2: quote at rank (\\d+);.*", "$1")))
        .isGreaterThan(10);
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).startsWith("T3: quote not among the matches; expected -"));
    // Each quote below the ten, pass by pass: where the search lost it.
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l).matches("T2: stages candidate \\d+ of \\d+; exact .* reranked \\d+"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("T3: stages candidate - of "));
    assertThat(lines.getLast()).isEqualTo("MRR@10=0.33 Recall@10=0.33");
  }

  @Test
  void evalWithoutAMechanismRanksWithItSwitchedOff(@TempDir Path dir) throws Exception {
    // "NI number" reaches "National Insurance number" through related-words.txt only.
    Path tsv = dir.resolve("q.tsv");
    Files.writeString(
        tsv, "id\tquery\tseed_file\tquote\n" + "T1\tNI number\tx.txt\tNational Insurance number\n");
    String index = TestArchive.index().toString();
    Run with = run("eval", tsv.toString(), "--index", index);
    Run without = run("eval", tsv.toString(), "--index", index, "--without", "related-words");
    assertThat(with.status()).as(with.err()).isZero();
    assertThat(without.status()).as(without.err()).isZero();
    assertThat(with.out().lines().toList().getLast()).startsWith("MRR@10=1.00");
    assertThat(without.out()).startsWith("ranked without: related-words");
    assertThat(without.out().lines().toList().getLast())
        .startsWith("MRR@10=0.")
        .isNotEqualTo(with.out().lines().toList().getLast());
  }

  @Test
  void evalRefusesAMechanismItDoesNotKnowWithExitTwo(@TempDir Path dir) throws Exception {
    Path tsv = dir.resolve("q.tsv");
    Files.writeString(tsv, "id\tquery\tseed_file\tquote\nT1\tcookies\tx.txt\tcookies\n");
    Run run =
        run(
            "eval",
            tsv.toString(),
            "--index",
            TestArchive.index().toString(),
            "--without",
            "glossary,magic");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains("'magic' is not a ranking mechanism: related-words, glossary")
        .doesNotContain("\tat ");
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  @Test
  void searchTakesTopicAndKindFilters() throws Exception {
    Run run =
        run(
            "search",
            "--json",
            "--index",
            TestArchive.index().toString(),
            "--limit",
            "20",
            "--topic",
            "cookies",
            "--kind",
            "forum",
            "consent");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode hits = JsonMapper.builder().build().readTree(run.out()).get("hits");
    assertThat(hits.size()).isPositive();
    for (JsonNode hit : hits) {
      assertThat(hit.get("kind").asString()).isEqualTo("forum");
      assertThat(hit.get("topics").toString()).contains("\"cookies\"");
    }
    Run none =
        run(
            "search",
            "--index",
            TestArchive.index().toString(),
            "--topic",
            "no-such-topic",
            "cookies");
    assertThat(none.status()).isZero();
    assertThat(none.out()).contains("No passages found");
  }
}
