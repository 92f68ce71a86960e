package org.foiarchive.ingest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.Source;
import org.foiarchive.fetch.CorpusFetcher;
import org.foiarchive.fetch.FetchListener;
import org.foiarchive.fetch.FetchReport;
import org.foiarchive.fetch.FetchSettings;
import org.foiarchive.fetch.Fetcher;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.TestDocuments;
import org.foiarchive.testing.TestFolders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three real kinds of source, played by a local WireMock site from fixtures written by us
 * (src/test/resources/fixtures): fetched into a new corpus, extracted, indexed and searched. Each
 * passage must know who wrote it, when, where it is on the source page, and its paragraph and page.
 */
class FetchedSourcesIT {
  private static final String REQUEST = "/request/evidence_of_job_search_at_jobcen";
  private static final String OLD_REQUEST = "/request/interview_room_computers";
  private static final String GOVUK = "/government/publications/decision-makers-guide-vol-4-test";
  private static final String ICO = "/action-weve-taken/decision-notices/2012/10/fs50999999/";

  private static WireMockServer site;
  private static Path corpus;
  private static Path index;
  private static FetchReport report;
  private static LuceneArchiveSearcher searcher;

  @BeforeAll
  static void fetchAndIngest() throws Exception {
    site = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    site.start();
    serveSite();
    corpus = TestFolders.create("foiarchive-fetched-corpus-");
    index = TestFolders.create("foiarchive-fetched-index-");
    Files.copy(Path.of("corpus", Corpus.TOPICS_FILE), corpus.resolve(Corpus.TOPICS_FILE));
    FetchSettings settings =
        FetchSettings.defaults()
            .withPerHostDelay(Duration.ZERO)
            .withResponseTimeout(Duration.ofSeconds(5))
            .withRetries(2, Duration.ofMillis(10));
    try (Fetcher fetcher = new Fetcher(settings, d -> {}, FetchListener.SILENT)) {
      report =
          new CorpusFetcher(fetcher, FetchListener.SILENT)
              .fetch(corpus, List.of(url(REQUEST), url(OLD_REQUEST), url(GOVUK), url(ICO)), null);
    }
    IngestReport ingest =
        new IngestPipeline(new ArchiveAnalyzers())
            .run(Corpus.open(corpus), new IndexLocation(index), IngestListener.SILENT);
    assertThat(ingest.failures()).isEmpty();
    searcher =
        new LuceneArchiveSearcher(
            new IndexLocation(index), new ArchiveAnalyzers(), new ReferenceRecognizer());
  }

  @AfterAll
  static void stop() {
    if (searcher != null) {
      searcher.close();
    }
    site.stop();
  }

  private static String url(String path) {
    return site.baseUrl() + path;
  }

