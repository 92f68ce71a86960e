package org.foiarchive.corpus;

import java.util.List;

/**
 * What a source is and where it came from, as a reader cites it: its address, kind, who published
 * and who wrote it, its title and date, and the references and topics it carries.
 *
 * @param url the original location, or null when the capture does not record it
 * @param kind what kind of document it is; null only while a manifest entry is being checked
 * @param date at the precision the source gives ({@code 2013}, {@code 2013-06} or {@code
 *     2013-06-12}), or null when undated
 */
public record Provenance(
    String url,
    SourceKind kind,
    String publisher,
    String author,
    String title,
    PartialDate date,
    List<String> references,
    List<String> topics) {

  public Provenance {
    references = references == null ? List.of() : List.copyOf(references);
    topics = topics == null ? List.of() : List.copyOf(topics);
  }

  /** What an import or a fetch knows at first: where, what kind, what it is called. */
  public static Provenance of(String url, SourceKind kind, String title) {
    return new Provenance(url, kind, null, null, title, null, null, null);
  }

  public Provenance withUrl(String url) {
    return new Provenance(url, kind, publisher, author, title, date, references, topics);
  }

  public Provenance withTitle(String title) {
    return new Provenance(url, kind, publisher, author, title, date, references, topics);
  }

  public Provenance withKind(SourceKind kind) {
    return new Provenance(url, kind, publisher, author, title, date, references, topics);
  }

  /** The facts a reader cites besides address, kind and title. */
  public Provenance withFacts(
      String publisher,
      String author,
      PartialDate date,
      List<String> references,
      List<String> topics) {
    return new Provenance(url, kind, publisher, author, title, date, references, topics);
  }
}
