package org.foiarchive.search;

import java.util.List;
import java.util.Optional;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.tag.Topic;

/**
 * Read access to the archive's index: searching, whole documents, single passages. The web layer
 * and the CLI depend on this interface only, so another engine (OpenSearch) could serve a larger
 * archive. Implementations are thread-safe.
 */
public interface ArchiveSearcher extends AutoCloseable {
  SearchResults search(SearchRequest request);

  /**
   * The same search, its answer not kept for readers: the start-up warm-up's questions are no
   * reader's, and must not take the place of their answers.
   */
  default SearchResults searchUnkept(SearchRequest request) {
    return search(request);
  }

  /** The same matches ordered newest first by the passage's date (undated last), for feeds. */
  SearchResults latest(SearchRequest request);

  /**
   * Passages with the topic, those that match its definition most strongly first, under the
   * request's filters (kind, voice, dates; its query text is ignored), with counts by document.
   */
  TopicResults topic(Topic topic, SearchRequest filters);

  /**
   * A document with all its passages; {@code highlightQuery} (may be blank) marks matching words.
   */
  Optional<DocumentView> document(String docId, String highlightQuery);

  Optional<SearchHit> passage(String passageId);

  Optional<IndexedDocument> documentInfo(String docId);

  /** Every document, in manifest order. */
  List<IndexedDocument> documents();

  ArchiveStats stats();

  @Override
  void close();
}
