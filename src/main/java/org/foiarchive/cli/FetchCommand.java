package org.foiarchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.corpus.WatchList;
import org.foiarchive.fetch.CorpusFetcher;
import org.foiarchive.fetch.FetchListener;
import org.foiarchive.fetch.FetchReport;
import org.foiarchive.fetch.FetchSettings;
import org.foiarchive.fetch.Fetcher;
import org.foiarchive.fetch.Sleeper;
import org.foiarchive.fetch.SourceDiscovery;
import org.foiarchive.fetch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fetch}: fetches sources politely into the corpus. */
@Command(name = "fetch", mixinStandardHelpOptions = true)
public final class FetchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "URL", arity = "0..*", descriptionKey = "URL")
  List<String> urls = new ArrayList<>();

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus")
  Path corpus;

  @Option(names = "--kind", paramLabel = "K")
  String kind;

  @Option(names = "--delay", paramLabel = "SECONDS", defaultValue = "2")
  double delaySeconds;

  @Option(names = "--contact", paramLabel = "URL", defaultValue = "${env:FOIARCHIVE_CONTACT}")
  String contact;

  @Option(names = "--max-size", paramLabel = "MB", defaultValue = "100")
  long maxMegabytes;

  @Option(names = "--quiet")
  boolean quiet;

  @Option(names = "--body", paramLabel = "NAME")
  String body;

  @Option(names = "--search", paramLabel = "QUERY")
  String search;

  @Option(names = "--govuk", paramLabel = "QUERY")
  String govuk;

  @Option(names = "--watch")
  boolean watch;

  @Option(names = "--site", paramLabel = "URL")
  String site;

  @Option(names = "--match", paramLabel = "WORDS")
  String match;

  @Option(names = "--since", paramLabel = "DATE")
  LocalDate since;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "100")
  int limit;

  @Option(names = "--organisation", paramLabel = "ORG")
  String organisation;

  @Option(names = "--format", paramLabel = "FORMAT")
  String format;

  @Option(
      names = "--max-requests",
      paramLabel = "N",
      defaultValue = "" + FetchSettings.DEFAULT_MAX_REQUESTS)
  int maxRequests;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    // The top command collects unknown arguments to pass to 'serve', and picocli lets subcommands
    // inherit that leniency: without this check '--sheet x.csv' would fetch 'x.csv' and ignore
    // '--sheet'.
    List<String> unknown = spec.commandLine().getUnmatchedArguments();
    if (!unknown.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "unknown option '" + unknown.getFirst() + "'");
    }
    checkDiscoveryOptions();
    checkValues();
    PrintWriter out = spec.commandLine().getOut();
    if (contact == null || contact.isBlank()) {
      spec.commandLine().getErr().println(CliMessages.get("cli.fetch.no-contact"));
    }
    Progress bar = Progress.onStandardOutput(out, "sources");
    FetchListener progress = new FetchProgress(bar, quiet);
    try (Fetcher fetcher = new Fetcher(settings(), Sleeper.REAL, progress)) {
      CorpusFetcher corpusFetcher = new CorpusFetcher(fetcher, progress);
      SourceDiscovery discovery = new SourceDiscovery(fetcher, corpusFetcher, progress);
      FetchReport report =
          watch ? watch(corpusFetcher, discovery, bar, out) : fetch(corpusFetcher, discovery);
      bar.finish();
      out.println(report.summary());
      out.flush();
      return report.failures().isEmpty() ? 0 : 1;
    }
  }

  private void checkValues() {
    if (kind != null && SourceKind.fromId(kind).isEmpty()) {
      throw new ParameterException(spec.commandLine(), "unknown kind '" + kind + "'");
    }
    if (delaySeconds < 0 || maxMegabytes < 1) {
      throw new ParameterException(
          spec.commandLine(), "--delay must be 0 or more and --max-size at least 1");
    }
  }

  private FetchSettings settings() {
    return FetchSettings.defaults()
        .withUserAgent(FetchSettings.userAgentFor(contact))
        .withPerHostDelay(Duration.ofMillis(Math.round(delaySeconds * 1000)))
        .withMaxBytes(maxMegabytes * 1024 * 1024)
        .withMaxRequests(maxRequests);
  }

  /** Checks every entry of the watch list, printing a line for each; one report for them all. */
  private FetchReport watch(
      CorpusFetcher corpusFetcher, SourceDiscovery discovery, Progress bar, PrintWriter out)
      throws IOException, InterruptedException {
    List<Watcher.Checked> checks =
        new Watcher(corpusFetcher, discovery, Clock.systemUTC()).watch(corpus, limit);
    bar.finish();
    List<FetchReport.Outcome> all = new ArrayList<>();
    for (Watcher.Checked check : checks) {
      out.println(
          CliMessages.get("cli.fetch.watched", check.entry().key(), check.report().summary()));
      all.addAll(check.report().outcomes());
    }
    if (checks.isEmpty()) {
      out.println(CliMessages.get("cli.fetch.nothing-to-watch", corpus.resolve(WatchList.FILE)));
    }
    return new FetchReport(all);
  }

  /** A discovery (--body, --search, --govuk), else the addresses given, else the manifest's. */
  private FetchReport fetch(CorpusFetcher corpusFetcher, SourceDiscovery discovery)
      throws IOException, InterruptedException {
    if (body != null) {
      return discovery.body(corpus, siteOr(WatchList.WHATDOTHEYKNOW), body, scope());
    } else if (search != null) {
      return discovery.search(corpus, siteOr(WatchList.WHATDOTHEYKNOW), search, scope());
    } else if (govuk != null) {
      return discovery.govUk(
          corpus, siteOr(WatchList.GOV_UK), govuk, organisation, format, scope());
    }
    return urls.isEmpty()
        ? corpusFetcher.fetchManifest(corpus)
        : corpusFetcher.fetch(corpus, urls, kind == null ? null : SourceKind.of(kind));
  }

  /**
   * One way of choosing what to fetch at a time, and the discovery options only with a discovery.
   */
  private void checkDiscoveryOptions() {
    long ways =
        java.util.stream.Stream.of(
                body != null, search != null, govuk != null, watch, !urls.isEmpty())
            .filter(b -> b)
            .count();
    if (ways > 1) {
      throw new ParameterException(
          spec.commandLine(),
          "give one of addresses, --body, --search, --govuk and --watch, not several");
    }
    boolean discovering = body != null || search != null || govuk != null;
    if (!discovering
        && (site != null
            || match != null
            || since != null
            || organisation != null
            || format != null)) {
      throw new ParameterException(
          spec.commandLine(),
          "--site, --match, --since, --organisation and --format go with --body, --search or --govuk");
    }
    if ((organisation != null || format != null) && govuk == null) {
      throw new ParameterException(
          spec.commandLine(), "--organisation and --format go with --govuk");
    }
    if (limit < 1 || maxRequests < 1) {
      throw new ParameterException(
          spec.commandLine(), "--limit and --max-requests must be at least 1");
    }
    if (site != null && !site.matches("(?i)https?://[^/\\s]+/?")) {
      throw new ParameterException(
          spec.commandLine(),
          "--site must be a site's address, such as " + "https://www.whatdotheyknow.com");
    }
  }

  private URI siteOr(String standard) {
    return URI.create(site == null ? standard : site.replaceFirst("/$", ""));
  }

  private SourceDiscovery.Scope scope() {
    return new SourceDiscovery.Scope(match, since, limit);
  }

  /**
   * One line per request and per source, so a long run shows where it is, and a bar on a terminal.
   */
  private record FetchProgress(Progress bar, boolean quiet) implements FetchListener {
    @Override
    public void planned(int sources) {
      bar.addToTotal(sources);
    }

    @Override
    public void sourceDone(String url) {
      if (!quiet) {
        bar.done(url);
      }
    }

    @Override
    public void requesting(String url) {
      print("  GET     " + url);
    }

    @Override
    public void retrying(String url, String reason, Duration wait) {
      print(
          String.format(
              Locale.ROOT, "  retry   %s in %.0f s: %s", url, wait.toMillis() / 1000.0, reason));
    }

    @Override
    public void warning(String url, String message) {
      print("  note    " + url + ": " + message);
    }

    @Override
    public void recorded(String sourceId, String url, String outcome) {
      print(String.format(Locale.ROOT, "  %-7s %s (%s)", outcome, sourceId, url));
    }

    @Override
    public void failed(String url, String reason) {
      bar.message("  FAILED  " + url + ": " + reason);
    }

    private void print(String line) {
      if (!quiet) {
        bar.message(line);
      }
    }
  }
}
