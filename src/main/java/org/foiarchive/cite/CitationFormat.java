package org.foiarchive.cite;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats {@code /cite/{passageId}?format=} serves: a legal citation in plain text (the
 * default), the quotation with its citation in Markdown and HTML, and reference-manager entries in
 * BibTeX and CSL-JSON. Each knows its media type, so the web layer and the CLI write them the same
 * way.
 */
public enum CitationFormat {
  TEXT("text", "text/plain", "txt"),
  MARKDOWN("markdown", "text/markdown", "md"),
  HTML("html", "text/html", "html"),
  BIBTEX("bibtex", "application/x-bibtex", "bib"),
  CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json", "json");

  private final String id;
  private final String mediaType;
  private final String extension;

  CitationFormat(String id, String mediaType, String extension) {
    this.id = id;
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String id() {
    return id;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  public String format(Citation citation) {
    return switch (this) {
      case TEXT -> LegalCitation.sentence(citation, LegalCitation.PLAIN);
      case MARKDOWN -> markdown(citation);
      case HTML -> html(citation);
      case BIBTEX -> BibtexCitation.entry(citation);
      case CSL_JSON -> CslJsonCitation.items(citation);
    };
  }

  /**
   * The exact words in quotation marks, then the plain-text citation: ready to paste into a
   * submission.
   */
  public static String quoteWithCitation(Citation citation) {
    return LegalCitation.quoted(citation);
  }

  public static Optional<CitationFormat> fromId(String id) {
    String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
  }

  /** The format ids, for messages that list them ("text, markdown, html, bibtex or csl-json"). */
  public static String ids() {
    String all = Arrays.stream(values()).map(CitationFormat::id).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }

  private static String markdown(Citation c) {
    String quote =
        c.text()
            .strip()
            .lines()
            .map(line -> line.isBlank() ? ">" : "> " + LegalCitation.markdownLine(line))
            .collect(Collectors.joining("\n"));
    return quote + "\n\n— " + LegalCitation.sentence(c, LegalCitation.MARKDOWN) + "\n";
  }

  private static String html(Citation c) {
    String cite = c.document().url() != null ? c.document().url() : c.copy().cardUrl();
    String quote =
        c.text()
            .strip()
            .lines()
            .map(LegalCitation::escapeHtml)
            .collect(Collectors.joining("<br>\n"));
    return "<blockquote cite=\""
        + LegalCitation.escapeHtml(cite)
        + "\"><p>"
        + quote
        + "</p></blockquote>\n"
        + "<p class=\"citation\">"
        + LegalCitation.sentence(c, LegalCitation.HTML)
        + "</p>\n";
  }
}
