package org.foiarchive.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.fetch.CorpusFetcher;
import org.foiarchive.fetch.FetchListener;
import org.foiarchive.fetch.FetchReport;
import org.foiarchive.fetch.FetchSettings;
import org.foiarchive.fetch.Fetcher;
import org.foiarchive.fetch.Sleeper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fetch}: fetches sources politely into the corpus. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = {
      "Fetches the given addresses (or, with none, every source in the manifest that has one) into the corpus:",
      "the bytes into snapshots/, the provenance into sources.yml. WhatDoTheyKnow (and other Alaveteli) request",
      "pages come with their messages and their attachments; GOV.UK publications are read through the Content",
      "API with their attachments; ICO decision-notice pages give their PDF. Obeys robots.txt, waits between",
      "requests to a host, sends a User-Agent with a contact address, asks only for what changed, retries busy",
      "servers. A source that fails is reported and leaves the corpus as it was; the exit status is then 1.",
      "Run 'ingest' (or restart 'serve') afterwards.",
      "",
      "Examples:",
      "  foiarchive fetch https://www.whatdotheyknow.com/request/mandated_access_to_a_universal_j",
      "  foiarchive fetch https://www.gov.uk/government/publications/work-programme-dwp-provider-guidance",
      "  foiarchive fetch --corpus corpus        (fetches the manifest's sources again; unchanged ones are skipped)"})
public final class FetchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "URL", arity = "0..*", description = "Addresses to fetch (default: the manifest's sources).")
  List<String> urls = new ArrayList<>();

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "Corpus folder. Default: ${DEFAULT-VALUE}")
  Path corpus;

  @Option(names = "--kind", paramLabel = "K", description = "Kind for sources that are not recognised "
      + "(foi-response, guidance, commentary...). Default: commentary")
  String kind;

  @Option(names = "--delay", paramLabel = "SECONDS", defaultValue = "2",
      description = "Least time between two requests to one host. Default: ${DEFAULT-VALUE}")
  double delaySeconds;

  @Option(names = "--contact", paramLabel = "URL", defaultValue = "${env:FOIARCHIVE_CONTACT}",
      description = "Your web page or e-mail address, sent in the User-Agent so site owners can reach whoever "
          + "runs the fetch (as GOV.UK and WhatDoTheyKnow ask). Default: the FOIARCHIVE_CONTACT variable.")
  String contact;

  @Option(names = "--max-size", paramLabel = "MB", defaultValue = "100",
      description = "Largest file fetched, in megabytes. Default: ${DEFAULT-VALUE}")
  long maxMegabytes;

  @Option(names = "--quiet", description = "Print only failures and the summary.")
  boolean quiet;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (kind != null && SourceKind.fromId(kind).isEmpty()) {
      throw new ParameterException(spec.commandLine(), "unknown kind '" + kind + "'");
    }
    if (delaySeconds < 0 || maxMegabytes < 1) {
      throw new ParameterException(spec.commandLine(), "--delay must be 0 or more and --max-size at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (contact == null || contact.isBlank()) {
      spec.commandLine().getErr().println("foiarchive fetch: no --contact given; sites ask fetchers for a way to "
          + "reach them (set --contact or FOIARCHIVE_CONTACT)");
    }
    FetchSettings settings = FetchSettings.defaults()
        .withUserAgent(FetchSettings.userAgentFor(contact))
        .withPerHostDelay(Duration.ofMillis(Math.round(delaySeconds * 1000)))
        .withMaxBytes(maxMegabytes * 1024 * 1024);
    FetchListener progress = new Progress(out, quiet);
    try (Fetcher fetcher = new Fetcher(settings, Sleeper.REAL, progress)) {
      CorpusFetcher corpusFetcher = new CorpusFetcher(fetcher, progress);
      FetchReport report = urls.isEmpty() ? corpusFetcher.fetchManifest(corpus) : corpusFetcher.fetch(corpus, urls, kind);
      out.println(report.summary());
      out.flush();
      return report.failures().isEmpty() ? 0 : 1;
    }
  }

  /** One line per request and per source, so a long run shows where it is. */
  private record Progress(PrintWriter out, boolean quiet) implements FetchListener {
    @Override
    public void requesting(String url) {
      print("  GET     " + url);
    }

    @Override
    public void retrying(String url, String reason, Duration wait) {
      print(String.format(Locale.ROOT, "  retry   %s in %.0f s: %s", url, wait.toMillis() / 1000.0, reason));
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
      out.println("  FAILED  " + url + ": " + reason);
      out.flush();
    }

    private void print(String line) {
      if (!quiet) {
        out.println(line);
        out.flush();
      }
    }
  }
}
