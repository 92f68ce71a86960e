package org.foiarchive.extract;

import java.util.List;
import org.foiarchive.corpus.Source;

/**
 * A snapshot read as text with its structure: its source (provenance), a title, and its parts in
 * reading order. Attachments are documents of their own whose source names this one as parent.
 *
 * @param contentType what the bytes turned out to be, as detected
 * @param status the request's state for a request thread (successful, refused...), else null
 * @param warning what the ingest report says about the document's text, in words a user can act on:
 *     why it has none (a mailbox whose messages are documents of their own, a scan OCR found
 *     nothing in), or what of it could not be read; else null
 */
public record Document(
    Source source,
    String title,
    String contentType,
    List<Part> parts,
    String status,
    String warning) {
  public Document {
    parts = List.copyOf(parts);
  }

  public Document(
      Source source, String title, String contentType, List<Part> parts, String status) {
    this(source, title, contentType, parts, status, null);
  }

  public String docId() {
    return source.id();
  }
}
