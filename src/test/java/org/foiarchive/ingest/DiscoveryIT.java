package org.foiarchive.ingest;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.Source;
import org.foiarchive.fetch.AlaveteliStandIn;
import org.foiarchive.fetch.CorpusFetcher;
import org.foiarchive.fetch.FetchListener;
import org.foiarchive.fetch.FetchReport;
import org.foiarchive.fetch.FetchSettings;
import org.foiarchive.fetch.Fetcher;
import org.foiarchive.fetch.SourceDiscovery;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.passage.Voice;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.CorpusFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery as a user runs it, against local stand-ins of an Alaveteli site and GOV.UK (fixtures
 * written by us in their formats): a body's listing paged through, a search feed read only where
 * robots.txt allows it, GOV.UK's search API followed through the Content API; then ingest and
 * search.
 */
class DiscoveryIT {
  @TempDir Path corpus;
  @TempDir Path index;

  private WireMockServer site;
  private FetchSettings settings;

  @BeforeEach
  void start() throws Exception {
    site = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    site.start();
    AlaveteliStandIn.serve(site, AlaveteliStandIn.ALAVETELI_ROBOTS);
    Files.copy(Path.of("corpus", Corpus.TOPICS_FILE), corpus.resolve(Corpus.TOPICS_FILE));
    settings =
        FetchSettings.defaults()
            .withPerHostDelay(Duration.ZERO)
            .withResponseTimeout(Duration.ofSeconds(10))
            .withRetries(2, Duration.ofMillis(10));
  }

  @AfterEach
  void stop() {
    site.stop();
  }

  private interface Discovery {
    FetchReport run(SourceDiscovery discovery, URI site) throws Exception;
  }

  private FetchReport discover(Discovery how) throws Exception {
    try (Fetcher fetcher = new Fetcher(settings, d -> {}, FetchListener.SILENT)) {
      CorpusFetcher corpusFetcher = new CorpusFetcher(fetcher, FetchListener.SILENT);
      return how.run(
          new SourceDiscovery(fetcher, corpusFetcher, FetchListener.SILENT),
          URI.create(site.baseUrl()));
    }
  }

  private List<String> fetchedUrls() {
    return Corpus.open(corpus).manifest().sources().stream()
        .map((Source s) -> s.provenance().url())
        .toList();
  }

  private String url(String path) {
    return site.baseUrl() + path;
  }

  private List<SearchHit> ingestAndSearch(String query) throws Exception {
    IngestReport ingest =
        new IngestPipeline(new ArchiveAnalyzers())
            .run(Corpus.open(corpus), new IndexLocation(index), IngestListener.SILENT);
    assertThat(ingest.failures()).isEmpty();
    try (LuceneArchiveSearcher searcher =
        new LuceneArchiveSearcher(
            new IndexLocation(index), new ArchiveAnalyzers(), new ReferenceRecognizer())) {
      return searcher.search(SearchRequest.of(query, 5)).hits();
    }
  }

  @Test
  void aBodysListingIsPagedThroughAndEachMatchingRequestFetchedIngestedAndFound() throws Exception {
    FetchReport report =
        discover(
            (d, s) ->
                d.body(
                    corpus, s, "dwp", new SourceDiscovery.Scope("universal jobmatch", null, 10)));

    assertThat(report.failures()).isEmpty();
    assertThat(report.count(FetchReport.Status.ADDED)).isEqualTo(3);
    // Message and annotation links on the listing are recorded as the request page itself.
    assertThat(fetchedUrls())
        .containsExactly(
            url(AlaveteliStandIn.COOKIES),
            url(AlaveteliStandIn.MANDATORY),
            url(AlaveteliStandIn.TOOLKIT));
    site.verify(1, getRequestedFor(urlEqualTo("/body/dwp?page=2")));
    site.verify(0, getRequestedFor(urlPathEqualTo(AlaveteliStandIn.PARKING)));
    site.verify(0, getRequestedFor(urlPathEqualTo(AlaveteliStandIn.SANCTIONS)));
    Source toolkit =
        Corpus.open(corpus).manifest().findByUrl(url(AlaveteliStandIn.TOOLKIT)).orElseThrow();
    assertThat(toolkit.provenance().kind().id()).isEqualTo("foi-request");
    assertThat(toolkit.provenance().publisher()).isEqualTo("Department for Work and Pensions");

    List<SearchHit> hits = ingestAndSearch("toolkit chapters for jobcentre staff");
    assertThat(hits.getFirst().docId()).isEqualTo(toolkit.id());
    assertThat(hits.getFirst().voice()).isEqualTo(Voice.OFFICIAL);
    assertThat(hits.getFirst().text()).contains("attached in full, with staff names removed");
  }

