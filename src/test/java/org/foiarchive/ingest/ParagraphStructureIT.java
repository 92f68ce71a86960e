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
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Provenance;
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
import org.foiarchive.testing.TestDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The right paragraph of a page: a numbered title's number goes on the paragraph it numbers, and a
 * heading line of a page saved one paragraph a line heads its paragraph instead of joining its
 * first sentence. Files of our own wording (a PDF, an HTML page, a text file), imported, read by
 * Tika, ingested and searched.
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
    Files.createDirectories(corpus);
    Files.copy(Path.of("corpus", Corpus.TOPICS_FILE), corpus.resolve(Corpus.TOPICS_FILE));
    CorpusImporter importer = new CorpusImporter();
    importer.importFile(
        corpus,
        write(
            "guidance.pdf",
            TestDocuments.pdf(
                List.of(
                    "21594 A wombat diary is one kind of evidence of looking for work.",
                    "",
                    "21595 Wombat diaries",
                    "",
                    "The claimant may keep the wombat diary in any form they choose, on paper or"
                        + " online.",
                    "",
                    "21596 The decision maker weighs the wombat diary with the rest of the"
                        + " evidence."))),
        facts("guidance", "Department for Work and Pensions", "Decision Makers Guide"));
    importer.importFile(
        corpus,
        write(
            "reply.html",
            ("<!DOCTYPE html><html><head><title>Quokka reply</title></head><body>"
                    + "<p>Q2 Quokka rooms</p><p>Every jobcentre has a quokka room on the ground"
                    + " floor.</p><p>Q3 Quokka interviews</p><p>Going to a quokka interview is"
                    + " voluntary and nobody loses benefit for saying no.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8)),
        facts("foi-response", "Department for Work and Pensions", "Quokka reply"));
    importer.importFile(
        corpus,
        write(
            "numbat-grants.txt",
            String.join(
                    "\n",
                    "Numbat Grants",
                    "A numbat grant pays the first month's rent for people moving into work.",
                    "Numbat Grants and Universal Credit",
                    "Most new claims for a numbat grant are now made in the Universal Credit"
                        + " journal, not to the council.",
                    "How to apply",
                    "Ask your work coach for the numbat grant form.",
                    "Bilby Allowance Appeals",
                    "You have a month to ask for a bilby decision to be looked at again.")
                .getBytes(StandardCharsets.UTF_8)),
        facts("guidance", "Example Borough Council", "Numbat Grants"));
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
  void aGuidanceParagraphNumberedAboveItsTitleIsFoundByItsNumberWithItsText() throws Exception {
    SearchHit first = first("DMG 21595");
    assertThat(first.paragraph()).isEqualTo("21595");
    assertThat(first.text()).startsWith("The claimant may keep the wombat diary in any form");
    assertThat(first.heading()).isEqualTo("21595 Wombat diaries");

    IndexedDocument doc = searcher.documentInfo(first.docId()).orElseThrow();
    String citation =
        CitationFormat.TEXT.format(Citation.of(first, doc, "", LocalDate.of(2026, 12, 1)));
    assertThat(citation).contains("para 21595").contains("/p/" + first.passageId() + ">");
  }

  @Test
  void aQuestionNumberGoesOnItsAnswerNotOnTheQuestionsTitle() {
    List<SearchHit> hits = hits("Q3 quokka interviews");
    assertThat(hits.getFirst().paragraph()).isEqualTo("Q3");
    assertThat(hits.getFirst().text()).startsWith("Going to a quokka interview is voluntary");
    assertThat(hits)
        .filteredOn(h -> h.text().equals("Q3 Quokka interviews"))
        .allSatisfy(title -> assertThat(title.paragraph()).isNull());
  }

  @Test
  void aHeadingLineHeadsItsParagraphAndIsNotRankedAboveIt() {
    List<SearchHit> hits = hits("numbat grants universal credit");
    SearchHit first = hits.getFirst();
    assertThat(first.text()).startsWith("Most new claims for a numbat grant");
    assertThat(first.heading()).isEqualTo("Numbat Grants and Universal Credit");
    assertThat(hits)
        .extracting(SearchHit::text)
        .doesNotContain("Numbat Grants and Universal Credit Most new claims")
        .noneMatch(text -> text.startsWith("Numbat Grants and Universal Credit Most"));
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

  private SearchHit first(String query) {
    return hits(query).getFirst();
  }

  private List<SearchHit> hits(String query) {
    List<SearchHit> hits = searcher.search(SearchRequest.of(query, 10)).hits();
    assertThat(hits).as(query).isNotEmpty();
    return hits;
  }

  private static CorpusImporter.Metadata facts(String kind, String publisher, String title) {
    return new CorpusImporter.Metadata(
        null,
        new Provenance(
            null,
            SourceKind.fromId(kind).orElse(null),
            publisher,
            null,
            title,
            PartialDate.parseOrNull("2020-01-01"),
            List.of(),
            List.of()),
        null,
        null);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = work.resolve(name);
    Files.write(file, bytes);
    return file;
  }
}
