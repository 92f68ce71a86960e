package org.foiarchive.search;

import java.util.List;

/**
 * One passage in search results, with what a reader needs to trust and cite it. Field names are the
 * JSON API's (see DESIGN.md); {@code highlight} is HTML-escaped text with {@code <mark>} around
 * matches.
 *
 * @param url the original source, at the exact message where the source page allows
 * @param archiveUrl the archived snapshot, byte for byte
 * @param permalink the passage in its document on this site
 * @param anchor the fragment of its message on the source page ({@code incoming-366711}), or null
 * @param ocr true when the text was read by OCR from a scan: a reader must check it against the
 *     scan
 */
public record SearchHit(
    String passageId,
    String docId,
    String title,
    String kind,
    String publisher,
    String voice,
    String date,
    List<String> references,
    List<String> topics,
    String paragraph,
    Integer page,
    String text,
    String highlight,
    String url,
    String archiveUrl,
    String permalink,
    float score,
    String author,
    int ordinal,
    String heading,
    String quotedReference,
    String anchor,
    boolean ocr) {
  public SearchHit(
      String passageId,
      String docId,
      String title,
      String kind,
      String publisher,
      String voice,
      String date,
      List<String> references,
      List<String> topics,
      String paragraph,
      Integer page,
      String text,
      String highlight,
      String url,
      String archiveUrl,
      String permalink,
      float score,
      String author,
      int ordinal,
      String heading,
      String quotedReference,
      String anchor) {
    this(
        passageId,
        docId,
        title,
        kind,
        publisher,
        voice,
        date,
        references,
        topics,
        paragraph,
        page,
        text,
        highlight,
        url,
        archiveUrl,
        permalink,
        score,
        author,
        ordinal,
        heading,
        quotedReference,
        anchor,
        false);
  }
}
