package org.foiarchive.index;

/**
 * Every Lucene field name the archive uses, in one place, each with why it has its type. Searching
 * and writing both refer to these names; a second engine (OpenSearch) would map the same names.
 */
public final class ArchiveFields {
  private ArchiveFields() {}

  /** Bumped whenever fields or analysis change, so an index built by older code counts as stale. */
  public static final String FORMAT = "foiarchive-index-29";

  /** "passage" or "document": one index holds both record types; queries filter to passages. */
  public static final String RECORD = "record";

  public static final String RECORD_PASSAGE = "passage";
  public static final String RECORD_DOCUMENT = "document";

  /**
   * Document id: keyword for "all passages of a document", doc values for grouping hits by
   * document.
   */
  public static final String DOC_ID = "docId";

  /**
   * Position in the document: points to find a passage by its id ({docId}-p{n}, with the document's
   * keyword), doc values for sorting a document's passages, stored for the hit's id. The id has no
   * keyword of its own: a term found in one record only was a new entry in the terms dictionary for
   * every passage, built, sorted, flushed and merged at each ingest, for a lookup the document's
   * keyword and the position make as well.
   */
  public static final String ORDINAL = "ordinal";

  /**
   * The passage as printed: stemmed for ranking, stored for display, offsets in postings for
   * highlighting.
   */
  public static final String TEXT = "text";

  /** The same text unstemmed, not stored: "exact phrases" match here, not on the stemmed field. */
  public static final String EXACT = "exact";

  /**
   * Headings and paragraph numbers around the passage: stemmed, weighted below the text; not stored
   * (a hit shows the heading, stored on its own).
   */
  public static final String CONTEXT = "context";

  /** The document title, repeated on each passage so title words lend a little weight. */
  public static final String TITLE = "title";

  /**
   * Where a passage's neighbours are, as doc values ({@link NeighbourWindows}): whether the records
   * just before and after it are the passages before and after it in the same message, which part
   * of each a search reads as its neighbours' text, and that text's length in words. A list item or
   * a one-line answer borrows its neighbours' subject, so ranking does not depend on exactly where
   * segmentation cut; the neighbours' words are read from their own text field, for the candidates
   * a search scores, rather than indexed a second and third time (they were nearly half the tokens
   * an ingest indexed).
   */
  public static final String NEIGHBOURS = "neighbours";

  /** The passage's length in words, as doc values: ranking prefers sentences a reader can quote. */
  public static final String WORDS = "words";

  /**
   * 1 when the passage is a question (it ends with "?"), as doc values: an answer outranks the
   * question.
   */
  public static final String QUESTION = "question";

  /**
   * What the passage's wording does ({@code Wording}'s code: a rule, a question or request, other),
   * as doc values: a question typed prefers passages that state a rule to those that repeat it.
   */
  public static final String WORDING = "wording";

  /**
   * What the passage does in its document ({@code Role}'s code: frames it, or states something of
   * its own), as doc values: an introduction or definition of the page's subject gives way to the
   * passage that answers.
   */
  public static final String ROLE = "role";

  /**
   * The kinds of value the passage states ({@code StatedValue}'s code: a number, a length of time,
   * a date), as doc values: a question asking for one tells the candidates that state one without
   * reading their stored text.
   */
  public static final String STATED_VALUES = "statedValues";

  /**
   * A hash of the passage's normalised text, as doc values: a quote repeated in a thread ranks
   * once.
   */
  public static final String TEXT_HASH = "textHash";

  /** The paragraph label as printed ("51", "Q3"), lower-cased keyword, so "para 51" can find it. */
  public static final String LABEL = "label";

  /** Filter and facet dimensions: keywords for filtering, facet doc values for counting. */
  public static final String KIND = "kind";

  public static final String PUBLISHER = "publisher";

  /**
   * Publisher name analysed like text, so publisher:ico finds "Information Commissioner's Office".
   */
  public static final String PUBLISHER_TEXT = "publisherText";

  /**
   * Also sorted doc values, so ranking can prefer official voices without reading stored fields.
   */
  public static final String VOICE = "voice";

  public static final String TOPIC = "topic";

  /** Not stored: a hit shows its date, from which the year is read. */
  public static final String YEAR = "year";

  /** Canonical references ("FOI 2437"): keywords, so ref: is an exact (or prefix) match. */
  public static final String REF = "ref";

  /**
   * The date as epoch day: points for after:/before: ranges, doc values for newest-first sorting.
   */
  public static final String DATE_DAY = "dateDay";

  /** Stored-only fields: shown with a hit, never searched. */
  public static final String DATE = "date";

  public static final String PAGE = "page";
  public static final String ANCHOR = "anchor";
  public static final String HEADING = "heading";
  public static final String AUTHOR = "author";
  public static final String QUOTED_REFERENCE = "quotedReference";

  /** "true" on a passage read by OCR from a scan: the result, quote card and citation say so. */
  public static final String OCR = "ocr";

  /** On document records: the manifest entry and extraction facts as JSON. */
  public static final String DOCUMENT_JSON = "documentJson";

  /**
   * On document records, as doc values (read for every document at the start of an ingest, without
   * decompressing stored fields): a digest of what the document was built from (its snapshot's
   * SHA-256 and manifest entry), so an ingest re-indexes only the documents whose digest changed.
   */
  public static final String INGEST_DIGEST = "ingestDigest";

  /** On document records, as doc values: its passage count, for the report of an unchanged one. */
  public static final String INGEST_PASSAGES = "ingestPassages";

  /** On document records, as doc values: why its text could not all be read, if it could not. */
  public static final String INGEST_WARNING = "ingestWarning";
}
