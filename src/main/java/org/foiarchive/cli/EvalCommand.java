package org.foiarchive.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.foiarchive.ingest.RelevanceEvaluation;
import org.foiarchive.search.LuceneArchiveSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eval}: scores relevance on a query set. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {
      "Scores search on a query set: a TSV with the columns id, query, seed_file, quote (more are ignored).",
      "A query scores when a passage in its top 10 contains the quote. Prints a table (rank, reciprocal rank,",
      "the passage holding the quote or, for a miss, the passage ranked first), then",
      "'MRR@10=0.xx Recall@10=0.xx' as the last line.",
      "",
      "Example:",
      "  foiarchive eval ../shared/eval/dev-queries.tsv"})
public final class EvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE.tsv", description = "The query set.")
  Path file;

  @Mixin
  ArchiveOptions archive;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    var cases = RelevanceEvaluation.read(file);
    try (LuceneArchiveSearcher searcher = Searchers.open(archive.index)) {
      RelevanceEvaluation.Score score = RelevanceEvaluation.run(searcher, cases);
      out.printf("%-6s %5s %6s  %-52s %s%n", "id", "rank", "RR", "quote found in (or, if missed, ranked first)", "query");
      for (RelevanceEvaluation.Outcome o : score.outcomes()) {
        String where = o.found() != null ? o.found() : o.first() == null ? "-" : "(" + o.first() + ")";
        out.printf(Locale.ROOT, "%-6s %5s %6.2f  %-52s %s%n", o.query().id(),
            o.rank() == 0 ? "-" : String.valueOf(o.rank()), o.reciprocalRank(), where, o.query().query());
      }
      out.println(score.summaryLine());
    }
    out.flush();
    return 0;
  }
}
