package org.foiarchive.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiarchive.testing.WrittenDocuments.addForumThread;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.index.LuceneArchiveWriter;
import org.foiarchive.ingest.RelevanceEvaluation;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.tag.ReferenceRecognizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench query --queries} reads relevance on the index it times, so a faster search is seen
 * not to cost it: MRR@10 and Recall@10 of the questions' quotes, as {@code bench compare} reads
 * them.
 */
class QueryBenchmarkIT {
  @TempDir Path dir;

  @Test
  void theQuestionsOfQuerySetsAreScoredByTheirQuotes() throws Exception {
    IndexLocation location = new IndexLocation(dir);
    ArchiveAnalyzers analyzers = new ArchiveAnalyzers();
    try (LuceneArchiveWriter writer = new LuceneArchiveWriter(location, analyzers)) {
      addForumThread(writer, "consent", "Registering on the job site is voluntary for claimants.");
      addForumThread(writer, "hours", "The adviser may ask for 35 hours of job search a week.");
      writer.commit(Map.of());
    }
    List<RelevanceEvaluation.Case> cases =
        List.of(
            new RelevanceEvaluation.Case(
                "Q1", "is the job site voluntary", "", "job site is voluntary", "consent"),
            new RelevanceEvaluation.Case(
                "Q2", "sanctions for late rent", "", "no passage says this", "sanctions"));
    List<SearchRequest> requests =
        cases.stream().map(c -> SearchRequest.of(c.query(), 10)).toList();
    StringWriter out = new StringWriter();

    QueryBenchmark.run(
        () ->
            new LuceneArchiveSearcher(
                location,
                analyzers,
                new ReferenceRecognizer(),
                LuceneArchiveSearcher.SEARCH_TIMEOUT_MILLIS),
        requests,
        cases,
        1,
        new PrintWriter(out));

    assertThat(out.toString()).contains("query: MRR@10 0.500, Recall@10 0.500");
  }
}
