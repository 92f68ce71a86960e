package org.foiarchive.corpus;

import java.util.List;

/**
 * One entry of the manifest: where a document came from, who wrote it, and which snapshot holds its
 * bytes. Attachments are entries of their own that name their {@code parent}.
 *
 * @param id stable slug, used in passage ids and URLs; never reused for another source
 * @param url the original location, or null when the capture does not record it
 * @param kind one of {@link SourceKind}'s ids
 * @param date ISO 8601 at the precision the source gives: {@code 2013}, {@code 2013-06} or {@code
 *     2013-06-12}
 * @param snapshot path of the archived bytes, relative to the corpus folder
 * @param retrieved when the snapshot was fetched or imported (ISO 8601 instant)
 * @param etag and lastModified what the server sent, kept for conditional GET on the next fetch
 * @param history earlier snapshots of the same source, oldest first; never deleted
 */
public record Source(
    String id,
    String url,
    String kind,
    String publisher,
    String author,
    String title,
    String date,
    List<String> references,
    List<String> topics,
    String snapshot,
    String sha256,
    String contentType,
    String retrieved,
    String parent,
    String note,
    String etag,
    String lastModified,
    List<SnapshotVersion> history) {

  public Source {
    references = references == null ? List.of() : List.copyOf(references);
    topics = topics == null ? List.of() : List.copyOf(topics);
    history = history == null ? List.of() : List.copyOf(history);
  }

  /**
   * Whether an address may be shown as a link: http or https with a host. Anything else ({@code
   * javascript:}, {@code data:}, {@code file:}) would run or open something in a reader's browser.
   */
  public static boolean isWebUrl(String url) {
    if (url == null) {
      return false;
    }
    try {
      java.net.URI uri = new java.net.URI(url.strip());
      return uri.getScheme() != null
          && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
          && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** A new source with only the fields an import or a fetch knows at first. */
  public static Source of(String id, String url, String kind, String title) {
    return new Source(
        id, url, kind, null, null, title, null, null, null, null, null, null, null, null, null,
        null, null, null);
  }

  public Source withSnapshot(String snapshot, String sha256, String contentType, String retrieved) {
    return new Source(
        id,
        url,
        kind,
        publisher,
        author,
        title,
        date,
        references,
        topics,
        snapshot,
        sha256,
        contentType,
        retrieved,
        parent,
        note,
        etag,
        lastModified,
        history);
  }

  public Source withMetadata(
      String publisher,
      String author,
      String date,
      List<String> references,
      List<String> topics,
      String parent,
      String note) {
    return new Source(
        id,
        url,
        kind,
        publisher,
        author,
        title,
        date,
        references,
        topics,
        snapshot,
        sha256,
        contentType,
        retrieved,
        parent,
        note,
        etag,
        lastModified,
        history);
  }

  public Source withUrl(String url) {
    return new Source(
        id,
        url,
        kind,
        publisher,
        author,
        title,
        date,
        references,
        topics,
        snapshot,
        sha256,
        contentType,
        retrieved,
        parent,
        note,
        etag,
        lastModified,
        history);
  }

  public Source withTitle(String title) {
    return new Source(
        id,
        url,
        kind,
        publisher,
        author,
        title,
        date,
        references,
        topics,
        snapshot,
        sha256,
        contentType,
        retrieved,
        parent,
        note,
        etag,
        lastModified,
        history);
  }

  public Source withKind(String kind) {
    return new Source(
        id,
        url,
        kind,
        publisher,
        author,
        title,
        date,
        references,
        topics,
        snapshot,
        sha256,
        contentType,
        retrieved,
        parent,
        note,
        etag,
        lastModified,
        history);
  }

  public Source withValidators(String etag, String lastModified) {
    return new Source(
        id,
        url,
        kind,
        publisher,
        author,
        title,
        date,
        references,
        topics,
        snapshot,
        sha256,
        contentType,
        retrieved,
        parent,
        note,
        etag,
        lastModified,
        history);
  }

  public Source withHistory(List<SnapshotVersion> history) {
    return new Source(
        id,
        url,
        kind,
        publisher,
        author,
        title,
        date,
        references,
        topics,
        snapshot,
        sha256,
        contentType,
        retrieved,
        parent,
        note,
        etag,
        lastModified,
        history);
  }

  /** The year of {@link #date()}, or null when the source is undated. */
  public Integer year() {
    if (date == null || date.length() < 4) {
      return null;
    }
    try {
      return Integer.valueOf(date.substring(0, 4));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
