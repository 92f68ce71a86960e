package org.foiarchive.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.foiarchive.corpus.SnapshotVersion;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceVersions;

/**
 * The versions of a source that changed, for its document pages: which version the page (and so
 * every passage on it) is from, when that version was retrieved and when it was replaced, and links
 * to the others. Only sources with earlier versions have any.
 *
 * @param number the version shown, 1 being the oldest
 * @param replaced when the next version was retrieved (the text changed then), or null for the
 *     current one
 * @param currentDocId the current version's document, for an earlier version's link to it
 */
record DocumentVersions(
    int number,
    int count,
    Instant retrieved,
    Instant replaced,
    String currentDocId,
    List<Version> all) {

  /** One version in the list: its document and when it was retrieved. */
  record Version(int number, String docId, Instant retrieved, boolean shown) {}

  public boolean isCurrent() {
    return number == count;
  }

  /**
   * The versions of the document shown.
   *
   * @param shownDocId the document page's id ({@code x} for the current version, {@code x--v1} for
   *     the oldest)
   * @param current the current version's manifest entry, which holds the history
   */
  static Optional<DocumentVersions> of(String shownDocId, Source current) {
    if (current == null || current.history().isEmpty()) {
      return Optional.empty();
    }
    int count = SourceVersions.count(current);
    int shown = SourceVersions.parse(shownDocId).map(SourceVersions.Earlier::version).orElse(count);
    List<Version> all = new ArrayList<>();
    List<SnapshotVersion> history = current.history();
    for (int i = 0; i < history.size(); i++) {
      all.add(
          new Version(
              i + 1,
              SourceVersions.idOf(current.id(), i + 1),
              history.get(i).retrieved(),
              shown == i + 1));
    }
    all.add(new Version(count, current.id(), current.capture().retrieved(), shown == count));
    Instant replaced = shown < count ? all.get(shown).retrieved() : null;
    return Optional.of(
        new DocumentVersions(
            shown,
            count,
            all.get(shown - 1).retrieved(),
            replaced,
            current.id(),
            List.copyOf(all)));
  }
}
