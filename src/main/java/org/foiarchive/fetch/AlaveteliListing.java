package org.foiarchive.fetch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One page of an Alaveteli listing of requests (a public body's page, {@code /body/<url_name>}):
 * each {@code div.request_listing} links its request by title and dates its latest event with a
 * {@code time} element; the listing runs newest first, and will_paginate's "next" link leads on.
 */
final class AlaveteliListing {
  /**
   * A listing links a request, or one of its messages or annotations: all of them mean the request
   * page.
   */
  private static final Pattern REQUEST_PATH = Pattern.compile("^(/request/[^/?#]+)");

  /**
   * The requests on the page, each once, in listing order, and the next page's address (null on the
   * last).
   */
  record Page(List<Discovered> requests, String next) {}

  private AlaveteliListing() {}

  static Page parse(Document page) {
    Map<String, Discovered> found = new LinkedHashMap<>();
    for (Element listing : page.select("div.request_listing")) {
      Element link = listing.selectFirst("span.head a[href], .head a[href], a[href*=/request/]");
      if (link == null) {
        continue;
      }
      String url = requestUrl(link.absUrl("href"));
      if (url == null || found.containsKey(url)) {
        continue;
      }
      Element time = listing.selectFirst("time[datetime]");
      found.put(
          url,
          new Discovered(
              url, link.text().strip(), time == null ? null : day(time.attr("datetime"))));
    }
    Element next = page.selectFirst("div.pagination a.next_page[href], a[rel=next][href]");
    // Alaveteli marks listing pages past the twentieth noindex,nofollow: a polite crawler stops
    // there.
    boolean nofollow = page.selectFirst("meta[name=robots][content*=nofollow]") != null;
    return new Page(
        new ArrayList<>(found.values()), next == null || nofollow ? null : next.absUrl("href"));
  }

  /**
   * The request page a listing link leads to: /request/{url_title}, without message anchors or
   * queries.
   */
  static String requestUrl(String href) {
    if (href == null || href.isEmpty()) {
      return null;
    }
    java.net.URI uri;
    try {
      uri = java.net.URI.create(href.replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      return null;
    }
    Matcher m = REQUEST_PATH.matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
    return m.find() && uri.getScheme() != null
        ? uri.getScheme() + "://" + uri.getRawAuthority() + m.group(1)
        : null;
  }

  static LocalDate day(String timestamp) {
    String day = Json.day(timestamp);
    try {
      return day == null ? null : LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
