package org.foiarchive.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds sources by search rather than by address, then fetches each as {@code fetch URL} does: a
 * public body's requests through its Alaveteli page ({@code /body/<url_name>}, paged, newest
 * first), requests through an Alaveteli search feed where robots.txt allows it, and GOV.UK items
 * through the site search API. Every request goes through the same polite {@link Fetcher}
 * (robots.txt, delay per host, the run's request cap). A discovery that cannot be read is one
 * failed outcome with its reason; what it found before that is still fetched.
 */
public final class SourceDiscovery {
  private static final Logger LOG = LoggerFactory.getLogger(SourceDiscovery.class);

  /**
   * Listing pages read at most per discovery. Alaveteli marks pages past the twentieth
   * noindex,nofollow and answers 404 beyond its last; a newest-first listing this deep is years
   * back.
   */
  static final int MAX_LISTING_PAGES = 20;

  private final Fetcher fetcher;
  private final CorpusFetcher corpusFetcher;
  private final FetchListener listener;

  /** Listing pages read in this run: several watched matches on one body's page read it once. */
  private final Map<String, AlaveteliListing.Page> listings = new HashMap<>();

  public SourceDiscovery(Fetcher fetcher, CorpusFetcher corpusFetcher, FetchListener listener) {
    this.fetcher = fetcher;
    this.corpusFetcher = corpusFetcher;
    this.listener = listener;
  }

  /**
   * What a discovery is after: the words a title must hold, the earliest date, and how many at
   * most.
   */
  public record Scope(String match, LocalDate since, int limit) {
    public Scope {
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be at least 1");
      }
    }
  }

  /**
   * The requests to a public body whose titles hold the words, newest first, through the body's
   * page on an Alaveteli site (paged until the limit, the date or the last page), each fetched with
   * its attachments.
   */
  public FetchReport body(Path corpusDir, URI site, String bodyName, Scope scope)
      throws InterruptedException {
    TitleMatch match = TitleMatch.of(scope.match());
    List<Discovered> found = new ArrayList<>();
    String failure = null;
    String next =
        AlaveteliSearchFeed.origin(site)
            + "/body/"
            + URLEncoder.encode(bodyName.strip(), StandardCharsets.UTF_8).replace("+", "%20");
    String first = next;
    try {
      listing:
      for (int page = 1; next != null && page <= MAX_LISTING_PAGES; page++) {
        AlaveteliListing.Page listed = listings.get(next);
        if (listed == null) {
          try (Fetched fetched = fetcher.get(Fetcher.Request.of(next).expecting("text/html"))) {
            listed = AlaveteliListing.parse(html(fetched));
          }
          listings.put(next, listed);
        }
        if (listed.requests().isEmpty() && page == 1) {
          throw new FetchException(
              first + " lists no requests (is '" + bodyName + "' the body's name in its address?)");
        }
        for (Discovered request : listed.requests()) {
          if (scope.since() != null
              && request.date() != null
              && request.date().isBefore(scope.since())) {
            break listing; // newest first: everything after this is older still
          }
          if (match.matches(request.title())) {
            found.add(request);
            if (found.size() >= scope.limit()) {
              break listing;
            }
          }
        }
        next = listed.next();
      }
    } catch (FetchException | IOException e) {
      failure = e.getMessage();
    }
    LOG.info("body {} on {}: {} requests match '{}'", bodyName, site, found.size(), scope.match());
    return fetchFound(corpusDir, first, found, failure);
  }

  /**
   * Requests an Alaveteli search feed finds, where the site's robots.txt allows its feeds;
   * Alaveteli's own robots.txt forbids them, and then nothing is fetched and the report says why
   * and what to use instead.
   */
  public FetchReport search(Path corpusDir, URI site, String query, Scope scope)
      throws InterruptedException {
    URI feed = AlaveteliSearchFeed.address(site, query);
    String refusal = fetcher.robotsRefusal(feed);
    if (refusal != null) {
      String reason =
          refusal
              + ", so its search feed is not read and nothing was fetched; use --body with the "
              + "authority's name in its address (e.g. --body dwp) and --match with the words, which reads the "
              + "authority's public page instead";
      listener.failed(feed.toString(), reason);
      return new FetchReport(
          List.of(
              new FetchReport.Outcome(feed.toString(), null, FetchReport.Status.FAILED, reason)));
    }
    TitleMatch match = TitleMatch.of(scope.match());
    List<Discovered> found = new ArrayList<>();
    String failure = null;
    try (Fetched fetched =
        fetcher.get(Fetcher.Request.of(feed.toString()).expecting("application/atom+xml"))) {
      for (Discovered entry : AlaveteliSearchFeed.parse(fetched.bytes(), feed)) {
        if (scope.since() != null && entry.date() != null && entry.date().isBefore(scope.since())) {
          continue;
        }
        if (match.matches(entry.title()) && found.size() < scope.limit()) {
          found.add(entry);
        }
      }
    } catch (FetchException | IOException e) {
      failure = e.getMessage();
    }
    return fetchFound(corpusDir, feed.toString(), found, failure);
  }

  /**
   * GOV.UK items the site search finds (newest first, paged), each read through the Content API.
   */
  public FetchReport govUk(
      Path corpusDir, URI site, String query, String organisation, String format, Scope scope)
      throws InterruptedException {
    TitleMatch match = TitleMatch.of(scope.match());
    List<Discovered> found = new ArrayList<>();
    String failure = null;
    URI first = GovUkSearch.address(site, query, organisation, format, scope.since(), 0);
    try {
      for (int start = 0, page = 1;
          page <= MAX_LISTING_PAGES && found.size() < scope.limit();
          page++) {
        URI address = GovUkSearch.address(site, query, organisation, format, scope.since(), start);
        GovUkSearch.Page results;
        try (Fetched fetched =
            fetcher.get(Fetcher.Request.of(address.toString()).expecting("application/json"))) {
          results = GovUkSearch.parse(fetched.bytes(), address);
        }
        for (Discovered result : results.results()) {
          if (match.matches(result.title()) && found.size() < scope.limit()) {
            found.add(result);
          }
        }
        start += GovUkSearch.PAGE_SIZE;
        if (results.results().isEmpty() || start >= results.total()) {
          break;
        }
      }
    } catch (FetchException | IOException e) {
      failure = e.getMessage();
    }
    return fetchFound(corpusDir, first.toString(), found, failure);
  }

  private FetchReport fetchFound(
      Path corpusDir, String where, List<Discovered> found, String failure)
      throws InterruptedException {
    List<FetchReport.Outcome> outcomes = new ArrayList<>();
    if (failure != null) {
      listener.failed(where, failure);
      outcomes.add(new FetchReport.Outcome(where, null, FetchReport.Status.FAILED, failure));
    }
    outcomes.addAll(
        corpusFetcher
            .fetch(corpusDir, found.stream().map(Discovered::url).toList(), null)
            .outcomes());
    return new FetchReport(outcomes);
  }

  private static Document html(Fetched fetched) throws IOException {
    String charset = fetched.charset() == null ? "UTF-8" : fetched.charset();
    return Jsoup.parse(new ByteArrayInputStream(fetched.bytes()), charset, fetched.finalUrl());
  }
}
