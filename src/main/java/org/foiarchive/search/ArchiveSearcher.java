package org.foiarchive.search;

import java.util.List;
import java.util.Optional;
import org.foiarchive.index.IndexedDocument;

/**
 * Read access to the archive's index: searching, whole documents, single passages. The web layer and the
 * CLI depend on this interface only, so another engine (OpenSearch) could serve a larger archive.
 * Implementations are thread-safe.
 */
public interface ArchiveSearcher extends AutoCloseable {
  SearchResults search(SearchRequest request);

  /** The same matches ordered newest first by the passage's date (undated last), for feeds. */
  SearchResults latest(SearchRequest request);

  /** A document with all its passages; {@code highlightQuery} (may be blank) marks matching words. */
  Optional<DocumentView> document(String docId, String highlightQuery);

  Optional<SearchHit> passage(String passageId);

  Optional<IndexedDocument> documentInfo(String docId);

  /** Every document, in manifest order. */
  List<IndexedDocument> documents();

  ArchiveStats stats();

  @Override
  void close();
}
