package org.foiarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.search.LuceneArchiveSearcher;
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
 * Headings and lists set on lines of their own without blank lines between them, as a web page's
 * text copied as it shows and a leaflet printed to PDF have them, and words hyphenated over a
 * printed line's end: files of our own wording, imported, read by Tika, ingested and searched. The
 * paragraph that answers is found on its own, under its heading, not glued to the heading or to the
 * list before it, and its words are found whole.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageLayoutIT {
  private Path work;
  private LuceneArchiveSearcher searcher;

  @BeforeAll
  void importAndIngest(@TempDir Path dir) throws Exception {
    work = dir;
    Path corpus = work.resolve("corpus");
    CorpusFiles.withShippedTopics(corpus);
    CorpusImporter importer = new CorpusImporter();
    importer.importFile(
        corpus,
        write(
            "bilby-allowance.txt",
            String.join(
                    "\n",
                    "About Bilby Allowance",
                    "A local benefit paid by the council to help with the cost of keeping a bilby",
                    "Bilby Allowance can help with the cost of your bilby if you:",
                    "- have a low income",
                    "- live with the bilby",
                    "Bilby Allowance and Universal Credit",
                    "Most new claims for help with the cost of a bilby from people of working age"
                        + " now go through Universal Credit, which pays it as a bilby element with"
                        + " the rest of the claim, so the council can no longer take them.",
                    "You may lose money if you claim Universal Credit late.")
                .getBytes(StandardCharsets.UTF_8)),
        ImportFacts.of(
            SourceKind.GUIDANCE, "Example Borough Council", "About Bilby Allowance", "2020-01-01"));
    importer.importFile(
        corpus,
        write(
            "quokka-sanctions.pdf",
            TestDocuments.pdf(
                List.of(
                    "QUOKKA SANCTIONS",
                    "A sanction is the reduction or removal of Quokka Allowance for a fixed",
                    "period due to some breach of the rules of the claim, for example:",
                    "Leaving a quokka sanctuary job voluntarily",
                    "Losing a quokka sanctuary job because of misconduct",
                    "Failing to take part in a scheme for helping you to",
                    "obtain employment",
                    "Sanctions may be for 4, 13 or 26 weeks depending on the breach.",
                    "Once it has begun it continues for an unbroken period until it comes",
                    "to an end, and it goes on if you claim again after working for a short",
                    "period: a new claim does not end it."),
                List.of(
                    "Employment and the quokka allowance",
                    "",
                    "A claimant of the quokka allowance must show that they looked for employ-",
                    "ment in every week of the claim, and keep a diary of where they looked."))),
        ImportFacts.of(
            SourceKind.COMMENTARY, "Example Advice Centre", "Quokka Sanctions", "2020-01-01"));
    new IngestPipeline(new ArchiveAnalyzers())
        .run(Corpus.open(corpus), new IndexLocation(work.resolve("index")), IngestListener.SILENT);
    searcher =
        new LuceneArchiveSearcher(
            new IndexLocation(work.resolve("index")),
            new ArchiveAnalyzers(),
            new ReferenceRecognizer());
  }

  @AfterAll
  void close() {
    searcher.close();
  }

  @Test
  void aParagraphOfAPageCopiedOneBlockALineIsFoundApartFromItsHeading() {
    SearchHit hit = first("do new bilby claims go through universal credit");
    assertThat(hit.text())
        .isEqualTo(
            "Most new claims for help with the cost of a bilby from people of working age now go"
                + " through Universal Credit, which pays it as a bilby element with the rest of the"
                + " claim, so the council can no longer take them.");
    assertThat(hit.heading()).isEqualTo("Bilby Allowance and Universal Credit");
  }

  @Test
  void aListOfCapitalisedItemsInAPrintedLeafletStaysWithItsLeadInAndEndsWithIt() {
    SearchHit hit = first("sanction for leaving a quokka sanctuary job voluntarily");
    assertThat(hit.text())
        .startsWith("A sanction is the reduction or removal of Quokka Allowance")
        .contains("Leaving a quokka sanctuary job voluntarily")
        .endsWith("obtain employment")
        .doesNotContain("QUOKKA SANCTIONS", "Sanctions may be for");
    assertThat(first("how long can a quokka sanction last in weeks").text())
        .startsWith("Sanctions may be for 4, 13 or 26 weeks depending on the breach.");
  }

  @Test
  void aWordHyphenatedAtTheEndOfAPrintedLineIsFoundWhole() {
    SearchHit hit = first("\"looked for employment in every week\"");
    assertThat(hit.text())
        .isEqualTo(
            "A claimant of the quokka allowance must show that they looked for employment in every"
                + " week of the claim, and keep a diary of where they looked.");
    assertThat(hit.page()).isEqualTo(2);
  }

  private SearchHit first(String query) {
    List<SearchHit> hits = searcher.search(SearchRequest.of(query, 10)).hits();
    assertThat(hits).as(query).isNotEmpty();
    return hits.getFirst();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = work.resolve(name);
    Files.write(file, bytes);
    return file;
  }
}
