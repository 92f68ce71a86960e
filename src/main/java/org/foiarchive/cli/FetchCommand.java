package org.foiarchive.cli;

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
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description = {
      "Fetches the given addresses (or, with none, every source in the manifest that has one) into the corpus:",
      "the bytes into snapshots/, the provenance into sources.yml. WhatDoTheyKnow (and other Alaveteli) request",
      "pages come with their messages and their attachments; GOV.UK publications are read through the Content",
      "API with their attachments; ICO decision-notice pages give their PDF. Obeys robots.txt, waits between",
      "requests to a host, sends a User-Agent with a contact address, asks only for what changed, retries busy",
      "servers, and sends at most --max-requests requests a run. A source that fails is reported and leaves the",
      "corpus as it was; the exit status is then 1. Run 'ingest' (or restart 'serve') afterwards.",
      "",
      "Sources can also be found by search: --body (an authority's requests on WhatDoTheyKnow or another",
      "Alaveteli site, by its public page), --search (an Alaveteli search feed, where robots.txt allows it),",
      "--govuk (GOV.UK's site search), or --watch (everything listed in corpus/watch.yml, new or changed since",
      "its last check).",
      "",
      "Examples:",
      "  foiarchive fetch https://www.whatdotheyknow.com/request/mandated_access_to_a_universal_j",
      "  foiarchive fetch https://www.gov.uk/government/publications/work-programme-dwp-provider-guidance",
      "  foiarchive fetch --corpus corpus        (fetches the manifest's sources again; unchanged ones are skipped)",
      "  foiarchive fetch --body dwp --match \"universal jobmatch\" --since 2013-01-01 --limit 20",
      "  foiarchive fetch --govuk \"jobseeker's direction\" --organisation department-for-work-pensions",
      "  foiarchive fetch --watch"
    })
public final class FetchCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "URL",
      arity = "0..*",
      description = "Addresses to fetch (default: the manifest's sources).")
  List<String> urls = new ArrayList<>();

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      defaultValue = "corpus",
      description = "Corpus folder. Default: ${DEFAULT-VALUE}")
  Path corpus;

  @Option(
      names = "--kind",
      paramLabel = "K",
      description =
          "Kind for sources that are not recognised "
              + "(foi-response, guidance, commentary...). Default: commentary")
  String kind;

  @Option(
      names = "--delay",
      paramLabel = "SECONDS",
      defaultValue = "2",
      description = "Least time between two requests to one host. Default: ${DEFAULT-VALUE}")
  double delaySeconds;

  @Option(
      names = "--contact",
      paramLabel = "URL",
      defaultValue = "${env:FOIARCHIVE_CONTACT}",
      description =
          "Your web page or e-mail address, sent in the User-Agent so site owners can reach whoever "
              + "runs the fetch (as GOV.UK and WhatDoTheyKnow ask). Default: the FOIARCHIVE_CONTACT variable.")
  String contact;

  @Option(
      names = "--max-size",
      paramLabel = "MB",
      defaultValue = "100",
      description = "Largest file fetched, in megabytes. Default: ${DEFAULT-VALUE}")
  long maxMegabytes;

  @Option(names = "--quiet", description = "Print only failures and the summary.")
  boolean quiet;

  @Option(
      names = "--body",
      paramLabel = "NAME",
      description =
          "Discover the requests to a public body through "
              + "its page on an Alaveteli site (/body/NAME, e.g. dwp), newest first, and fetch each.")
  String body;

  @Option(
      names = "--search",
      paramLabel = "QUERY",
      description =
          "Discover requests through an Alaveteli site's "
              + "search feed (/feed/search/QUERY), only where its robots.txt allows feeds (WhatDoTheyKnow's does not).")
  String search;

  @Option(
      names = "--govuk",
      paramLabel = "QUERY",
      description =
          "Discover GOV.UK items through its search API "
              + "and fetch each through the Content API.")
  String govuk;

  @Option(
      names = "--watch",
      description =
          "Fetch what is new or changed in everything corpus/watch.yml lists, "
              + "since each entry's last check (kept in corpus/watch-state.yml).")
  boolean watch;

  @Option(
      names = "--site",
      paramLabel = "URL",
      description =
          "The site a discovery asks. Default: "
              + "https://www.whatdotheyknow.com for --body and --search, https://www.gov.uk for --govuk.")
  String site;

  @Option(
      names = "--match",
      paramLabel = "WORDS",
      description =
          "Keep only what has every one of these words "
              + "(or words starting with them) in its title.")
  String match;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description =
          "Keep only what is dated on or after this day "
              + "(yyyy-mm-dd): a request's latest event, a GOV.UK item's last update.")
  LocalDate since;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "100",
      description =
          "Sources a discovery fetches at most (per watched entry with --watch). Default: ${DEFAULT-VALUE}")
  int limit;

  @Option(
      names = "--organisation",
      paramLabel = "ORG",
      description =
          "With --govuk: the publishing organisation's "
              + "slug, e.g. department-for-work-pensions.")
  String organisation;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "With --govuk: GOV.UK's format filter, " + "e.g. guidance or foi_release.")
  String format;

  @Option(
      names = "--max-requests",
      paramLabel = "N",
      defaultValue = "" + FetchSettings.DEFAULT_MAX_REQUESTS,
      description =
          "Requests one run sends at most; what is left waits for the next run. Default: ${DEFAULT-VALUE}")
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
    if (kind != null && SourceKind.fromId(kind).isEmpty()) {
      throw new ParameterException(spec.commandLine(), "unknown kind '" + kind + "'");
    }
    if (delaySeconds < 0 || maxMegabytes < 1) {
      throw new ParameterException(
          spec.commandLine(), "--delay must be 0 or more and --max-size at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (contact == null || contact.isBlank()) {
      spec.commandLine().getErr().println(CliMessages.get("cli.fetch.no-contact"));
    }
    FetchSettings settings =
        FetchSettings.defaults()
            .withUserAgent(FetchSettings.userAgentFor(contact))
            .withPerHostDelay(Duration.ofMillis(Math.round(delaySeconds * 1000)))
            .withMaxBytes(maxMegabytes * 1024 * 1024)
            .withMaxRequests(maxRequests);
    Progress bar = Progress.onStandardOutput(out, "sources");
    FetchListener progress = new FetchProgress(bar, quiet);
    try (Fetcher fetcher = new Fetcher(settings, Sleeper.REAL, progress)) {
      CorpusFetcher corpusFetcher = new CorpusFetcher(fetcher, progress);
      SourceDiscovery discovery = new SourceDiscovery(fetcher, corpusFetcher, progress);
      FetchReport report;
      if (watch) {
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
          out.println(
              CliMessages.get("cli.fetch.nothing-to-watch", corpus.resolve(WatchList.FILE)));
        }
        report = new FetchReport(all);
      } else if (body != null) {
        report = discovery.body(corpus, siteOr(WatchList.WHATDOTHEYKNOW), body, scope());
      } else if (search != null) {
        report = discovery.search(corpus, siteOr(WatchList.WHATDOTHEYKNOW), search, scope());
      } else if (govuk != null) {
        report =
            discovery.govUk(corpus, siteOr(WatchList.GOV_UK), govuk, organisation, format, scope());
      } else {
        report =
            urls.isEmpty()
                ? corpusFetcher.fetchManifest(corpus)
                : corpusFetcher.fetch(corpus, urls, kind == null ? null : SourceKind.of(kind));
      }
      bar.finish();
      out.println(report.summary());
      out.flush();
      return report.failures().isEmpty() ? 0 : 1;
    }
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
