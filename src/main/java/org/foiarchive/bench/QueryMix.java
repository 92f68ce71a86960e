package org.foiarchive.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.foiarchive.search.SearchRequest;

/**
 * The fixed mix of searches every benchmark runs: questions in plain words, exact phrases, acronyms
 * that expand to their synonyms, references, prefixes, exclusions, OR, and filters by topic, kind,
 * voice and date, each as the first page of ten hits with highlighting and facets.
 */
public final class QueryMix {
  private static final int PAGE = 10;

  private QueryMix() {}

  public static final List<SearchRequest> REQUESTS =
      List.of(
          SearchRequest.of("is a universal jobmatch account voluntary", PAGE),
          SearchRequest.of("UJ cookies", PAGE),
          SearchRequest.of("\"Jobseeker's Direction\" sanction", PAGE),
          SearchRequest.of("JSA sanctions hardship payments", PAGE),
          SearchRequest.of("\"actively seeking employment\"", PAGE),
          SearchRequest.of("DMG 21594", PAGE),
          SearchRequest.of("FOI 2437", PAGE),
          SearchRequest.of("personal data shared with employers", PAGE),
          SearchRequest.of("mandatory work activity after:2015", PAGE),
          SearchRequest.of("myworksearch OR avanta", PAGE),
          SearchRequest.of("evidence of job search -cookies", PAGE),
          SearchRequest.of("WP provider access to my account", PAGE),
          SearchRequest.of("ICO bogus employers", PAGE),
          SearchRequest.of("sanction* kind:guidance", PAGE),
          SearchRequest.of("claimant commitment voice:official", PAGE),
          SearchRequest.of("\"work programme\" before:2016", PAGE),
          SearchRequest.of("can a provider force me to register topic:mandation", PAGE),
          SearchRequest.of("subject access request", PAGE),
          SearchRequest.of("section 19A of the Jobseekers Act 1995", PAGE),
          SearchRequest.of("\"universal credit\" topic:consent kind:foi-response", PAGE),
          SearchRequest.builder("consent").topics(List.of("cookies")).limit(PAGE).build(),
          SearchRequest.builder("data protection")
              .kinds(List.of("guidance"))
              .voices(List.of("official"))
              .from("2013")
              .to("2018")
              .limit(PAGE)
              .build(),
          SearchRequest.builder("jobcentre adviser").offset(20).limit(PAGE).build(),
          SearchRequest.of("internet access device IAD", PAGE));

  /** A request as an {@code /api/search} path, for a load generator. */
  static String apiPath(SearchRequest r) {
    StringBuilder path =
        new StringBuilder("/api/search?limit=")
            .append(r.limit())
            .append("&q=")
            .append(encode(r.query()));
    r.topics().forEach(t -> path.append("&topic=").append(encode(t)));
    r.kinds().forEach(k -> path.append("&kind=").append(encode(k)));
    r.voices().forEach(v -> path.append("&voice=").append(encode(v)));
    if (r.from() != null) {
      path.append("&from=").append(encode(r.from()));
    }
    if (r.to() != null) {
      path.append("&to=").append(encode(r.to()));
    }
    if (r.offset() > 0) {
      path.append("&offset=").append(r.offset());
    }
    return path.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
