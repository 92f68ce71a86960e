package org.foiarchive.web;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.foiarchive.testing.ArchiveServer.get;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.WatchList;
import org.foiarchive.corpus.WatchState;
import org.foiarchive.fetch.AlaveteliStandIn;
import org.foiarchive.fetch.CorpusFetcher;
import org.foiarchive.fetch.FetchListener;
import org.foiarchive.fetch.FetchReport;
import org.foiarchive.fetch.FetchSettings;
import org.foiarchive.fetch.Fetcher;
import org.foiarchive.fetch.SourceDiscovery;
import org.foiarchive.fetch.Watcher;
import org.foiarchive.testing.CorpusFiles;
import org.foiarchive.testing.TestFolders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An archive grown by {@code fetch --watch} from local stand-ins of WhatDoTheyKnow and GOV.UK,
 * watched three times: the first run adds what the watch list finds; the second, with nothing
 * changed, changes nothing; the third finds the guidance changed and keeps both versions. The
 * archive is then served: the document pages say which version they show, the old text is still
 * found and citable, and the home and about pages say what the archive holds and when each watched
 * source was last checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WatchedArchiveIT {
  private static final String OLD_WORDING =
      "A work coach may issue a Jobseeker's Direction only where it would help "
          + "the claimant find work.";
  private static final String NEW_WORDING =
      "A work coach may issue a Jobseeker's Direction to improve the claimant's "
          + "prospects of employment, and must record the reason for it.";

  private static WireMockServer site;
  private static Path corpus;
  private static Path index;
  private static List<Watcher.Checked> firstRun;
  private static List<Watcher.Checked> unchangedRun;
  private static List<Watcher.Checked> changedRun;
  private static Map<String, String> filesBeforeUnchangedRun;
  private static Map<String, String> filesAfterUnchangedRun;
  private static int requestPagesFetchedByUnchangedRun;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) throws Exception {
    watchThreeTimes();
    registry.add("foiarchive.corpus", corpus::toString);
    registry.add("foiarchive.index", index::toString);
  }

  @AfterAll
  static void stop() throws IOException {
    if (site != null) {
      site.stop();
    }
    FileSystemUtils.deleteRecursively(corpus);
    FileSystemUtils.deleteRecursively(index);
  }

  private static void watchThreeTimes() throws Exception {
    site = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    site.start();
    AlaveteliStandIn.serve(site, AlaveteliStandIn.ALAVETELI_ROBOTS);
    corpus = TestFolders.create("watched-corpus-");
    index = TestFolders.create("watched-index-");
    Files.copy(Path.of("corpus", Corpus.TOPICS_FILE), corpus.resolve(Corpus.TOPICS_FILE));
    Files.writeString(
        corpus.resolve(WatchList.FILE),
        """
        watch:
          - body: dwp
            site: %1$s
            match: universal jobmatch
            why: DWP's answers about Universal Jobmatch
          - govuk: jobseeker's direction
            organisation: department-for-work-pensions
            site: %1$s
            why: the staff guide on Jobseeker's Directions
        """
            .formatted(site.baseUrl()));

    firstRun = watch();
    filesBeforeUnchangedRun = CorpusFiles.state(corpus);
    int before = requestPagesFetched();
    unchangedRun = watch();
    requestPagesFetchedByUnchangedRun = requestPagesFetched() - before;
    filesAfterUnchangedRun = CorpusFiles.state(corpus);
    AlaveteliStandIn.serveGuidance(site, "2016-09-12T11:00:00.000+01:00", NEW_WORDING, "\"jsd-2\"");
    changedRun = watch();
  }

  private static List<Watcher.Checked> watch() throws Exception {
    FetchSettings settings =
        FetchSettings.defaults()
            .withPerHostDelay(Duration.ZERO)
            .withResponseTimeout(Duration.ofSeconds(10))
            .withRetries(2, Duration.ofMillis(10));
    try (Fetcher fetcher = new Fetcher(settings, d -> {}, FetchListener.SILENT)) {
      CorpusFetcher corpusFetcher = new CorpusFetcher(fetcher, FetchListener.SILENT);
      SourceDiscovery discovery = new SourceDiscovery(fetcher, corpusFetcher, FetchListener.SILENT);
      return new Watcher(corpusFetcher, discovery, Clock.systemUTC()).watch(corpus, 20);
    }
  }

  private static int requestPagesFetched() {
    return site.findAll(getRequestedFor(urlPathEqualTo(AlaveteliStandIn.COOKIES))).size()
        + site.findAll(getRequestedFor(urlPathEqualTo(AlaveteliStandIn.TOOLKIT))).size();
  }

  private static Source guidance() {
    return Corpus.open(corpus)
        .manifest()
        .findByUrl(site.baseUrl() + AlaveteliStandIn.JSD)
        .orElseThrow();
  }

  private static long count(List<Watcher.Checked> run, FetchReport.Status status) {
    return run.stream().mapToLong(c -> c.report().count(status)).sum();
  }

  private Document page(String path) throws Exception {
    var response = get(port, path, "text/html");
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  @Test
  void theFirstWatchAddsWhatEachEntryFindsAndRemembersTheCheck() {
    assertThat(firstRun)
        .hasSize(2)
        .allSatisfy(
            c -> {
              assertThat(c.since()).isNull();
              assertThat(c.report().failures()).isEmpty();
            });
    assertThat(firstRun.get(0).report().count(FetchReport.Status.ADDED)).isEqualTo(3);
    assertThat(firstRun.get(1).report().count(FetchReport.Status.ADDED)).isEqualTo(2);
    WatchState state = WatchState.load(corpus);
    assertThat(state.checked())
        .hasSize(2)
        .allSatisfy((key, check) -> assertThat(check.at()).isNotNull());
  }

  @Test
  void aSecondWatchWithNothingChangedChangesNothing() {
    assertThat(
            count(unchangedRun, FetchReport.Status.ADDED)
                + count(unchangedRun, FetchReport.Status.UPDATED)
                + count(unchangedRun, FetchReport.Status.FAILED))
        .isZero();
    assertThat(unchangedRun).allSatisfy(c -> assertThat(c.since()).isNotNull());
    // The listing is read again, but requests older than the last check are not fetched again.
    assertThat(requestPagesFetchedByUnchangedRun).isZero();
    Map<String, String> before = new java.util.TreeMap<>(filesBeforeUnchangedRun);
    Map<String, String> after = new java.util.TreeMap<>(filesAfterUnchangedRun);
    before.remove(WatchState.FILE);
    after.remove(WatchState.FILE);
    assertThat(after).isEqualTo(before);
  }

  @Test
  void aChangedGuidancePageIsANewVersionWithItsNewDateAndTheOldOneKept() {
    assertThat(count(changedRun, FetchReport.Status.UPDATED)).isEqualTo(1);
    Source jsd = guidance();
    assertThat(jsd.provenance().date().toString()).isEqualTo("2016-09-12");
    assertThat(jsd.history())
        .singleElement()
        .satisfies(
            old -> {
              assertThat(old.sha256()).isNotEqualTo(jsd.capture().sha256());
              assertThat(Files.exists(corpus.resolve(old.snapshot()))).isTrue();
            });
  }

  @Test
  void theDocumentPagesSayWhichVersionTheyShowAndWhenItChanged() throws Exception {
    Source jsd = guidance();
    Document current = page("/doc/" + jsd.id());
    assertThat(current.select("section.versions").text())
        .contains("version 2 of 2, the current one, retrieved " + jsd.capture().retrieved());
    assertThat(current.select(".document-text").text()).contains("must record the reason");

    Document earlier = page("/doc/" + jsd.id() + "--v1");
    assertThat(earlier.select("section.versions").text())
        .contains(
            "version 1 of 2, an earlier text retrieved " + jsd.history().getFirst().retrieved())
        .contains("replaced by a changed version retrieved " + jsd.capture().retrieved());
    assertThat(earlier.select("section.versions a[href=/doc/" + jsd.id() + "]")).isNotEmpty();
    assertThat(earlier.select(".document-text").text())
        .contains("only where it would help the claimant find work");
  }

  @Test
  void theOldWordingIsStillFoundAndCitable() throws Exception {
    var response =
        get(
            port,
            "/api/search?q="
                + java.net.URLEncoder.encode(
                    "\"help the claimant find work\"", java.nio.charset.StandardCharsets.UTF_8),
            "application/json");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode hit = JsonMapper.builder().build().readTree(response.body()).path("hits").get(0);
    assertThat(hit.path("docId").asString()).isEqualTo(guidance().id() + "--v1");
    String passageId = hit.path("passageId").asString();
    var cite = get(port, "/cite/" + passageId, "text/plain");
    assertThat(cite.statusCode()).isEqualTo(200);
    assertThat(cite.body())
        .contains(
            "Jobseeker's Directions",
            "/doc/" + guidance().id() + "--v1/raw",
            guidance().history().getFirst().sha256());
    Document card = page("/p/" + passageId);
    assertThat(card.select(".version-notice").text())
        .contains(
            "from version 1 of 2",
            "an earlier text",
            "retrieved " + guidance().capture().retrieved());
    assertThat(card.select(".version-notice a[href=/doc/" + guidance().id() + "]")).isNotEmpty();
  }

  @Test
  void theAboutPageSaysWhatTheArchiveHoldsAndWhenEachWatchedSourceWasChecked() throws Exception {
    Document about = page("/about");
    String text = about.select("main").text();
    assertThat(text)
        .contains("The archive holds 5 documents", "1 earlier versions of documents that changed");
    assertThat(about.select("table.holdings-table").first().text())
        .contains("FOI request 3", "Guidance 2");
    assertThat(about.select("table.holdings-table").get(1).text()).contains("localhost 5");
    assertThat(text).contains("Their dates run from 2013-02-10 to 2016-09-12");
    var rows = about.select("table.watch-table tbody tr");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).text())
        .contains(
            "Requests to dwp",
            "universal jobmatch",
            "DWP's answers about Universal Jobmatch",
            "nothing new");
    assertThat(rows.get(1).text()).contains("GOV.UK search for jobseeker's direction", "1 updated");
    assertThat(rows.select("time[datetime]")).hasSize(2);
  }

  @Test
  void theHomePageSummarisesTheHoldingsAndLinksToAbout() throws Exception {
    Document home = page("/");
    assertThat(home.select(".holdings-summary").text())
        .contains("FOI request 3", "Guidance 2", "localhost 5");
    assertThat(home.select("a[href=/about]")).isNotEmpty();
    // The earlier version is on its document's page, not in the list of documents.
    assertThat(home.select(".document-list a[href$=--v1]")).isEmpty();
  }
}
