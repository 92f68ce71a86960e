package org.foiarchive.passage;

import java.util.List;

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

  public static String idOf(String docId, int ordinal) {
    return docId + "-p" + ordinal;
  }

  public Passage withTags(List<String> references, List<String> topics) {
    return new Passage(id, docId, ordinal, text, location, speaker, references, topics, ocr);
  }

  public Passage withVoice(Voice voice, String quotedReference) {
    Speaker heard = speaker.as(voice, quotedReference);
    return new Passage(id, docId, ordinal, text, location, heard, references, topics, ocr);
  }
}
