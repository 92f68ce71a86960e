package org.foiarchive.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.testing.CorpusFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens when a site misbehaves: each fault is reported with its reason, leaves the corpus
 * exactly as it was, and does not stop the other sources. A local WireMock server plays the site.
 */
class FetchFaultsIT {
  private static final String TEXT = "text/plain; charset=utf-8";

  @TempDir Path corpus;

  /**
   * Long enough that a busy machine never trips it: only the tests about timing out set a short
   * timeout, and there the delay they provoke is many times that timeout.
   */
  private static final Duration PATIENT = Duration.ofSeconds(30);

  private WireMockServer site;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private FetchSettings settings;

  @BeforeEach
  void start() {
    site = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    site.start();
    site.stubFor(
        get("/robots.txt")
            .willReturn(aResponse().withBody("User-agent: *\nDisallow: /private/\n")));
    site.stubFor(
        get("/ok.txt")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", TEXT)
                    .withHeader("ETag", "\"v1\"")
                    .withBody("A reply that arrived whole.")));
    settings =
        FetchSettings.defaults()
            .withUserAgent(FetchSettings.userAgentFor("https://example.org/contact"))
            .withPerHostDelay(Duration.ZERO)
            .withResponseTimeout(PATIENT)
            .withMaxBytes(64 * 1024)
            .withRetries(3, Duration.ofMillis(20));
  }

  @AfterEach
  void stop() {
    site.stop();
  }

  private String url(String path) {
    return site.baseUrl() + path;
  }

  private FetchReport fetch(String... paths) throws InterruptedException {
    List<String> urls = Arrays.stream(paths).map(this::url).toList();
    Sleeper recording = d -> waits.add(d);
    try (Fetcher fetcher = new Fetcher(settings, recording, FetchListener.SILENT)) {
      return new CorpusFetcher(fetcher, FetchListener.SILENT)
          .fetch(corpus, urls, SourceKind.FOI_RESPONSE);
    }
  }

  /**
   * Fetches a failing address beside a good one: the failure is reported, the good one recorded,
   * nothing else.
   */
  private FetchReport.Outcome failingBesideAGoodSource(String path) throws Exception {
    Map<String, String> before = CorpusFiles.state(corpus);
    FetchReport report = fetch(path, "/ok.txt");
    assertThat(report.outcomes()).hasSize(2);
    assertThat(report.outcomes().get(1).status()).isEqualTo(FetchReport.Status.ADDED);
    Map<String, String> after = CorpusFiles.state(corpus);
    Source ok = Corpus.open(corpus).manifest().findByUrl(url("/ok.txt")).orElseThrow();
    // Only the good source's snapshot and manifest entry were added.
    assertThat(after.keySet()).containsExactlyInAnyOrder("sources.yml", ok.capture().snapshot());
    assertThat(before).isEmpty();
    assertThat(Corpus.open(corpus).manifest().sources())
        .extracting((Source s) -> s.provenance().url())
        .containsExactly(url("/ok.txt"));
    FetchReport.Outcome failed = report.outcomes().getFirst();
    assertThat(failed.status()).isEqualTo(FetchReport.Status.FAILED);
    assertThat(failed.url()).isEqualTo(url(path));
    return failed;
  }

  @Test
  void robotsTxtDisallowIsObeyedWithoutRequestingThePage() throws Exception {
    site.stubFor(get("/private/reply.txt").willReturn(aResponse().withBody("secret")));
    FetchReport.Outcome failed = failingBesideAGoodSource("/private/reply.txt");
    assertThat(failed.reason()).contains("robots.txt").contains("disallows /private/reply.txt");
    site.verify(0, getRequestedFor(urlEqualTo("/private/reply.txt")));
  }

  @Test
  void notFoundIsReportedAndNotRetried() throws Exception {
    site.stubFor(get("/gone.pdf").willReturn(aResponse().withStatus(404)));
    assertThat(failingBesideAGoodSource("/gone.pdf").reason()).contains("HTTP 404");
    site.verify(1, getRequestedFor(urlEqualTo("/gone.pdf")));
  }

  @Test
  void aServerErrorIsRetriedAndThenSucceeds() throws Exception {
    site.stubFor(
        get("/busy.txt")
            .inScenario("busy")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(500))
            .willSetStateTo("recovered"));
    site.stubFor(
        get("/busy.txt")
            .inScenario("busy")
            .whenScenarioStateIs("recovered")
            .willReturn(
                aResponse().withHeader("Content-Type", TEXT).withBody("Second time lucky.")));
    FetchReport report = fetch("/busy.txt");
    assertThat(report.outcomes())
        .singleElement()
        .satisfies(o -> assertThat(o.status()).isEqualTo(FetchReport.Status.ADDED));
    site.verify(2, getRequestedFor(urlEqualTo("/busy.txt")));
    assertThat(waits).contains(Duration.ofMillis(20));
  }

  @Test
  void tooManyRequestsWaitsAsLongAsRetryAfterSays() throws Exception {
    site.stubFor(
        get("/limited.txt")
            .inScenario("limit")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7"))
            .willSetStateTo("open"));
    site.stubFor(
        get("/limited.txt")
            .inScenario("limit")
            .whenScenarioStateIs("open")
            .willReturn(
                aResponse().withHeader("Content-Type", TEXT).withBody("Patience rewarded.")));
    FetchReport report = fetch("/limited.txt");
    assertThat(report.failures()).isEmpty();
    assertThat(waits).contains(Duration.ofSeconds(7));
  }

  @Test
  void aServerThatStaysBusyIsReportedAfterTheLastAttempt() throws Exception {
    site.stubFor(get("/down.txt").willReturn(aResponse().withStatus(503)));
    assertThat(failingBesideAGoodSource("/down.txt").reason())
        .contains("HTTP 503")
        .contains("after 3 attempts");
    site.verify(3, getRequestedFor(urlEqualTo("/down.txt")));
  }

  @Test
  void aSlowResponseTimesOut() throws Exception {
    site.stubFor(
        get("/slow.txt").willReturn(aResponse().withFixedDelay(5_000).withBody("too late")));
    settings =
        settings.withRetries(1, Duration.ofMillis(1)).withResponseTimeout(Duration.ofSeconds(1));
    assertThat(failingBesideAGoodSource("/slow.txt").reason()).contains("within 1 s");
  }

  @Test
  void aBodyThatStallsTimesOut() throws Exception {
    site.stubFor(
        get("/dribble.txt")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", TEXT)
                    .withBody("x".repeat(4000))
                    .withChunkedDribbleDelay(20, 5_000)));
    settings =
        settings.withRetries(1, Duration.ofMillis(1)).withResponseTimeout(Duration.ofSeconds(1));
    assertThat(failingBesideAGoodSource("/dribble.txt").reason())
        .contains("did not arrive within 1 s");
  }

  @Test
  void aRedirectLoopIsCutShort() throws Exception {
    site.stubFor(get("/a").willReturn(aResponse().withStatus(302).withHeader("Location", "/b")));
    site.stubFor(
        get("/b").willReturn(aResponse().withStatus(301).withHeader("Location", url("/a"))));
    assertThat(failingBesideAGoodSource("/a").reason()).contains("redirect loop").contains("/b");
  }

  @Test
  void aRedirectIsFollowedAndTheOriginalAddressRecorded() throws Exception {
    site.stubFor(
        get("/old.txt").willReturn(aResponse().withStatus(301).withHeader("Location", "/ok.txt")));
    FetchReport report = fetch("/old.txt");
    assertThat(report.failures()).isEmpty();
    assertThat(Corpus.open(corpus).manifest().findByUrl(url("/old.txt"))).isPresent();
  }

  @Test
  void aTruncatedBodyIsNotStored() throws Exception {
    site.stubFor(
        get("/broken.pdf").willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
    assertThat(failingBesideAGoodSource("/broken.pdf").reason()).contains("broke off");
  }

  @Test
  void aBodyShorterThanItsContentLengthIsNotStored() throws Exception {
    site.stubFor(get("/short.pdf").willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
    // Random bytes make the client fail in more than one way; each reason names the address that
    // failed.
    assertThat(failingBesideAGoodSource("/short.pdf").reason())
        .isNotBlank()
        .contains(url("/short.pdf"))
        .doesNotContain("Exception");
  }

  @Test
  void anOversizedBodyIsRefused() throws Exception {
    site.stubFor(
        get("/huge.txt")
            .willReturn(
                aResponse().withHeader("Content-Type", TEXT).withBody("y".repeat(65 * 1024))));
    assertThat(failingBesideAGoodSource("/huge.txt").reason())
        .contains("over the size limit of 65536 bytes");
  }

  @Test
  void anOversizedBodyWithoutALengthIsCutOff() throws Exception {
    site.stubFor(
        get("/stream.txt")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", TEXT)
                    .withHeader("Transfer-Encoding", "chunked")
                    .withBody("z".repeat(80 * 1024))
                    .withChunkedDribbleDelay(4, 10)));
    assertThat(failingBesideAGoodSource("/stream.txt").reason()).contains("size limit");
  }

  @Test
  void aGovUkPageIsReadAsHtmlWhenRobotsTxtKeepsUsOffTheContentApi() throws Exception {
    site.stubFor(
        get("/robots.txt").willReturn(aResponse().withBody("User-agent: *\nDisallow: /api/\n")));
    site.stubFor(
        get("/government/publications/provider-guidance")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody(
                        "<html><head><meta name=\"govuk:primary-publishing-organisation\" content=\"Department for Work and Pensions\">"
                            + "</head><body><main><h1>Provider guidance</h1><section class=\"gem-c-attachment\"><h3 class=\"gem-c-attachment__title\">"
                            + "<a class=\"govuk-link gem-c-attachment__link\" href=\"/media/abc123/chapter-3a.pdf\">Chapter 3a: mandation</a></h3>"
                            + "</section></main></body></html>")));
    site.stubFor(
        get("/media/abc123/chapter-3a.pdf")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/pdf")
                    .withBody(
                        org.foiarchive.testing.TestDocuments.pdf(
                            List.of("117. You cannot mandate a participant.")))));
    FetchReport report = fetch("/government/publications/provider-guidance");
    assertThat(report.failures()).isEmpty();
    assertThat(report.count(FetchReport.Status.ADDED)).isEqualTo(2);
    Source page =
        Corpus.open(corpus)
            .manifest()
            .findByUrl(url("/government/publications/provider-guidance"))
            .orElseThrow();
    assertThat(page.provenance().kind().id()).isEqualTo("guidance");
    assertThat(page.provenance().publisher()).isEqualTo("Department for Work and Pensions");
    assertThat(
            Corpus.open(corpus)
                .manifest()
                .findByUrl(url("/media/abc123/chapter-3a.pdf"))
                .orElseThrow()
                .parent())
        .isEqualTo(page.id());
    site.verify(
        0,
        getRequestedFor(urlPathEqualTo("/api/content/government/publications/provider-guidance")));
  }

  @Test
  void theUserAgentNamesTheArchiveAndAContact() throws Exception {
    fetch("/ok.txt");
    site.verify(
        getRequestedFor(urlPathEqualTo("/ok.txt"))
            .withHeader("User-Agent", matching("foiarchive/.*\\+https://example\\.org/contact.*")));
  }

  @Test
  void requestsToOneHostAreSpacedByTheDelay() throws Exception {
    settings = settings.withPerHostDelay(Duration.ofSeconds(3));
    site.stubFor(
        get("/second.txt")
            .willReturn(aResponse().withHeader("Content-Type", TEXT).withBody("Another.")));
    fetch("/ok.txt", "/second.txt");
    // robots.txt, then two pages: each later request waits for (most of) the delay.
    assertThat(waits)
        .hasSize(2)
        .allSatisfy(w -> assertThat(w).isBetween(Duration.ofMillis(2000), Duration.ofSeconds(3)));
  }

  @Test
  void anUnchangedSourceIsNotDownloadedAgain() throws Exception {
    site.stubFor(
        get("/ok.txt")
            .withHeader("If-None-Match", matching("\"v1\""))
            .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v1\"")));
    fetch("/ok.txt");
    Map<String, String> before = CorpusFiles.state(corpus);
    FetchReport again = fetch("/ok.txt");
    assertThat(again.outcomes())
        .singleElement()
        .satisfies(o -> assertThat(o.status()).isEqualTo(FetchReport.Status.UNCHANGED));
    assertThat(CorpusFiles.state(corpus)).isEqualTo(before);
    site.verify(
        getRequestedFor(urlEqualTo("/ok.txt")).withHeader("If-None-Match", matching("\"v1\"")));
  }

  @Test
  void aChangedSourceKeepsTheOldSnapshotInItsHistory() throws Exception {
    fetch("/ok.txt");
    Source first = Corpus.open(corpus).manifest().findByUrl(url("/ok.txt")).orElseThrow();
    site.stubFor(
        get("/ok.txt")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", TEXT)
                    .withHeader("ETag", "\"v2\"")
                    .withBody("A corrected reply.")));
    FetchReport again = fetch("/ok.txt");
    assertThat(again.outcomes())
        .singleElement()
        .satisfies(o -> assertThat(o.status()).isEqualTo(FetchReport.Status.UPDATED));
    Source second = Corpus.open(corpus).manifest().find(first.id()).orElseThrow();
    assertThat(second.capture().sha256()).isNotEqualTo(first.capture().sha256());
    assertThat(second.validators().etag()).isEqualTo("\"v2\"");
    assertThat(second.history())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.sha256()).isEqualTo(first.capture().sha256());
              assertThat(v.retrieved()).isEqualTo(first.capture().retrieved());
            });
    assertThat(corpus.resolve(first.capture().snapshot())).exists();
    assertThat(corpus.resolve(second.capture().snapshot())).hasContent("A corrected reply.");
  }
}
