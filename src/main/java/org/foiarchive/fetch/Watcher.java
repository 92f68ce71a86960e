package org.foiarchive.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.foiarchive.corpus.WatchList;
import org.foiarchive.corpus.WatchState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code fetch --watch}: checks each entry of {@code corpus/watch.yml} for what is new or changed
 * since its last check. A body, search or GOV.UK entry is discovered again from the day of its last
 * check (listings are newest first, so older pages are not read again), and what it finds is
 * fetched conditionally; an address is fetched conditionally. A check that fully succeeded is
 * remembered in {@code corpus/watch-state.yml}; a failed one is tried again from the same day next
 * time.
 */
public final class Watcher {
  private static final Logger LOG = LoggerFactory.getLogger(Watcher.class);

  private final CorpusFetcher corpusFetcher;
  private final SourceDiscovery discovery;
  private final Clock clock;

  public Watcher(CorpusFetcher corpusFetcher, SourceDiscovery discovery, Clock clock) {
    this.corpusFetcher = corpusFetcher;
    this.discovery = discovery;
    this.clock = clock;
  }

  /** One entry's check. */
  public record Checked(WatchList.Entry entry, LocalDate since, FetchReport report) {}

  /**
   * Checks every entry in order, saving the state after each so an interrupted run keeps what it
   * did.
   *
   * @param limit sources fetched at most per discovery entry
   */
  public List<Checked> watch(Path corpusDir, int limit) throws InterruptedException, IOException {
    WatchList list = WatchList.load(corpusDir);
    WatchState state = WatchState.load(corpusDir);
    List<Checked> checks = new ArrayList<>();
    for (WatchList.Entry entry : list.watch()) {
      Instant started = clock.instant().truncatedTo(ChronoUnit.SECONDS);
      LocalDate since =
          state.of(entry).map(c -> LocalDate.ofInstant(c.at(), ZoneOffset.UTC)).orElse(null);
      FetchReport report = check(corpusDir, entry, since, limit);
      checks.add(new Checked(entry, since, report));
      if (report.failures().isEmpty()) {
        state = state.with(entry, new WatchState.Check(started, outcome(report)));
        state.save(corpusDir);
      } else {
        LOG.info(
            "watch entry '{}' had failures; it is checked again from {} next time",
            entry.key(),
            since);
      }
    }
    return checks;
  }

  private FetchReport check(Path corpusDir, WatchList.Entry entry, LocalDate since, int limit)
      throws InterruptedException {
    URI site = URI.create(entry.siteOrDefault());
    return switch (entry.kind()) {
      case BODY ->
          discovery.body(
              corpusDir,
              site,
              entry.body(),
              new SourceDiscovery.Scope(entry.match(), since, limit));
      case SEARCH ->
          discovery.search(
              corpusDir,
              site,
              entry.search(),
              new SourceDiscovery.Scope(entry.match(), since, limit));
      case GOVUK ->
          discovery.govUk(
              corpusDir,
              site,
              entry.govuk(),
              entry.organisation(),
              entry.format(),
              new SourceDiscovery.Scope(entry.match(), since, limit));
      case URL -> corpusFetcher.fetch(corpusDir, List.of(entry.url()), null);
    };
  }

  /**
   * The report in words, for the state file and the about page: "3 sources: 1 added, 2 unchanged".
   */
  static String outcome(FetchReport report) {
    if (report.outcomes().isEmpty()) {
      return "nothing new";
    }
    List<String> parts = new ArrayList<>();
    for (FetchReport.Status status : FetchReport.Status.values()) {
      long n = report.count(status);
      if (n > 0) {
        parts.add(n + " " + status.name().toLowerCase(Locale.ROOT));
      }
    }
    return String.join(", ", parts);
  }
}
