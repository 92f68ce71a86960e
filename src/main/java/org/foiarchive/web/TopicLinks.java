package org.foiarchive.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A topic page's filters as URL parameters, with the links that change them: one kind, one voice
 * and one year at a time, each toggled on and off from its facet.
 */
public record TopicLinks(String topic, String kind, String voice, String year) {

  public String toggle(String dimension, String value) {
    TopicLinks next =
        switch (dimension) {
          case "kind" -> new TopicLinks(topic, value.equals(kind) ? null : value, voice, year);
          case "voice" -> new TopicLinks(topic, kind, value.equals(voice) ? null : value, year);
          case "year" -> new TopicLinks(topic, kind, voice, value.equals(year) ? null : value);
          default -> this;
        };
    return next.url(1);
  }

  public boolean isActive(String dimension, String value) {
    return switch (dimension) {
      case "kind" -> value.equals(kind);
      case "voice" -> value.equals(voice);
      case "year" -> value.equals(year);
      default -> false;
    };
  }

  public boolean hasFilters() {
    return kind != null || voice != null || year != null;
  }

  public String withoutFilters() {
    return new TopicLinks(topic, null, null, null).url(1);
  }

  public String page(int page) {
    return url(page);
  }

  String url(int page) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/topics").pathSegment(topic);
    if (kind != null) {
      b.queryParam("kind", kind);
    }
    if (voice != null) {
      b.queryParam("voice", voice);
    }
    if (year != null) {
      b.queryParam("year", year);
    }
    if (page > 1) {
      b.queryParam("page", page);
    }
    return b.build().encode().toUriString();
  }
}
