package org.foiarchive.fetch;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * GOV.UK's site search API ({@code /api/search.json}): {@code q}, {@code filter_organisations},
 * {@code filter_format} and {@code filter_public_timestamp=from:DATE} narrow it, {@code
 * order=-public_timestamp} puts the newest first, {@code start}/{@code count} page it; each of its
 * {@code results} has a {@code link} (a path on GOV.UK), a {@code title} and a {@code
 * public_timestamp}. Each result is then read through the Content API, as {@code fetch URL} reads a
 * publication.
 */
final class GovUkSearch {
  /** Results asked for per page of the search API. */
  static final int PAGE_SIZE = 50;

  /** One page of results and the total the API reports. */
  record Page(List<Discovered> results, int total) {}

  private GovUkSearch() {}

  static URI address(
      URI site, String query, String organisation, String format, LocalDate since, int start) {
    StringBuilder url =
        new StringBuilder(AlaveteliSearchFeed.origin(site))
            .append("/api/search.json?q=")
            .append(encode(query == null ? "" : query.strip()));
    if (organisation != null && !organisation.isBlank()) {
      url.append("&filter_organisations=").append(encode(organisation.strip()));
    }
    if (format != null && !format.isBlank()) {
      url.append("&filter_format=").append(encode(format.strip()));
    }
    if (since != null) {
      url.append("&filter_public_timestamp=").append(encode("from:" + since));
    }
    url.append("&order=-public_timestamp&fields=link,title,public_timestamp&count=")
        .append(PAGE_SIZE)
        .append("&start=")
        .append(start);
    return URI.create(url.toString());
  }

  static Page parse(byte[] json, URI searchUri) throws FetchException {
    JsonNode root = Json.parse(json);
    if (root == null || !root.path("results").isArray()) {
      throw new FetchException(searchUri + " is not a GOV.UK search API answer (no results list)");
    }
    List<Discovered> results = new ArrayList<>();
    for (JsonNode result : root.path("results")) {
      String link = Json.text(result, "link");
      if (link == null) {
        continue;
      }
      // Links are GOV.UK paths; a few results (external links) are whole addresses of other sites.
      String contentApi =
          link.startsWith("/")
              ? AlaveteliSearchFeed.origin(searchUri)
                  + GovUkSource.API_PREFIX
                  + link.replaceFirst("/$", "")
              : null;
      if (contentApi == null) {
        continue;
      }
      results.add(
          new Discovered(
              contentApi,
              Json.text(result, "title"),
              AlaveteliListing.day(Json.text(result, "public_timestamp"))));
    }
    return new Page(results, root.path("total").asInt(results.size()));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
