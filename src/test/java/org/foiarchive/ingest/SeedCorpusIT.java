package org.foiarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real seed corpus, ingested into a real Lucene index on disk and searched the way users
 * search.
 */
class SeedCorpusIT {
  private static LuceneArchiveSearcher searcher;

  @BeforeAll
  static void open() throws Exception {
    searcher = TestArchive.searcher();
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  @Test
  void everySeedPageIsIndexedWithoutFailures() {
    IngestReport report = TestArchive.report();
    assertThat(report.failures()).isEmpty();
    assertThat(report.documents())
        .isEqualTo(Corpus.open(TestArchive.CORPUS).manifest().sources().size());
    assertThat(report.passages()).isGreaterThan(300);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      information sharing designation order     | refuted-uj-clones-consent                  | gives DWP and it’s Providers powers to share and exchange your personal data
      can a Jobseeker's Direction make me give access to my account | work-programme-first-jobcentre-appointment | You also cannot issue a Jobseeker’s Direction to mandate a claimant to give us access to their account
      DMG evidence of job search includes        | wdtk-mandated-access-universal-jobmatch    | 21592 Evidence of job search includes
      Avanta Jobs terms adviser view applications | forum-whp-provider-job-search-engines     | 1.3 You agree that your Job Coach/Advisor has the ability to view the applications
      ICO bogus employers                        | ico-reply-universal-jobmatch-privacy       | taken additional steps to guard against bogus employers
      """)
  void aSeedQuoteIsInTheTopThreeForAQueryAUserWouldType(String query, String docId, String quote) {
    List<SearchHit> top = searcher.search(SearchRequest.of(query.strip(), 3)).hits();
    assertThat(top)
        .anySatisfy(
            hit -> {
              assertThat(hit.docId()).isEqualTo(docId.strip());
              assertThat(hit.text()).contains(quote.strip());
            });
  }

  @Test
  void matchingWordsAreMarkedAndTheRestIsEscaped() {
    SearchHit hit = searcher.search(SearchRequest.of("bogus employers", 1)).hits().getFirst();
    assertThat(hit.highlight()).contains("<mark>bogus</mark>").doesNotContain("<script");
    assertThat(hit.url())
        .isEqualTo(
            "http://criticalestoppel.blogspot.co.uk/2013/03/foir-regarding-universal-jobmatch.html");
    assertThat(hit.archiveUrl()).isEqualTo("/doc/ico-reply-universal-jobmatch-privacy/raw");
    assertThat(hit.permalink())
        .isEqualTo("/doc/ico-reply-universal-jobmatch-privacy#p" + hit.ordinal());
  }

  @Test
  void rebuildingTheIndexGivesTheSamePassageIds(@TempDir Path other) throws Exception {
    new IngestPipeline(new ArchiveAnalyzers())
        .run(Corpus.open(TestArchive.CORPUS), new IndexLocation(other), IngestListener.SILENT);
    try (LuceneArchiveSearcher rebuilt =
        new LuceneArchiveSearcher(
            new IndexLocation(other), new ArchiveAnalyzers(), new ReferenceRecognizer())) {
      for (String docId :
          List.of(
              "wdtk-mandated-access-universal-jobmatch",
              "work-programme-first-jobcentre-appointment")) {
        List<String> first =
            searcher.document(docId, null).orElseThrow().passages().stream()
                .map(h -> h.passageId() + "=" + h.text())
                .toList();
        List<String> second =
            rebuilt.document(docId, null).orElseThrow().passages().stream()
                .map(h -> h.passageId() + "=" + h.text())
                .toList();
        assertThat(second).isEqualTo(first).isNotEmpty();
      }
    }
  }

  @Test
  void aMalformedQueryStillAnswersWithANotice() {
    var results = searcher.search(SearchRequest.of("\"unclosed ( AND title:[", 10));
    assertThat(results.notices())
        .isNotEmpty()
        .anyMatch(n -> n.contains("quotation mark was not closed"))
        .anyMatch(n -> n.contains("read as spaces"))
        .noneMatch(n -> n.contains("could not be run"));
  }

  @Test
  void aDocumentListsEveryPassageInOrderWithItsAnchor() {
    var view = searcher.document("ico-reply-universal-jobmatch-privacy", "bogus").orElseThrow();
    assertThat(view.passages())
        .extracting(SearchHit::ordinal)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, view.passages().size()).boxed().toList());
    assertThat(view.passages())
        .anySatisfy(p -> assertThat(p.highlight()).contains("<mark>bogus</mark>"));
    assertThat(view.document().source().capture().sha256()).hasSize(64);
  }
}
