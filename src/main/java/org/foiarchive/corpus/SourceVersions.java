package org.foiarchive.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The earlier versions of a source that changed, as documents of their own so that a passage cited
 * from an earlier text stays citable and findable. Version 1 is the oldest snapshot in the source's
 * history; the current snapshot is the last version. An earlier version's id is the source's id
 * plus {@code --v<n>}: titles never make two dashes in a row, so it cannot be another source's id.
 */
public final class SourceVersions {
  private static final String SEPARATOR = "--v";
  private static final Pattern EARLIER =
      Pattern.compile("^(.+)" + Pattern.quote(SEPARATOR) + "(\\d{1,4})$");

  /** An earlier version named by its id: the source it belongs to and its number (1 = oldest). */
  public record Earlier(String sourceId, int version) {}

  private SourceVersions() {}

  public static String idOf(String sourceId, int version) {
    return sourceId + SEPARATOR + version;
  }

  /** The earlier version an id names, if it names one. */
  public static Optional<Earlier> parse(String docId) {
    Matcher m = docId == null ? null : EARLIER.matcher(docId);
    return m != null && m.matches()
        ? Optional.of(new Earlier(m.group(1), Integer.parseInt(m.group(2))))
        : Optional.empty();
  }

  /** How many versions a source has: its earlier snapshots and the current one. */
  public static int count(Source source) {
    return source.history().size() + 1;
  }

  /**
   * The source's earlier versions as sources of their own, oldest first: same address, kind,
   * author, title, references and topics; its own snapshot and retrieval time; no history. A GOV.UK
   * item's date is left for its own snapshot to give (each version carries its "last updated").
   */
  public static List<Source> earlierVersions(Source current) {
    List<Source> versions = new ArrayList<>();
    List<SnapshotVersion> history = current.history();
    for (int i = 0; i < history.size(); i++) {
      SnapshotVersion old = history.get(i);
      Instant replaced =
          i + 1 < history.size() ? history.get(i + 1).retrieved() : current.capture().retrieved();
      boolean datedBySnapshot = "application/json".equals(old.contentType());
      String note =
          "Version "
              + (i + 1)
              + " of "
              + count(current)
              + " of this source, retrieved "
              + old.retrieved()
              + "; replaced by a changed version retrieved "
              + replaced
              + ".";
      Provenance provenance = current.provenance();
      if (datedBySnapshot) {
        provenance =
            provenance.withFacts(
                provenance.publisher(),
                provenance.author(),
                null,
                provenance.references(),
                provenance.topics());
      }
      versions.add(
          new Source(
              idOf(current.id(), i + 1), provenance, old, current.parent(), note, null, null));
    }
    return versions;
  }
}
