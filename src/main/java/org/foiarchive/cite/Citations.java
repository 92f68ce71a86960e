package org.foiarchive.cite;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.foiarchive.corpus.Source;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.passage.Voice;
import org.foiarchive.search.ArchiveRoutes;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;

/**
 * Makes citations of passages in the archive, for the web pages, {@code /cite} and evidence
 * bundles: looks up each passage's document (and the document it came attached to) and, for
 * official wording quoted in commentary, the official document in the archive that carries the same
 * reference. Thread-safe.
 */
public final class Citations {
  private final ArchiveSearcher searcher;

  public Citations(ArchiveSearcher searcher) {
    this.searcher = searcher;
  }

  /** The citation of a passage by id, or empty when the archive has no such passage. */
  public Optional<Citation> of(String passageId, String siteUrl, LocalDate accessed) {
    return searcher.passage(passageId).map(hit -> of(hit, siteUrl, accessed));
  }

  /** The citation of a passage the caller already holds (a search hit). */
  public Citation of(SearchHit hit, String siteUrl, LocalDate accessed) {
    IndexedDocument document = searcher.documentInfo(hit.docId()).orElseGet(() -> placeholder(hit));
    IndexedDocument parent =
        document.source().parent() == null
            ? null
            : searcher.documentInfo(document.source().parent()).orElse(null);
    Citation citation = Citation.of(hit, document, parent, siteUrl, accessed);
    return officialSource(hit, siteUrl).map(citation::withOfficialSource).orElse(citation);
  }

  /**
   * For a quoted-official passage, the best official passage elsewhere in the archive that carries
   * the reference the quotation gives; empty for other voices or when the archive does not hold the
   * source.
   */
  public Optional<Citation.OfficialSource> officialSource(SearchHit hit, String siteUrl) {
    String reference = hit.quotedReference();
    if (hit.voice() != Voice.QUOTED_OFFICIAL || reference == null || reference.isBlank()) {
      return Optional.empty();
    }
    SearchRequest request =
        SearchRequest.builder("ref:\"" + reference.replace("\"", "") + "\"")
            .voices(List.of(Voice.OFFICIAL.id()))
            .limit(5)
            .build();
    String site = siteUrl == null ? "" : siteUrl.replaceFirst("/+$", "");
    return searcher.search(request).hits().stream()
        .filter(official -> !official.docId().equals(hit.docId()))
        .findFirst()
        .map(
            official ->
                new Citation.OfficialSource(
                    official.title(),
                    reference,
                    site + ArchiveRoutes.quoteCard(official.passageId())));
  }

  /**
   * A passage whose document record is missing (an index being replaced) is still citable from the
   * hit.
   */
  private static IndexedDocument placeholder(SearchHit hit) {
    return new IndexedDocument(
        Source.of(hit.docId(), hit.url(), hit.kind(), hit.title()),
        hit.title(),
        null,
        null,
        0,
        List.of(),
        List.of());
  }
}
