package org.foiarchive.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.testing.CorpusFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fetch} as a user runs it, against a local site: progress, a summary, and the exit status.
 */
class FetchCommandIT {
  @TempDir Path corpus;

  private WireMockServer site;

  @BeforeEach
  void start() {
    site = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    site.start();
    site.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
    site.stubFor(
        get("/reply.txt")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/plain")
                    .withBody("Advisers cannot require access to an account.")));
    site.stubFor(get("/gone.txt").willReturn(aResponse().withStatus(404)));
  }

  @AfterEach
  void stop() {
    site.stop();
  }

  @Test
  void fetchAddsTheSourceAndPrintsWhatItDid() {
    CommandLineIT.Run run =
        CommandLineIT.run(
            "fetch",
            "--corpus",
            corpus.toString(),
            "--delay",
            "0",
            "--kind",
            "foi-response",
            site.baseUrl() + "/reply.txt");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("GET     " + site.baseUrl() + "/reply.txt", "added", "1 sources: 1 added");
    assertThat(
            Corpus.open(corpus)
                .manifest()
                .findByUrl(site.baseUrl() + "/reply.txt")
                .orElseThrow()
                .provenance()
                .kind()
                .id())
        .isEqualTo("foi-response");
  }

  @Test
  void aFailedSourceIsReportedAndTheExitStatusIsOne() {
    CommandLineIT.Run run =
        CommandLineIT.run(
            "fetch", "--corpus", corpus.toString(), "--delay", "0", site.baseUrl() + "/gone.txt");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("FAILED  " + site.baseUrl() + "/gone.txt: HTTP 404", "1 failed");
    assertThat(CorpusFiles.state(corpus)).isEmpty();
  }

  @Test
  void withNoAddressTheManifestsSourcesAreFetchedAgainAndUnchangedOnesSkipped() {
    CommandLineIT.run(
        "fetch", "--corpus", corpus.toString(), "--delay", "0", site.baseUrl() + "/reply.txt");
    var before = CorpusFiles.state(corpus);
    CommandLineIT.Run again =
        CommandLineIT.run("fetch", "--corpus", corpus.toString(), "--delay", "0", "--quiet");
    assertThat(again.status()).isZero();
    assertThat(again.out()).contains("1 sources: 0 added, 0 updated, 1 unchanged, 0 failed");
    assertThat(CorpusFiles.state(corpus)).isEqualTo(before);
  }

  @Test
  void anUnknownKindIsBadUsage() {
    assertThat(CommandLineIT.run("fetch", "--kind", "gossip", "http://127.0.0.1:9/x").status())
        .isEqualTo(2);
  }

  @Test
  void anUnknownOptionIsBadUsageAndFetchesNothing() {
    CommandLineIT.Run run =
        CommandLineIT.run(
            "fetch",
            "--corpus",
            corpus.toString(),
            "--delay",
            "0",
            "--sheet",
            site.baseUrl() + "/reply.txt");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("unknown option '--sheet'");
    assertThat(CorpusFiles.state(corpus)).isEmpty();
    site.verify(
        0,
        com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
            com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/reply.txt")));
  }

  @Test
  void twoWaysOfChoosingWhatToFetchAreBadUsage() {
    CommandLineIT.Run run =
        CommandLineIT.run("fetch", "--corpus", corpus.toString(), "--body", "dwp", "--watch");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("give one of addresses, --body, --search, --govuk and --watch");
  }

  @Test
  void eachFinishedSourceIsAPlainProgressLineWhenOutputIsNotATerminal() {
    CommandLineIT.Run run =
        CommandLineIT.run(
            "fetch",
            "--corpus",
            corpus.toString(),
            "--delay",
            "0",
            site.baseUrl() + "/reply.txt",
            site.baseUrl() + "/gone.txt");
    assertThat(run.out())
        .contains(
            "  [1/2] " + site.baseUrl() + "/reply.txt\n", "  [2/2] " + site.baseUrl() + "/gone.txt")
        .doesNotContain("\r");
  }

  @Test
  void aSearchFeedTheSiteForbidsIsRefusedWithTheReasonAndTheAlternative() {
    site.stubFor(
        get("/robots.txt")
            .willReturn(
                aResponse().withBody(org.foiarchive.fetch.AlaveteliStandIn.ALAVETELI_ROBOTS)));
    CommandLineIT.Run run =
        CommandLineIT.run(
            "fetch",
            "--corpus",
            corpus.toString(),
            "--delay",
            "0",
            "--search",
            "universal jobmatch",
            "--site",
            site.baseUrl());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "FAILED  " + site.baseUrl() + "/feed/search/universal%20jobmatch",
            "robots.txt",
            "nothing was fetched",
            "--body",
            "1 sources: 0 added, 0 updated, 0 unchanged, 1 failed");
    assertThat(CorpusFiles.state(corpus)).isEmpty();
  }

  @Test
  void watchingWithNoWatchListSaysSo() {
    CommandLineIT.Run run = CommandLineIT.run("fetch", "--corpus", corpus.toString(), "--watch");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Nothing to watch", "lists no entries");
  }

  @Test
  void watchingFetchesEachEntryAndASecondRunFindsItUnchanged() throws Exception {
    java.nio.file.Files.writeString(
        corpus.resolve("watch.yml"),
        "watch:\n  - url: " + site.baseUrl() + "/reply.txt\n    why: the reply advisers quote\n");
    CommandLineIT.Run first =
        CommandLineIT.run("fetch", "--corpus", corpus.toString(), "--delay", "0", "--watch");
    assertThat(first.status()).isZero();
    assertThat(first.out()).contains("url " + site.baseUrl() + "/reply.txt: 1 sources: 1 added");
    var before = CorpusFiles.state(corpus);

    CommandLineIT.Run second =
        CommandLineIT.run("fetch", "--corpus", corpus.toString(), "--delay", "0", "--watch");
    assertThat(second.out())
        .contains(
            "url " + site.baseUrl() + "/reply.txt: 1 sources: 0 added, 0 updated, 1 unchanged");
    var after = CorpusFiles.state(corpus);
    before.remove("watch-state.yml");
    after.remove("watch-state.yml");
    assertThat(after).isEqualTo(before);
  }

  @Test
  void discoveryOptionsWithoutADiscoveryAreBadUsage() {
    CommandLineIT.Run run =
        CommandLineIT.run("fetch", "--corpus", corpus.toString(), "--watch", "--match", "x");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("go with --body, --search or --govuk");
  }
}