  private static String fixture(String path) throws IOException {
    try (InputStream in = FetchedSourcesIT.class.getResourceAsStream("/fixtures/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void serveSite() throws IOException {
    // Alaveteli's default robots.txt keeps crawlers off message pages but lets them fetch
    // attachments.
    site.stubFor(
        get("/robots.txt")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/plain")
                    .withBody(
                        "User-agent: *\nDisallow: */feed/*\nDisallow: */request/*/response/*\n"
                            + "Allow: */request/*/response/*/attach/*\n")));
    String html = "text/html; charset=utf-8";
    site.stubFor(
        get(urlPathEqualTo(REQUEST))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", html)
                    .withHeader("ETag", "\"page-1\"")
                    .withBody(fixture("whatdotheyknow/request-current.html"))));
    site.stubFor(
        get(urlPathEqualTo(REQUEST + ".json"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(fixture("whatdotheyknow/request-current.json"))));
    site.stubFor(
        get(urlPathMatching(REQUEST + "/response/1001/attach/2/.*"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/pdf")
                    .withBody(
                        TestDocuments.pdf(
                            List.of(
                                "DWP Central Freedom of Information Team",
                                "Our Ref: VTR 4321",
                                "Dear Alex Example,",
                                "A claimant may show printed copies of their job search records as evidence of job search.",
                                "Advisers may not ask to see a Universal Jobmatch account without the claimant's consent.")))));
    site.stubFor(
        get(urlPathMatching(REQUEST + "/response/1001/attach/3/.*"))
            .willReturn(
                aResponse()
                    .withHeader(
                        "Content-Type",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                    .withBody(
                        TestDocuments.docx(
                            "Annex A: job search guidance for advisers",
                            "Advisers should accept a claimant's own written record of the employers they have contacted."))));
    // A withdrawn attachment: Alaveteli answers 200 with an HTML "hidden" page where the PDF was.
    site.stubFor(
        get(urlPathMatching(REQUEST + "/response/1001/attach/4/.*"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", html)
                    .withBody(
                        "<html><body><p>This attachment has been hidden.</p></body></html>")));

    site.stubFor(
        get(urlPathEqualTo(OLD_REQUEST))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", html)
                    .withBody(fixture("whatdotheyknow/request-2013.html"))));
    site.stubFor(
        get(urlPathEqualTo(OLD_REQUEST + ".json")).willReturn(aResponse().withStatus(404)));
    site.stubFor(
        get(urlPathMatching("/request/151515/response/402/attach/2/.*"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/pdf")
                    .withBody(
                        TestDocuments.pdf(
                            List.of(
                                "Our Ref: IR 77",
                                "Claimants who do not accept cookies may use a Jobcentre internet access device.")))));

    site.stubFor(
        get(urlPathEqualTo("/api/content" + GOVUK))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(
                        fixture("govuk/dmg-publication.json").replace("${BASE}", site.baseUrl()))));
    site.stubFor(
        get(urlPathEqualTo("/api/content" + GOVUK + "/introduction"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(fixture("govuk/dmg-introduction.json"))));
    String header = "Decision Makers Guide Vol 4 Chapter 21 - Actively seeking employment";
    site.stubFor(
        get(urlPathEqualTo("/media/5f1a2b3c4d5e6f7a8b9c0d1e/dmg-vol-4-chapter-21.pdf"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/pdf")
                    .withBody(
                        TestDocuments.pdf(
                            List.of(
                                header,
                                "",
                                "Evidence of job search",
                                "",
                                "21590 A claimant must take such steps as they can reasonably be expected to take",
                                "to have the best prospects of securing employment.",
                                "",
                                "21591 The DM should consider all the steps the claimant took in the week.",
                                "",
                                "1"),
                            List.of(
                                header,
                                "",
                                "21592 Evidence of job search includes",
                                "",
                                "1. evidence in writing from employers or agencies that the claimant contacted or",
                                "",
                                "2. the claimant's own verbal evidence, recorded by an officer of the Jobcentre Plus office.",
                                "",
                                "21593 Corroboration of the claimant's evidence is not essential.",
                                "",
                                "2")))));

    site.stubFor(
        get(urlPathEqualTo(ICO))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", html)
                    .withBody(fixture("ico/decision-notice.html"))));
    site.stubFor(
        get(urlPathEqualTo("/media/action-weve-taken/decision-notices/2012/999999/fs_50999999.pdf"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/pdf")
                    .withBody(
                        TestDocuments.pdf(
                            List.of(
                                "Reference: FS50999999",
                                "",
                                "Freedom of Information Act 2000 (FOIA)",
                                "Decision notice",
                                "",
                                "Date: 1 October 2012",
                                "Public Authority: Department for Work and Pensions",
                                "Address: Caxton House, Tothill Street, London SW1H 9NA",
                                "",
                                "Decision (including any steps ordered)",
                                "",
                                "1. The complainant asked the Department for Work and Pensions for the names of",
                                "organisations hosting Mandatory Work Activity placements.",
                                "",
                                "2. The Commissioner's decision is that the DWP was entitled to withhold the names."),
                            List.of(
                                "Reference: FS50999999",
                                "",
                                "Reasons for decision",
                                "",
                                "3. The DWP argued that disclosure would be likely to prejudice the commercial",
                                "interests of the placement hosts.",
                                "",
                                "4. The Commissioner accepts that the placement hosts would be identified by disclosure.",
                                "",
                                "Right of appeal",
                                "",
                                "5. Either party has the right to appeal against this decision notice to the First-tier Tribunal.")))));
  }

  private static SearchHit top(String query) {
    List<SearchHit> hits = searcher.search(SearchRequest.of(query, 5)).hits();
    assertThat(hits).as("hits for %s", query).isNotEmpty();
    return hits.getFirst();
  }

  private static Source source(String url) {
    return Corpus.open(corpus).manifest().findByUrl(url).orElseThrow();
  }

  @Test
  void everySourceIsRecordedAndTheHiddenAttachmentIsReported() {
    assertThat(report.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.url()).endsWith("Withdrawn%20annex.pdf");
              assertThat(f.reason()).contains("HTML page where application/pdf was expected");
            });
    assertThat(report.count(FetchReport.Status.ADDED)).isEqualTo(9);
    Source request = source(url(REQUEST));
    assertThat(request.provenance().kind().id()).isEqualTo("foi-request");
    assertThat(request.provenance().title()).isEqualTo("Evidence of job search at Jobcentres");
    assertThat(request.provenance().publisher()).isEqualTo("Department for Work and Pensions");
    assertThat(request.provenance().author()).isEqualTo("Alex Example");
    assertThat(request.provenance().date().toString()).isEqualTo("2013-05-20");
    assertThat(request.validators().etag()).isEqualTo("\"page-1\"");
    assertThat(request.capture().contentType()).isEqualTo("text/html");
    List<Source> children =
        Corpus.open(corpus).manifest().sources().stream()
            .filter(s -> request.id().equals(s.parent()))
            .toList();
    assertThat(children)
        .extracting((Source s) -> s.capture().contentType())
        .containsExactlyInAnyOrder(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(children)
        .allSatisfy(
            c -> {
              assertThat(c.provenance().kind().id()).isEqualTo("foi-response");
              assertThat(c.provenance().date().toString()).isEqualTo("2013-06-12");
              assertThat(c.note()).contains("incoming-1001");
            });
  }

  @Test
  void theAuthoritysReplyIsOfficialAndLinksToItsMessage() {
    SearchHit hit = top("printed copies of job search records are accepted as evidence");
    assertThat(hit.docId()).isEqualTo(source(url(REQUEST)).id());
    assertThat(hit.voice().id()).isEqualTo("official");
    assertThat(hit.anchor()).isEqualTo("incoming-1001");
    assertThat(hit.url()).isEqualTo(url(REQUEST) + "#incoming-1001");
    assertThat(hit.date().toString()).isEqualTo("2013-06-12");
    assertThat(hit.author()).isEqualTo("Jane Smith, Department for Work and Pensions");
  }

  @Test
  void theRequestersMessageIsTheRequestersVoice() {
    SearchHit hit = top("show their Universal Jobmatch account on screen");
    assertThat(hit.voice().id()).isEqualTo("requester");
    assertThat(hit.anchor()).isEqualTo("outgoing-900");
    assertThat(hit.author()).isEqualTo("Alex Example");
    assertThat(hit.date().toString()).isEqualTo("2013-05-20");
  }

  @Test
  void anAnnotationIsSetApartWithItsAuthorAndDate() {
    SearchHit hit = top("worth printing signing-on appointment");
    assertThat(hit.voice().id()).isEqualTo("annotation");
    assertThat(hit.author()).isEqualTo("Sam Adviser");
    assertThat(hit.date().toString()).isEqualTo("2013-06-14");
    assertThat(hit.anchor()).isEqualTo("comment-77");
  }

  @Test
  void pageFurnitureIsNotText() {
    var view = searcher.document(source(url(REQUEST)).id(), null).orElseThrow();
    assertThat(view.passages())
        .noneSatisfy(
            p ->
                assertThat(p.text())
                    .containsAnyOf(
                        "show quoted sections", "Attachments", "Delivered", "View as HTML"));
    assertThat(view.document().status()).isEqualTo("successful");
    assertThat(view.attachments())
        .extracting(IndexedDocument::title)
        .anySatisfy(t -> assertThat(t).endsWith("4321 Response.pdf"));
  }

  @Test
  void anAttachmentIsAnOfficialDocumentOfItsOwnWithItsPage() {
    SearchHit hit = top("printed copies of their job search records as evidence");
    Source pdf = Corpus.open(corpus).manifest().find(hit.docId()).orElseThrow();
    assertThat(pdf.parent()).isEqualTo(source(url(REQUEST)).id());
    assertThat(hit.voice().id()).isEqualTo("official");
    assertThat(hit.page()).isEqualTo(1);
    assertThat(hit.references()).contains("FOI 4321");
    SearchHit docx = top("own written record of the employers they have contacted");
    assertThat(docx.kind().id()).isEqualTo("foi-response");
    assertThat(docx.voice().id()).isEqualTo("official");
  }

  @Test
  void anArchivedRequestPageFrom2013KeepsItsMessagesAndDates() {
    SearchHit reply = top("cookies Universal Jobmatch needs have already been accepted");
    assertThat(reply.voice().id()).isEqualTo("official");
    assertThat(reply.anchor()).isEqualTo("incoming-402");
    assertThat(reply.date().toString()).isEqualTo("2013-03-28");
    assertThat(reply.author()).isEqualTo("Central FoI Team");
    SearchHit request = top("interview rooms set to accept cookies before a claimant uses them");
    assertThat(request.voice().id()).isEqualTo("requester");
    assertThat(request.date().toString()).isEqualTo("2013-03-02");
    assertThat(searcher.documentInfo(reply.docId()).orElseThrow().status())
        .isEqualTo("partially successful");
    assertThat(
            top("Claimants who do not accept cookies may use a Jobcentre internet access device")
                .references())
        .contains("IR 77");
  }

  @Test
  void guidanceKeepsItsParagraphNumbersAndPdfPages() {
    Source publication = source(url(GOVUK));
    assertThat(publication.provenance().kind().id()).isEqualTo("guidance");
    assertThat(publication.provenance().title())
        .isEqualTo("Decision Makers Guide: volume 4 (test edition)");
    assertThat(publication.provenance().date().toString()).isEqualTo("2014-02-10");
    assertThat(publication.provenance().publisher()).isEqualTo("Department for Work and Pensions");
    assertThat(publication.capture().contentType()).isEqualTo("application/json");
    SearchHit hit = top("evidence of job search includes verbal evidence");
    assertThat(hit.paragraph()).isEqualTo("21592");
    assertThat(hit.page()).isEqualTo(2);
    assertThat(hit.voice().id()).isEqualTo("official");
    assertThat(hit.publisher()).isEqualTo("Department for Work and Pensions");
    assertThat(Corpus.open(corpus).manifest().find(hit.docId()).orElseThrow().parent())
        .isEqualTo(publication.id());
    assertThat(top("corroboration not essential").paragraph()).isEqualTo("21593");
    var view = searcher.document(hit.docId(), null).orElseThrow();
    assertThat(view.passages())
        .noneSatisfy(p -> assertThat(p.text()).contains("Decision Makers Guide Vol 4 Chapter 21"));
    assertThat(top("steps the claimant took in the week").page()).isEqualTo(1);
  }

  @Test
  void aGuidanceChapterPublishedAsHtmlIsAChildDocument() {
    SearchHit hit =
        top(
            "what counts as actively seeking employment and which evidence the decision maker weighs");
    Source chapter = Corpus.open(corpus).manifest().find(hit.docId()).orElseThrow();
    assertThat(chapter.provenance().url()).isEqualTo(url(GOVUK + "/introduction"));
    assertThat(chapter.parent()).isEqualTo(source(url(GOVUK)).id());
    assertThat(hit.voice().id()).isEqualTo("official");
    assertThat(hit.heading()).isEqualTo("Scope");
  }

  @Test
  void fetchingAgainChangesNothingWhenNothingChanged() throws Exception {
    var before = org.foiarchive.testing.CorpusFiles.state(corpus);
    FetchReport again;
    FetchSettings settings =
        FetchSettings.defaults()
            .withPerHostDelay(Duration.ZERO)
            .withRetries(1, Duration.ofMillis(1));
    try (Fetcher fetcher = new Fetcher(settings, d -> {}, FetchListener.SILENT)) {
      again =
          new CorpusFetcher(fetcher, FetchListener.SILENT)
              .fetch(corpus, List.of(url(REQUEST) + "#incoming-1001", url(GOVUK), url(ICO)), null);
    }
    assertThat(again.count(FetchReport.Status.ADDED)).isZero();
    assertThat(again.count(FetchReport.Status.UPDATED)).isZero();
    assertThat(again.count(FetchReport.Status.UNCHANGED)).isEqualTo(7);
    assertThat(org.foiarchive.testing.CorpusFiles.state(corpus)).isEqualTo(before);
  }

  @Test
  void aDecisionNoticeKnowsItsCaseDateAndPublicBody() {
    SearchHit hit = top("placement hosts would be identified by disclosure");
    assertThat(hit.kind().id()).isEqualTo("decision-notice");
    assertThat(hit.voice().id()).isEqualTo("official");
    assertThat(hit.paragraph()).isEqualTo("4");
    assertThat(hit.page()).isEqualTo(2);
    assertThat(hit.date().toString()).isEqualTo("2012-10-01");
    assertThat(hit.references()).contains("FS50999999");
    assertThat(hit.publisher()).isEqualTo("Information Commissioner's Office");
    assertThat(hit.title())
        .isEqualTo("Decision notice FS50999999: Department for Work and Pensions");
    var view = searcher.document(hit.docId(), null).orElseThrow();
    assertThat(view.passages())
        .noneSatisfy(p -> assertThat(p.text()).isEqualTo("Reference: FS50999999"));
    assertThat(top("commercial interests of the placement hosts").paragraph()).isEqualTo("3");
  }
}
