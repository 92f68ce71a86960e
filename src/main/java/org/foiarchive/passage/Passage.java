package org.foiarchive.passage;

import java.util.List;

/**
 * The unit of search and citation: one paragraph, numbered paragraph or list item of a document,
 * exactly as printed (hard line breaks joined).
 *
 * @param id {@code {docId}-p{ordinal}}, stable for as long as the document's text is unchanged
 * @param ordinal 1-based position in the document; the anchor on the document page is {@code
 *     p{ordinal}}
 * @param label the paragraph number as printed ("82", "1.3", "(2)", "21594"), or null
 * @param page the page it starts on for paged formats, or null
 * @param anchor the fragment of the part on the source page ({@code incoming-366711}), or null
 * @param heading the heading of the section it sits in, or null
 * @param context what a reader sees around it (heading, the paragraph number before it, the
 *     message); indexed with a lower weight so a reference there still finds the passage
 * @param author who wrote this part, where known (a message's sender, an annotation's author)
 * @param date the part's own date where it has one (ISO 8601), else null
 * @param references references recognised in the text, canonical form ("FOI 2437")
 * @param topics topic ids that apply to the passage
 * @param quotedReference for quoted-official passages, the reference the quote gives, or null
 * @param ocr true when the text was read by OCR from a scan, so it must be checked against the scan
 */
public record Passage(
    String id,
    String docId,
    int ordinal,
    String text,
    String label,
    Integer page,
    String anchor,
    String heading,
    String context,
    Voice voice,
    String author,
    String date,
    List<String> references,
    List<String> topics,
    String quotedReference,
    boolean ocr) {

  public Passage {
    references = references == null ? List.of() : List.copyOf(references);
    topics = topics == null ? List.of() : List.copyOf(topics);
  }

  public Passage(
      String id,
      String docId,
      int ordinal,
      String text,
      String label,
      Integer page,
      String anchor,
      String heading,
      String context,
      Voice voice,
      String author,
      String date,
      List<String> references,
      List<String> topics,
      String quotedReference) {
    this(
        id,
        docId,
        ordinal,
        text,
        label,
        page,
        anchor,
        heading,
        context,
        voice,
        author,
        date,
        references,
        topics,
        quotedReference,
        false);
  }

  public static String idOf(String docId, int ordinal) {
    return docId + "-p" + ordinal;
  }

  public Passage withTags(List<String> references, List<String> topics) {
    return new Passage(
        id,
        docId,
        ordinal,
        text,
        label,
        page,
        anchor,
        heading,
        context,
        voice,
        author,
        date,
        references,
        topics,
        quotedReference,
        ocr);
  }

  public Passage withVoice(Voice voice, String quotedReference) {
    return new Passage(
        id,
        docId,
        ordinal,
        text,
        label,
        page,
        anchor,
        heading,
        context,
        voice,
        author,
        date,
        references,
        topics,
        quotedReference,
        ocr);
  }
}
