package org.foiarchive.search;

/**
 * The archive's own web addresses, spelt once: search puts them in hits, cite in citations and
 * bundles, and web maps its controllers to the same patterns. Ids are the archive's slugs, safe in
 * a path as they are. Paths are relative to the site; a citation made with a site URL prefixes it.
 */
public final class ArchiveRoutes {
  /** A whole document, every passage anchored {@code #p{n}}. */
  public static final String DOCUMENT = "/doc/{docId}";

  /** The archived snapshot, byte for byte. */
  public static final String RAW = "/doc/{docId}/raw";

  /** A passage's quote card. */
  public static final String QUOTE_CARD = "/p/{passageId}";

  /** A passage's citation in one of the formats. */
  public static final String CITATION = "/cite/{passageId}";

  private ArchiveRoutes() {}

  public static String document(String docId) {
    return DOCUMENT.replace("{docId}", docId);
  }

  public static String raw(String docId) {
    return RAW.replace("{docId}", docId);
  }

  /** The passage's anchor within its document: {@code #p{n}}. */
  public static String passageAnchor(int ordinal) {
    return "p" + ordinal;
  }

  /** The passage at its place in the whole document. */
  public static String passageInDocument(String docId, int ordinal) {
    return document(docId) + "#" + passageAnchor(ordinal);
  }

  public static String quoteCard(String passageId) {
    return QUOTE_CARD.replace("{passageId}", passageId);
  }
}