  @Test
  void theLimitStopsDiscoveryBeforeTheNextPage() throws Exception {
    FetchReport report =
        discover(
            (d, s) ->
                d.body(corpus, s, "dwp", new SourceDiscovery.Scope("universal jobmatch", null, 2)));

    assertThat(report.count(FetchReport.Status.ADDED)).isEqualTo(2);
    assertThat(fetchedUrls())
        .containsExactly(url(AlaveteliStandIn.COOKIES), url(AlaveteliStandIn.MANDATORY));
    site.verify(0, getRequestedFor(urlEqualTo("/body/dwp?page=2")));
  }

  @Test
  void sinceStopsAtTheFirstOlderRequestOfTheNewestFirstListing() throws Exception {
    FetchReport report =
        discover(
            (d, s) ->
                d.body(
                    corpus,
                    s,
                    "dwp",
                    new SourceDiscovery.Scope(null, LocalDate.of(2014, 1, 1), 10)));

    assertThat(fetchedUrls())
        .containsExactly(url(AlaveteliStandIn.COOKIES), url(AlaveteliStandIn.PARKING));
    assertThat(report.failures()).isEmpty();
    site.verify(0, getRequestedFor(urlEqualTo("/body/dwp?page=2")));
  }

  @Test
  void aBodyThatListsNothingIsAFailureWithItsReason() throws Exception {
    FetchReport report =
        discover((d, s) -> d.body(corpus, s, "nobody", new SourceDiscovery.Scope(null, null, 10)));

    assertThat(report.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("HTTP 404"));
    assertThat(CorpusFiles.state(corpus)).containsOnlyKeys(Corpus.TOPICS_FILE);
  }

