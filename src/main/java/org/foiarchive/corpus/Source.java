package org.foiarchive.corpus;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;

/**
 * One entry of the manifest: where a document came from, who wrote it, and which snapshot holds its
 * bytes. Attachments are entries of their own that name their {@code parent}. In the manifest and
 * the index the groups are written flat, one field each, as they always were.
 *
 * @param id stable slug, used in passage ids and URLs; never reused for another source
 * @param provenance what it is and where it came from
 * @param capture the snapshot that holds its current bytes
 * @param parent the source it is attached to, or null
 * @param note what a reader should know about the capture, or null
 * @param validators what the server sent, kept for conditional GET on the next fetch
 * @param history earlier snapshots of the same source, oldest first; never deleted
 */
public record Source(
    String id,
    @JsonUnwrapped Provenance provenance,
    @JsonUnwrapped SnapshotVersion capture,
    String parent,
    String note,
    @JsonUnwrapped HttpValidators validators,
    List<SnapshotVersion> history) {

  public Source {
    provenance = provenance == null ? Provenance.of(null, null, null) : provenance;
    capture = capture == null ? SnapshotVersion.NONE : capture;
    validators = validators == null ? HttpValidators.NONE : validators;
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
      URI uri = new URI(url.strip());
      return uri.getScheme() != null
          && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** A new source with only what an import or a fetch knows at first. */
  public static Source of(String id, String url, SourceKind kind, String title) {
    return new Source(id, Provenance.of(url, kind, title), null, null, null, null, null);
  }

  public Source withSnapshot(
      String snapshot, String sha256, String contentType, Instant retrieved) {
    return withCapture(new SnapshotVersion(snapshot, sha256, contentType, retrieved));
  }

  public Source withCapture(SnapshotVersion capture) {
    return new Source(id, provenance, capture, parent, note, validators, history);
  }

  /** The facts a reader cites besides address, kind and title, with what it is attached to. */
  public Source withMetadata(
      String publisher,
      String author,
      PartialDate date,
      List<String> references,
      List<String> topics,
      String parent,
      String note) {
    Provenance facts = provenance.withFacts(publisher, author, date, references, topics);
    return new Source(id, facts, capture, parent, note, validators, history);
  }

  public Source withUrl(String url) {
    return withProvenance(provenance.withUrl(url));
  }

  public Source withTitle(String title) {
    return withProvenance(provenance.withTitle(title));
  }

  public Source withKind(SourceKind kind) {
    return withProvenance(provenance.withKind(kind));
  }

  public Source withProvenance(Provenance provenance) {
    return new Source(id, provenance, capture, parent, note, validators, history);
  }

  public Source withValidators(String etag, String lastModified) {
    return new Source(
        id, provenance, capture, parent, note, new HttpValidators(etag, lastModified), history);
  }

  public Source withHistory(List<SnapshotVersion> history) {
    return new Source(id, provenance, capture, parent, note, validators, history);
  }

  /** The year of the source's date, or null when the source is undated. */
  public Integer year() {
    return provenance.date() == null ? null : provenance.date().year();
  }
}
