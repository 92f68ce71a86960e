package org.foiarchive.passage;

/**
 * A paragraph as the splitter found it, before it becomes a {@link Passage} of a document.
 *
 * @param label the paragraph number as printed, or null
 * @param heading the nearest heading above it, or null
 * @param context the headings and paragraph number a reader sees around it, or an empty string
 * @param line the 0-based index of its first line in the text it was cut from
 */
public record Segment(
    String text, String label, Kind kind, String heading, String context, int line) {
  /** A segment whose place in the text is not known. */
  public Segment(String text, String label, Kind kind, String heading, String context) {
    this(text, label, kind, heading, context, -1);
  }

  /** What the segment is on the page. */
  public enum Kind {
    PARAGRAPH,
    HEADING,
    /** A line that is only a web address: usually the source of the quote above it. */
    LINK
  }
}
