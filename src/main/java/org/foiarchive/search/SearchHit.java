package org.foiarchive.search;

import java.util.List;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.passage.Voice;

/**
 * One passage in search results, with what a reader needs to trust and cite it. Field names are the
 * JSON API's (see DESIGN.md), and the JSON writes {@code kind} by its id and {@code date} in ISO
 * 8601 at its own precision, as the index stores them; {@code highlight} is HTML-escaped text with
 * {@code <mark>} around matches.
 *
 * @param url the original source, at the exact message where the source page allows
 * @param archiveUrl the archived snapshot, byte for byte
 * @param permalink the passage in its document on this site
 * @param anchor the fragment of its message on the source page ({@code incoming-366711}), or null
 * @param ocr true when the text was read by OCR from a scan: a reader must check it against the
 *     scan
 * @param alsoIn the other passages of the same words (letters and digits, whatever the case and
 *     accents) among the passages the search ranked, best first, which take no place of their own:
 *     where else a quote appears, so a reader can choose which copy to cite; empty for a text found
 *     once
 */
public record SearchHit(
    String passageId,
    String docId,
    String title,
    SourceKind kind,
    String publisher,
    Voice voice,
    PartialDate date,
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
    boolean ocr,
    List<Copy> alsoIn) {

  /**
   * Another passage of a hit's text: a quote pasted again, or the same official sentence reproduced
   * elsewhere.
   *
   * @param permalink the passage in its document on this site
   * @param ordinal the passage's place in its document
   */
  public record Copy(
      String passageId, String docId, String title, Voice voice, String permalink, int ordinal) {}

  /** This hit, standing also for these other copies of its text. */
  public SearchHit withAlsoIn(List<Copy> copies) {
    return new SearchHit(
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
        ocr,
        copies);
  }

  /** A hit built part by part, each named: what is not given is null, empty or zero. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SearchHit} by name, so no two of its many strings can swap places. */
  public static final class Builder {
    private String passageId;
    private String docId;
    private String title;
    private SourceKind kind;
    private String publisher;
    private Voice voice;
    private PartialDate date;
    private List<String> references = List.of();
    private List<String> topics = List.of();
    private String paragraph;
    private Integer page;
    private String text;
    private String highlight;
    private String url;
    private String archiveUrl;
    private String permalink;
    private float score;
    private String author;
    private int ordinal;
    private String heading;
    private String quotedReference;
    private String anchor;
    private boolean ocr;
    private List<Copy> alsoIn = List.of();

    private Builder() {}

    public Builder passageId(String passageId) {
      this.passageId = passageId;
      return this;
    }

    public Builder docId(String docId) {
      this.docId = docId;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder kind(SourceKind kind) {
      this.kind = kind;
      return this;
    }

    public Builder publisher(String publisher) {
      this.publisher = publisher;
      return this;
    }

    public Builder voice(Voice voice) {
      this.voice = voice;
      return this;
    }

    public Builder date(PartialDate date) {
      this.date = date;
      return this;
    }

    public Builder references(List<String> references) {
      this.references = references;
      return this;
    }

    public Builder topics(List<String> topics) {
      this.topics = topics;
      return this;
    }

    public Builder paragraph(String paragraph) {
      this.paragraph = paragraph;
      return this;
    }

    public Builder page(Integer page) {
      this.page = page;
      return this;
    }

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    public Builder highlight(String highlight) {
      this.highlight = highlight;
      return this;
    }

    public Builder url(String url) {
      this.url = url;
      return this;
    }

    public Builder archiveUrl(String archiveUrl) {
      this.archiveUrl = archiveUrl;
      return this;
    }

    public Builder permalink(String permalink) {
      this.permalink = permalink;
      return this;
    }

    public Builder score(float score) {
      this.score = score;
      return this;
    }

    public Builder author(String author) {
      this.author = author;
      return this;
    }

    public Builder ordinal(int ordinal) {
      this.ordinal = ordinal;
      return this;
    }

    public Builder heading(String heading) {
      this.heading = heading;
      return this;
    }

    public Builder quotedReference(String quotedReference) {
      this.quotedReference = quotedReference;
      return this;
    }

    public Builder anchor(String anchor) {
      this.anchor = anchor;
      return this;
    }

    public Builder ocr(boolean ocr) {
      this.ocr = ocr;
      return this;
    }

    public Builder alsoIn(List<Copy> alsoIn) {
      this.alsoIn = alsoIn;
      return this;
    }

    public SearchHit build() {
      return new SearchHit(
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
          ocr,
          alsoIn);
    }
  }
}
