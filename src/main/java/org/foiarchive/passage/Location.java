package org.foiarchive.passage;

/**
 * Where a passage stands in its document, as a reader finds it again: the number printed on it, the
 * page, the part of the source page, the section and what is printed around it.
 *
 * @param label the paragraph number as printed ("82", "1.3", "(2)", "21594"), or null
 * @param page the page it starts on for paged formats, or null
 * @param anchor the fragment of the part on the source page ({@code incoming-366711}), or null
 * @param heading the heading of the section it sits in, or null
 * @param context what a reader sees around it (heading, the paragraph number before it, the
 *     message); indexed with a lower weight so a reference there still finds the passage
 * @param kind what it is on the page: a paragraph, a heading over the passages after it, or a line
 *     that is only a web address
 */
public record Location(
    String label, Integer page, String anchor, String heading, String context, Segment.Kind kind) {
  public Location {
    kind = kind == null ? Segment.Kind.PARAGRAPH : kind;
  }

  /** A paragraph's place. */
  public Location(String label, Integer page, String anchor, String heading, String context) {
    this(label, page, anchor, heading, context, Segment.Kind.PARAGRAPH);
  }
}
