package org.foiarchive.corpus;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of document a source is; the ids are the manifest's and the search filter's vocabulary.
 */
public enum SourceKind {
  FOI_REQUEST("foi-request", "FOI request", false),
  FOI_RESPONSE("foi-response", "FOI response", true),
  GUIDANCE("guidance", "Guidance", true),
  ICO_LETTER("ico-letter", "ICO letter", true),
  DECISION_NOTICE("decision-notice", "Decision notice", true),
  LEGISLATION("legislation", "Legislation", true),
  COMMENTARY("commentary", "Commentary", false),
  FORUM("forum", "Forum", false);

  private final String id;
  private final String label;
  private final boolean writtenByPublicBody;

  SourceKind(String id, String label, boolean writtenByPublicBody) {
    this.id = id;
    this.label = label;
    this.writtenByPublicBody = writtenByPublicBody;
  }

  /** The id, which is how the manifest, the index and the JSON API write a kind. */
  @JsonValue
  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  /**
   * True when the document as a whole is the public body's own words (a reply, guidance, a notice).
   */
  public boolean writtenByPublicBody() {
    return writtenByPublicBody;
  }

  /**
   * The kind with this id.
   *
   * @throws IllegalArgumentException naming the id when no kind has it
   */
  @JsonCreator
  public static SourceKind of(String id) {
    return fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown kind '" + id + "'"));
  }

  /** Every id, for messages that list them ("foi-request, foi-response, …"). */
  public static String ids() {
    return String.join(", ", Arrays.stream(values()).map(SourceKind::id).toList());
  }

  public static Optional<SourceKind> fromId(String id) {
    return Arrays.stream(values())
        .filter(k -> k.id.equalsIgnoreCase(id == null ? "" : id.trim()))
        .findFirst();
  }
}
