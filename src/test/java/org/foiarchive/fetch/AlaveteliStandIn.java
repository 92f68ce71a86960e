package org.foiarchive.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A local stand-in for an Alaveteli site and GOV.UK, from the fixtures in
 * src/test/resources/fixtures/alaveteli and govuk: a body's listing in two pages, the request pages
 * it links, a search feed whose entries redirect to request pages, the site search API and two
 * Content API items. Alaveteli's default robots.txt unless a test serves the permissive one.
 */
public final class AlaveteliStandIn {
  static final String HTML = "text/html; charset=utf-8";

  /**
   * Alaveteli's default robots.txt, as far as discovery is concerned: no feeds, no search pages.
   */
  public static final String ALAVETELI_ROBOTS =
      "User-agent: *\nDisallow: */feed/*\nDisallow: */search/*\n"
          + "Disallow: */request/*/response/*\nAllow: */request/*/response/*/attach/*\n";

  public static final String PERMISSIVE_ROBOTS = "User-agent: *\nAllow: /\n";

  /** Each request the listing links, with the reply its page carries. */
  public static final String COOKIES = "/request/universal_jobmatch_cookies_and_c";

  public static final String PARKING = "/request/parking_at_jobcentres";
  public static final String MANDATORY = "/request/mandatory_universal_jobmatch_reg";
  public static final String TOOLKIT = "/request/universal_jobmatch_toolkit_chap";
  public static final String SANCTIONS = "/request/sanction_statistics_2012";
  public static final String JSD = "/guidance/jobseekers-directions-test";
  public static final String COMMITMENT = "/government/publications/claimant-commitment-test";

  private static final java.util.UUID GUIDANCE_STUB =
      java.util.UUID.fromString("6f1c0000-0000-4000-8000-000000000001");
  private static final java.util.UUID GUIDANCE_NOT_MODIFIED_STUB =
      java.util.UUID.fromString("6f1c0000-0000-4000-8000-000000000002");

  private AlaveteliStandIn() {}

  public static void serve(WireMockServer site, String robots) {
    site.stubFor(
        get("/robots.txt")
            .willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody(robots)));
    site.stubFor(
        get(urlPathEqualTo("/body/dwp"))
            .withQueryParam("page", WireMock.absent())
            .willReturn(html(fixture("alaveteli/body-dwp-page1.html"))));
    site.stubFor(
        get(urlPathEqualTo("/body/dwp"))
            .withQueryParam("page", WireMock.equalTo("2"))
            .willReturn(html(fixture("alaveteli/body-dwp-page2.html"))));
    request(
        site,
        COOKIES,
        "Universal Jobmatch cookies and consent",
        "Claimants are not required to accept cookies from Universal Jobmatch to look for work.");
    request(site, PARKING, "Parking at Jobcentres", "There is no visitor parking at Jobcentres.");
    request(
        site,
        MANDATORY,
        "Mandatory Universal Jobmatch registration",
        "A work coach may direct a claimant to register with Universal Jobmatch but not to share the account.");
    request(
        site,
        TOOLKIT,
        "Universal Jobmatch toolkit chapters",
        "The toolkit chapters for Jobcentre staff are attached in full, with staff names removed.");
    request(site, SANCTIONS, "Sanction statistics 2012", "The statistics are published quarterly.");
    site.stubFor(
        get(urlPathMatching("/request/[a-z0-9_]+\\.json")).willReturn(aResponse().withStatus(404)));
    site.stubFor(
        get(urlPathMatching("/feed/search/.*"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/atom+xml; charset=utf-8")
                    .withBody(
                        fixture("alaveteli/search-feed.atom").replace("${BASE}", site.baseUrl()))));
    site.stubFor(
        get("/request_event/5003")
            .willReturn(
                aResponse().withStatus(302).withHeader("Location", COOKIES + "#incoming-3002")));
    site.stubFor(
        get("/request_event/5001")
            .willReturn(
                aResponse().withStatus(302).withHeader("Location", COOKIES + "#outgoing-3001")));
    site.stubFor(
        get("/request_event/5002")
            .willReturn(
                aResponse().withStatus(302).withHeader("Location", MANDATORY + "#comment-77")));

    site.stubFor(
        get(urlPathEqualTo("/api/search.json"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(fixture("govuk/search-jobseekers-directions.json"))));
    serveGuidance(
        site,
        "2015-06-01T10:00:00.000+01:00",
        "A work coach may issue a Jobseeker's Direction only where it would help the claimant find work.",
        "\"jsd-1\"");
    site.stubFor(
        get(urlPathEqualTo("/api/content" + COMMITMENT))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(fixture("govuk/claimant-commitment.json"))));
  }

  /**
   * The Jobseeker's Directions guide as GOV.UK serves it, with an ETag: a conditional GET carrying
   * that ETag gets 304 Not Modified, as from GOV.UK's own caches.
   */
  public static void serveGuidance(WireMockServer site, String updated, String body, String etag) {
    String json =
        fixture("govuk/jobseekers-directions.json")
            .replace("${UPDATED}", updated)
            .replace("${BODY}", body);
    // Fixed stub ids: serving a changed guide replaces both stubs instead of adding beside them.
    site.listAllStubMappings().getMappings().stream()
        .filter(
            m -> GUIDANCE_STUB.equals(m.getId()) || GUIDANCE_NOT_MODIFIED_STUB.equals(m.getId()))
        .toList()
        .forEach(site::removeStub);
    site.stubFor(
        get(urlPathEqualTo("/api/content" + JSD))
            .withId(GUIDANCE_STUB)
            .atPriority(5)
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withHeader("ETag", etag)
                    .withBody(json)));
    site.stubFor(
        get(urlPathEqualTo("/api/content" + JSD))
            .withId(GUIDANCE_NOT_MODIFIED_STUB)
            .atPriority(1)
            .withHeader("If-None-Match", WireMock.equalTo(etag))
            .willReturn(aResponse().withStatus(304).withHeader("ETag", etag)));
  }

  private static void request(WireMockServer site, String path, String title, String reply) {
    site.stubFor(
        get(urlPathEqualTo(path))
            .willReturn(
                html(
                    fixture("alaveteli/request.html")
                        .replace("${SLUG}", path)
                        .replace("${TITLE}", title)
                        .replace("${REPLY}", reply))));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder html(
      String body) {
    return aResponse().withHeader("Content-Type", HTML).withBody(body);
  }

  static String fixture(String path) {
    try (InputStream in = AlaveteliStandIn.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
