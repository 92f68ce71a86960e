package org.foiarchive.cite;

import java.time.LocalDate;
import java.util.List;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.search.SearchHit;

/**
 * What goes into an evidence bundle PDF: the passages a user chose, in their order, each with its
 * full citation, and optionally the documents they come from, so a tribunal can read each extract
 * in context.
 *
 * @param title the user's name for the bundle (an appeal reference, say), or null
 * @param prepared the day the bundle was made; its citations say they were accessed then
 * @param extracts the chosen passages' citations, numbered from 1 in this order
 * @param sources the documents the extracts come from, in order of first use; empty when not wanted
 */
public record EvidenceBundle(
    String title,
    LocalDate prepared,
    String siteUrl,
    List<Citation> extracts,
    List<SourceDocument> sources) {

  /**
   * A bundle is for a hearing, not for a whole archive: more than this many extracts is refused.
   */
  public static final int MAX_EXTRACTS = 50;

  public EvidenceBundle {
    extracts = List.copyOf(extracts);
    sources = List.copyOf(sources);
  }

  /**
   * A source document as the bundle reproduces it: its archived PDF's own pages when it is a PDF,
   * else its archived text passage by passage.
   *
   * @param originalPdf the archived PDF's bytes (checksum verified), or null to print the passages
   */
  public record SourceDocument(
      IndexedDocument document, List<SearchHit> passages, byte[] originalPdf) {
    public SourceDocument {
      passages = List.copyOf(passages);
    }
  }
}
