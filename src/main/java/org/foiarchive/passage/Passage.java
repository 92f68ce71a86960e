package org.foiarchive.passage;

import java.util.List;
import java.util.Optional;

/**
 * The unit of search and citation: one paragraph, numbered paragraph or list item of a document,
 * exactly as printed (hard line breaks joined).
 *
 * @param id {@code {docId}-p{ordinal}}, stable for as long as the document's text is unchanged
 * @param ordinal 1-based position in the document; the anchor on the document page is {@code
 *     p{ordinal}}
 * @param location where it stands in the document
 * @param speaker who speaks in it, and when
 * @param references references recognised in the text, canonical form ("FOI 2437")
 * @param topics topic ids that apply to the passage
 * @param ocr true when the text was read by OCR from a scan, so it must be checked against the scan
 */
public record Passage(
    String id,
    String docId,
    int ordinal,
    String text,
    Location location,
    Speaker speaker,
    List<String> references,
    List<String> topics,
    boolean ocr) {

  public Passage {
    references = references == null ? List.of() : List.copyOf(references);
    topics = topics == null ? List.of() : List.copyOf(topics);
  }

  /** The id of a document's passage at {@code ordinal}, read back by {@link Id#parse}. */
  public static String idOf(String docId, int ordinal) {
    return docId + ID_SEPARATOR + ordinal;
  }

  private static final String ID_SEPARATOR = "-p";

  /** A passage id's parts: the document it is in and its position there. */
  public record Id(String docId, int ordinal) {
    /**
     * The parts of an id {@link #idOf} wrote (a document id may itself hold "-p": the last one
     * separates); empty for a string of no such form.
     */
    public static Optional<Id> parse(String passageId) {
      int cut = passageId.lastIndexOf(ID_SEPARATOR);
      if (cut <= 0) {
        return Optional.empty();
      }
      try {
        return Optional.of(
            new Id(
                passageId.substring(0, cut),
                Integer.parseInt(passageId.substring(cut + ID_SEPARATOR.length()))));
      } catch (NumberFormatException e) {
        return Optional.empty(); // not a passage id: nothing to find
      }
    }
  }

  public Passage withTags(List<String> references, List<String> topics) {
    return new Passage(id, docId, ordinal, text, location, speaker, references, topics, ocr);
  }

  public Passage withVoice(Voice voice, String quotedReference) {
    Speaker heard = speaker.as(voice, quotedReference);
    return new Passage(id, docId, ordinal, text, location, heard, references, topics, ocr);
  }
}