  @Test
  void aSearchFeedForbiddenByRobotsTxtIsNotReadAndTheReportSuggestsTheBodyPage() throws Exception {
    FetchReport report =
        discover(
            (d, s) -> d.search(corpus, s, "jobmatch", new SourceDiscovery.Scope(null, null, 10)));

    assertThat(report.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.url()).isEqualTo(url("/feed/search/jobmatch"));
              assertThat(f.reason())
                  .contains(
                      "robots.txt",
                      "disallows /feed/search/jobmatch",
                      "nothing was fetched",
                      "--body");
            });
    site.verify(0, getRequestedFor(urlPathMatching("/feed/.*")));
    assertThat(CorpusFiles.state(corpus)).containsOnlyKeys(Corpus.TOPICS_FILE);
  }

  @Test
  void aSearchFeedAllowedByRobotsTxtLeadsThroughRequestEventsToEachRequestOnce() throws Exception {
    AlaveteliStandIn.serve(site, AlaveteliStandIn.PERMISSIVE_ROBOTS);
    FetchReport report =
        discover(
            (d, s) -> d.search(corpus, s, "jobmatch", new SourceDiscovery.Scope(null, null, 10)));

    assertThat(report.failures()).isEmpty();
    // Two events of one request are one request; each is recorded by its page's address, not the
    // event's.
    assertThat(fetchedUrls())
        .containsExactly(url(AlaveteliStandIn.COOKIES), url(AlaveteliStandIn.MANDATORY));
    site.verify(0, getRequestedFor(urlEqualTo("/request_event/5001")));
    assertThat(ingestAndSearch("accept cookies from universal jobmatch").getFirst().text())
        .contains("not required to accept cookies");
  }

  @Test
  void aSearchFeedEntryOlderThanSinceIsNotFetched() throws Exception {
    AlaveteliStandIn.serve(site, AlaveteliStandIn.PERMISSIVE_ROBOTS);
    discover(
        (d, s) ->
            d.search(
                corpus,
                s,
                "jobmatch",
                new SourceDiscovery.Scope(null, LocalDate.of(2014, 1, 1), 10)));

    assertThat(fetchedUrls()).containsExactly(url(AlaveteliStandIn.COOKIES));
  }

  @Test
  void govUkSearchResultsAreReadThroughTheContentApiWithTheirOrganisationAndDate()
      throws Exception {
    FetchReport report =
        discover(
            (d, s) ->
                d.govUk(
                    corpus,
                    s,
                    "jobseeker's direction",
                    "department-for-work-pensions",
                    null,
                    new SourceDiscovery.Scope(null, null, 10)));

    assertThat(report.failures()).isEmpty();
    site.verify(
        getRequestedFor(urlPathEqualTo("/api/search.json"))
            .withQueryParam("q", equalTo("jobseeker's direction"))
            .withQueryParam("filter_organisations", equalTo("department-for-work-pensions"))
            .withQueryParam("order", equalTo("-public_timestamp")));
    assertThat(fetchedUrls())
        .containsExactly(url(AlaveteliStandIn.JSD), url(AlaveteliStandIn.COMMITMENT));
    Source jsd = Corpus.open(corpus).manifest().findByUrl(url(AlaveteliStandIn.JSD)).orElseThrow();
    assertThat(jsd.provenance().kind().id()).isEqualTo("guidance");
    assertThat(jsd.provenance().publisher()).isEqualTo("Department for Work and Pensions");
    assertThat(jsd.provenance().date().toString()).isEqualTo("2015-06-01");

    SearchHit hit =
        ingestAndSearch("when can a work coach issue a jobseeker's direction").getFirst();
    assertThat(hit.docId()).isEqualTo(jsd.id());
    assertThat(hit.text()).contains("only where it would help the claimant find work");
  }

  @Test
  void theRequestCapStopsTheRunAndSaysWhy() throws Exception {
    settings = settings.withMaxRequests(3);
    FetchReport report =
        discover(
            (d, s) ->
                d.body(
                    corpus, s, "dwp", new SourceDiscovery.Scope("universal jobmatch", null, 10)));

    // Listing page 1, page 2, and one request page: then every further request is refused, unsent.
    assertThat(report.count(FetchReport.Status.ADDED)).isEqualTo(1);
    assertThat(report.failures())
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.reason()).contains("--max-requests"));
    assertThat(
            site.getAllServeEvents().stream()
                .filter(e -> !e.getRequest().getUrl().equals("/robots.txt"))
                .count())
        .isEqualTo(3);
  }

  @Test
  void twoMatchesOnOneBodysPageReadTheListingOnce() throws Exception {
    FetchReport report =
        discover(
            (d, s) -> {
              FetchReport first =
                  d.body(corpus, s, "dwp", new SourceDiscovery.Scope("cookies", null, 10));
              FetchReport second =
                  d.body(corpus, s, "dwp", new SourceDiscovery.Scope("toolkit", null, 10));
              return new FetchReport(
                  java.util.stream.Stream.concat(
                          first.outcomes().stream(), second.outcomes().stream())
                      .toList());
            });

    assertThat(report.count(FetchReport.Status.ADDED)).isEqualTo(2);
    site.verify(1, getRequestedFor(urlEqualTo("/body/dwp")));
    site.verify(1, getRequestedFor(urlEqualTo("/body/dwp?page=2")));
  }
}
