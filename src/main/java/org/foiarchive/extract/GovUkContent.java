package org.foiarchive.extract;

import java.util.ArrayList;
import java.util.List;
import org.foiarchive.corpus.Source;
import org.jsoup.Jsoup;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GOV.UK content item as the Content API serves it: the summary ({@code description}) and the
 * body ({@code details.body}, govspeak HTML) as text, dated by {@code public_updated_at}, published
 * by the first organisation linked. Its attachments are sources of their own.
 */
final class GovUkContent {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private GovUkContent() {}

  /** The parsed item, or null when the bytes are not a GOV.UK content item. */
  static JsonNode parse(byte[] bytes) {
    try {
      JsonNode node = JSON.readTree(bytes);
      return node != null
              && node.isObject()
              && node.hasNonNull("base_path")
              && node.hasNonNull("title")
              && (node.hasNonNull("document_type") || node.hasNonNull("schema_name"))
          ? node
          : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  static Document read(Source source, JsonNode item, String contentType) {
    List<Part> parts = new ArrayList<>();
    String description = text(item.path("description"));
    if (description != null) {
      parts.add(new Part(PartRole.BODY, null, null, null, null, null, description));
    }
    String body = text(item.path("details").path("body"));
    if (body != null) {
      parts.add(Part.body(HtmlText.of(Jsoup.parseBodyFragment(body).body())));
    }
    for (JsonNode snippet : item.path("details").path("documents")) {
      String html = text(snippet);
      if (html != null) {
        parts.add(Part.body(HtmlText.of(Jsoup.parseBodyFragment(html).body())));
      }
    }
    String publisher = null;
    JsonNode orgs = item.path("links").path("organisations");
    if (orgs.isArray() && !orgs.isEmpty()) {
      publisher = text(orgs.get(0).path("title"));
    }
    String updated = day(text(item.path("public_updated_at")));
    String date = updated != null ? updated : day(text(item.path("first_published_at")));
    Source enriched = new SourceFacts(publisher, null, date, List.of()).applyTo(source);
    String title =
        source.provenance().title() != null
            ? source.provenance().title()
            : text(item.path("title"));
    return new Document(enriched, title, contentType, parts, null);
  }

  private static String text(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull() || node.isContainer()) {
      return null;
    }
    String s = node.asString();
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String day(String timestamp) {
    return timestamp != null && timestamp.matches("\\d{4}-\\d{2}-\\d{2}.*")
        ? timestamp.substring(0, 10)
        : null;
  }
}
