package org.foiarchive.fetch;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.foiarchive.corpus.SourceKind;
import tools.jackson.databind.JsonNode;

/**
 * A GOV.UK publication read through the Content API ({@code /api/content/<path>}): title, dates and
 * the publishing organisation from its JSON, and its attachments (PDFs and other files, and HTML
 * chapters, which are content items of their own) to be fetched as child sources. The JSON is the
 * snapshot: it holds the summary, the body and the attachment list as GOV.UK published them.
 */
final class GovUkSource {
  static final String API_PREFIX = "/api/content";

  /** A file or HTML chapter listed by a publication. */
  record Attachment(String url, String title, String contentType, boolean htmlChapter) {}

  private GovUkSource() {}

  /**
   * The Content API address for a GOV.UK page: on gov.uk itself any path; elsewhere (a mirror, a
   * test server) the publication paths GOV.UK uses, so the same code reads both.
   */
  static Optional<URI> contentApiUri(URI page) {
    String host = page.getHost() == null ? "" : page.getHost().toLowerCase(Locale.ROOT);
    String path = page.getRawPath() == null ? "" : page.getRawPath();
    if (path.startsWith(API_PREFIX + "/")) {
      return Optional.of(stripQuery(page));
    }
    boolean govUk = host.equals("www.gov.uk") || host.equals("gov.uk");
    boolean publicationPath =
        path.startsWith("/government/publications/")
            || path.startsWith("/guidance/")
            || path.startsWith("/government/news/");
    if (!govUk && !publicationPath || path.length() < 2) {
      return Optional.empty();
    }
    String origin =
        govUk ? "https://www.gov.uk" : page.getScheme() + "://" + page.getRawAuthority();
    return Optional.of(URI.create(origin + API_PREFIX + path.replaceFirst("/$", "")));
  }

  /** The public page of a content item: its host plus base_path. */
  static String publicUrl(URI api, JsonNode json) {
    String basePath = Json.text(json, "base_path");
    String origin = api.getScheme() + "://" + api.getRawAuthority();
    if (basePath == null) {
      return origin + api.getRawPath().replaceFirst("^" + API_PREFIX, "");
    }
    return origin + basePath;
  }

  static boolean isContentItem(JsonNode json) {
    return json != null && Json.text(json, "base_path") != null && Json.text(json, "title") != null;
  }

  static Description describe(URI api, JsonNode json) {
    String publisher = null;
    JsonNode orgs = json.path("links").path("organisations");
    if (orgs.isArray() && !orgs.isEmpty()) {
      publisher = Json.text(orgs.get(0), "title");
    }
    String first = Json.day(Json.text(json, "first_published_at"));
    String updated = Json.day(Json.text(json, "public_updated_at"));
    StringBuilder note =
        new StringBuilder("GOV.UK ")
            .append(
                Json.text(json, "document_type") == null
                    ? "page"
                    : Json.text(json, "document_type").replace('_', ' '));
    note.append(" read through the Content API");
    if (first != null) {
      note.append("; first published ").append(first);
    }
    if (updated != null) {
      note.append("; last updated ").append(updated);
    }
    if (!json.path("withdrawn_notice").isMissingNode()
        && !json.path("withdrawn_notice").isEmpty()) {
      String withdrawn = Json.day(Json.text(json, "withdrawn_notice", "withdrawn_at"));
      note.append("; withdrawn").append(withdrawn == null ? "" : " " + withdrawn);
    }
    note.append('.');
    return new Description(
        publicUrl(api, json),
        api.toString(),
        SourceKind.GUIDANCE,
        Json.text(json, "title"),
        publisher,
        null,
        Json.date(updated != null ? updated : first),
        List.of(),
        note.toString(),
        "application/json");
  }

  static List<Attachment> attachments(URI api, JsonNode json) {
    List<Attachment> out = new ArrayList<>();
    JsonNode list = json.path("details").path("attachments");
    if (!list.isArray()) {
      return out;
    }
    String origin = api.getScheme() + "://" + api.getRawAuthority();
    for (JsonNode a : list) {
      String type = Json.text(a, "attachment_type");
      String url = Json.text(a, "url");
      if (url == null || "external".equals(type)) {
        continue; // external links are other sites' documents: fetch them by their own address
      }
      String absolute = url.startsWith("/") ? origin + url : url;
      String title =
          Json.text(a, "title") != null ? Json.text(a, "title") : Json.text(a, "filename");
      boolean html = "html".equals(type);
      out.add(
          new Attachment(
              absolute.replace(" ", "%20"),
              title,
              html ? "application/json" : Json.text(a, "content_type"),
              html));
    }
    return out;
  }

  /**
   * A GOV.UK page read as HTML, for when the Content API cannot be used (robots.txt, an outage):
   * recognised by its publishing components, its attachments by their links.
   */
  static boolean isGovUkPage(org.jsoup.nodes.Document page) {
    return page.selectFirst("meta[name^=govuk:], section.gem-c-attachment, .gem-c-attachment")
        != null;
  }

  static Description describeHtml(org.jsoup.nodes.Document page, String url) {
    org.jsoup.nodes.Element h1 = page.selectFirst("main h1, h1");
    org.jsoup.nodes.Element org =
        page.selectFirst("meta[name=govuk:primary-publishing-organisation]");
    org.jsoup.nodes.Element updated =
        page.selectFirst("meta[name=govuk:updated-at], meta[name=govuk:public-updated-at]");
    return new Description(
        url,
        null,
        SourceKind.GUIDANCE,
        h1 == null ? page.title() : h1.text().strip(),
        org == null ? null : org.attr("content"),
        null,
        updated == null ? null : Json.date(updated.attr("content")),
        List.of(),
        "GOV.UK page read as HTML.",
        "text/html");
  }

  static List<Attachment> htmlAttachments(org.jsoup.nodes.Document page) {
    List<Attachment> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (org.jsoup.nodes.Element a :
        page.select(
            "section.gem-c-attachment a.gem-c-attachment__link[href], "
                + ".gem-c-attachment__title a[href]")) {
      String href = a.absUrl("href");
      if (href.isEmpty() || !seen.add(href)) {
        continue;
      }
      boolean file = href.contains("/media/") || href.contains("/uploads/");
      out.add(new Attachment(href.replace(" ", "%20"), a.text().strip(), null, !file));
    }
    return out;
  }

  private static URI stripQuery(URI uri) {
    return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath());
  }
}
