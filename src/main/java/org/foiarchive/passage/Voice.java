package org.foiarchive.passage;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Who is speaking in a passage, so a reader can tell a DWP sentence from a blogger's. */
public enum Voice {
  /** Written by the public body: a reply, a guidance paragraph, a decision notice. */
  OFFICIAL("official", "Official"),
  /** Written by the person who made the request. */
  REQUESTER("requester", "Requester"),
  /** A third party's note on a request page. */
  ANNOTATION("annotation", "Annotation"),
  /** A blog, campaign page or forum post in its own words. */
  COMMENTARY("commentary", "Commentary"),
  /**
   * Official wording reproduced inside commentary, with the reference it gives where it gives one.
   */
  QUOTED_OFFICIAL("quoted-official", "Quoted official");

  private final String id;
  private final String label;

  Voice(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The id, which is how the index and the JSON API write a voice. */
  @JsonValue
  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public static Optional<Voice> fromId(String id) {
    return Arrays.stream(values())
        .filter(v -> v.id.equalsIgnoreCase(id == null ? "" : id.trim()))
        .findFirst();
  }
}
