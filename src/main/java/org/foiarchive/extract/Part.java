package org.foiarchive.extract;

/**
 * A piece of a document with its own author, date or page: a message of a request thread, an
 * annotation, a forum post, a page of a PDF, or the whole text of a simple document.
 *
 * @param anchor the fragment that locates the part on the source page ({@code incoming-366711}), or
 *     null
 * @param page the 1-based page number for paged formats, or null
 * @param heading a heading the part carries (a message's sender line, a post's title), used as
 *     context
 * @param ocr true when the text was read by OCR from a scan or picture, so a reader checks it
 *     against the scan
 */
public record Part(
    PartRole role,
    String anchor,
    String author,
    String date,
    Integer page,
    String heading,
    String text,
    boolean ocr) {
  public Part(
      PartRole role,
      String anchor,
      String author,
      String date,
      Integer page,
      String heading,
      String text) {
    this(role, anchor, author, date, page, heading, text, false);
  }

  public static Part body(String text) {
    return new Part(PartRole.BODY, null, null, null, null, null, text);
  }

  public static Part page(int page, String text) {
    return new Part(PartRole.BODY, null, null, null, page, null, text);
  }
}
