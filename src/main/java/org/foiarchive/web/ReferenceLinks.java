package org.foiarchive.web;

import java.util.List;
import org.foiarchive.tag.ReferenceRecognizer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a reference printed on a page leads, for templates: the text it cites where that is online
 * (legislation.gov.uk, BAILII, the National Archives), and always a search for everything in the
 * archive that carries it.
 */
@Component
public class ReferenceLinks {
  /**
   * A reference as a page shows it: its text, a search for it, and the cited text online (or null).
   */
  public record Link(String text, String search, String source) {}

  private final ReferenceRecognizer recognizer;

  ReferenceLinks(ReferenceRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  public List<Link> of(List<String> canonical) {
    return canonical.stream().map(ref -> new Link(ref, search(ref), source(ref))).toList();
  }

  /**
   * The cited text online, or null when the reference has no public address (an FOI case number).
   */
  public String source(String canonical) {
    return recognizer.urlOf(canonical).orElse(null);
  }

  /** A search for passages carrying the reference. */
  public String search(String canonical) {
    return UriComponentsBuilder.fromPath("/search")
        .queryParam("q", "ref:\"" + canonical + "\"")
        .encode()
        .toUriString();
  }
}
