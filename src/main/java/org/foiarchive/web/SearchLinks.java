package org.foiarchive.web;

import java.util.ArrayList;
import java.util.List;
import org.foiarchive.search.ArchiveRoutes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search a page shows, as URL parameters, with the links that change it: toggling a facet
 * value, going to another page, opening a result in context with the query's words highlighted.
 */
public record SearchLinks(
    String q,
    List<String> topics,
    List<String> kinds,
    List<String> voices,
    List<String> publishers,
    String from,
    String to) {

  public String toggle(String dimension, String value) {
    SearchLinks next =
        switch (dimension) {
          case "topic" ->
              new SearchLinks(q, toggled(topics, value), kinds, voices, publishers, from, to);
          case "kind" ->
              new SearchLinks(q, topics, toggled(kinds, value), voices, publishers, from, to);
          case "voice" ->
              new SearchLinks(q, topics, kinds, toggled(voices, value), publishers, from, to);
          case "publisher" ->
              new SearchLinks(q, topics, kinds, voices, toggled(publishers, value), from, to);
          case "year" ->
              value.equals(from) && value.equals(to)
                  ? new SearchLinks(q, topics, kinds, voices, publishers, null, null)
                  : new SearchLinks(q, topics, kinds, voices, publishers, value, value);
          default -> this;
        };
    return next.url(1);
  }

  public boolean isActive(String dimension, String value) {
    return switch (dimension) {
      case "topic" -> topics.contains(value);
      case "kind" -> kinds.contains(value);
      case "voice" -> voices.contains(value);
      case "publisher" -> publishers.contains(value);
      case "year" -> value.equals(from) && value.equals(to);
      default -> false;
    };
  }

  public boolean hasFilters() {
    return !topics.isEmpty()
        || !kinds.isEmpty()
        || !voices.isEmpty()
        || !publishers.isEmpty()
        || from != null
        || to != null;
  }

  public String withoutFilters() {
    return new SearchLinks(q, List.of(), List.of(), List.of(), List.of(), null, null).url(1);
  }

  public String page(int page) {
    return url(page);
  }

  /** The document page with this search's words highlighted, at the passage's anchor. */
  public String inContext(String docId, int ordinal) {
    // Built, then encoded: a query is text, and "{consent}" expanded as a URI template would fail.
    UriComponentsBuilder b = UriComponentsBuilder.fromPath(ArchiveRoutes.document(docId));
    if (q != null && !q.isBlank()) {
      b.queryParam("hl", q);
    }
    return b.fragment(ArchiveRoutes.passageAnchor(ordinal)).build().encode().toUriString();
  }

  public String feed() {
    return UriComponentsBuilder.fromPath("/feed")
        .queryParam("q", q == null ? "" : q)
        .build()
        .encode()
        .toUriString();
  }

  String url(int page) {
    UriComponentsBuilder b =
        UriComponentsBuilder.fromPath("/search").queryParam("q", q == null ? "" : q);
    topics.forEach(v -> b.queryParam("topic", v));
    kinds.forEach(v -> b.queryParam("kind", v));
    voices.forEach(v -> b.queryParam("voice", v));
    publishers.forEach(v -> b.queryParam("publisher", v));
    if (from != null) {
      b.queryParam("from", from);
    }
    if (to != null) {
      b.queryParam("to", to);
    }
    if (page > 1) {
      b.queryParam("page", page);
    }
    return b.build().encode().toUriString();
  }

  private static List<String> toggled(List<String> values, String value) {
    List<String> next = new ArrayList<>(values);
    if (!next.remove(value)) {
      next.add(value);
    }
    return List.copyOf(next);
  }
}
