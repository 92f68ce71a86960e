package org.foiarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.foiarchive.cite.Citation;
import org.foiarchive.cite.CitationFormat;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.Ranking;
import org.foiarchive.search.RankingMechanism;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.CorpusFiles;
import org.foiarchive.testing.ImportFacts;
import org.foiarchive.testing.TestDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The right paragraph of a page: a statement printed without its full stop is a paragraph under the
 * numbered paragraph above it, not a heading, and a heading gives way to the paragraph it heads.
 * Files of our own wording (a PDF and an HTML page), imported, read by Tika, ingested and searched,
 * beside the same index ranked with the headings mechanism switched off.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParagraphStructureIT {
  private Path work;
  private LuceneArchiveSearcher searcher;
  private LuceneArchiveSearcher withoutHeadings;

  @BeforeAll
  void importAndIngest(@TempDir Path dir) throws Exception {
    work = dir;
    Path corpus = work.resolve("corpus");
    CorpusFiles.withShippedTopics(corpus);
    CorpusImporter importer = new CorpusImporter();
    importer.importFile(
        corpus,
        write(
            "guidance.pdf",
            TestDocuments.pdf(
                List.of(
                    "21594 A wombat diary is one kind of evidence of looking for work.",
                    "",
                    "21596 The decision maker weighs the wombat diary with the rest of the"
                        + " evidence.",
                    "",
                    "The onus is on the claimant to keep the wombat diary up to date",
                    "",
                    "My comment",
                    "",
                    "Nobody has to show the diary to an employer."))),
        ImportFacts.of(
            SourceKind.GUIDANCE,
            "Department for Work and Pensions",
            "Decision Makers Guide",
            "2020-01-01"));
    importer.importFile(
        corpus,
        write(
            "appeals.html",
            ("<!DOCTYPE html><html><head><title>Appeals</title></head><body>"
                    + "<h2>Bilby Allowance Appeals</h2>"
                    + "<p>You have a month to ask for a bilby decision to be looked at again.</p>"
                    + "</body></html>")
                .getBytes(StandardCharsets.UTF_8)),
        ImportFacts.of(SourceKind.GUIDANCE, "Example Borough Council", "Appeals", "2020-01-01"));
    new IngestPipeline(new ArchiveAnalyzers())
        .run(Corpus.open(corpus), new IndexLocation(work.resolve("index")), IngestListener.SILENT);
    searcher =
        new LuceneArchiveSearcher(
            new IndexLocation(work.resolve("index")),
            new ArchiveAnalyzers(),
            new ReferenceRecognizer());
    withoutHeadings =
        new LuceneArchiveSearcher(
            new IndexLocation(work.resolve("index")),
            new ArchiveAnalyzers(),
            new ReferenceRecognizer(),
            Ranking.DEFAULT.without(Set.of(RankingMechanism.HEADINGS)),
            LuceneArchiveSearcher.SEARCH_TIMEOUT_MILLIS);
  }

  @AfterAll
  void close() {
    searcher.close();
    withoutHeadings.close();
  }

  @Test
  void aStatementWithoutItsFullStopIsFoundByTheParagraphNumberAboveIt() throws Exception {
    List<SearchHit> hits = searcher.search(SearchRequest.of("DMG 21596", 10)).hits();
    assertThat(hits)
        .extracting(SearchHit::text)
        .startsWith(
            "21596 The decision maker weighs the wombat diary with the rest of the evidence.",
            "The onus is on the claimant to keep the wombat diary up to date");
    SearchHit first = hits.get(1);

    IndexedDocument doc = searcher.documentInfo(first.docId()).orElseThrow();
    String citation =
        CitationFormat.TEXT.format(Citation.of(first, doc, "", LocalDate.of(2026, 12, 1)));
    assertThat(citation).contains("/p/" + first.passageId() + ">");
  }

  @Test
  void aLoneHeadingGivesWayToTheParagraphItHeads() {
    String query = "bilby allowance appeals";
    assertThat(texts(withoutHeadings, query))
        .as("on words alone the heading, holding every word asked, comes first")
        .startsWith("Bilby Allowance Appeals");
    assertThat(texts(searcher, query))
        .startsWith(
            "You have a month to ask for a bilby decision to be looked at again.",
            "Bilby Allowance Appeals");
  }

  private static List<String> texts(LuceneArchiveSearcher s, String query) {
    return s.search(SearchRequest.of(query, 10)).hits().stream().map(SearchHit::text).toList();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = work.resolve(name);
    Files.write(file, bytes);
    return file;
  }
}
