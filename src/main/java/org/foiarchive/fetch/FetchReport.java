package org.foiarchive.fetch;

import java.util.List;

/** What a fetch run did: every address asked for (and every attachment found) with its outcome. */
public record FetchReport(List<Outcome> outcomes) {
  /** How one source fared. */
  public enum Status {
    ADDED,
    UPDATED,
    UNCHANGED,
    FAILED
  }

  /**
   * One source: its manifest id (null when it failed before getting one), its address, and why it
   * failed.
   */
  public record Outcome(String url, String sourceId, Status status, String reason) {}

  public FetchReport {
    outcomes = List.copyOf(outcomes);
  }

  public long count(Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  public List<Outcome> failures() {
    return outcomes.stream().filter(o -> o.status() == Status.FAILED).toList();
  }

  public String summary() {
    return outcomes.size()
        + " sources: "
        + count(Status.ADDED)
        + " added, "
        + count(Status.UPDATED)
        + " updated, "
        + count(Status.UNCHANGED)
        + " unchanged, "
        + count(Status.FAILED)
        + " failed";
  }
}
