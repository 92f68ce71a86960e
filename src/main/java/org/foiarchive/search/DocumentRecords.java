package org.foiarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.index.IndexedDocument;

/**
 * The document records of one index generation, read when a hit needs one rather than all at
 * start-up, and kept. Thread-safe.
 */
final class DocumentRecords {
  /**
   * Document records kept in memory at most (each a few hundred bytes); beyond, the cache starts
   * again.
   */
  private static final int MAX_CACHED_DOCUMENTS = 50_000;

  private static final Query ALL_RECORDS =
      new TermQuery(new Term(ArchiveFields.RECORD, ArchiveFields.RECORD_DOCUMENT));

  private final IndexSearcher searcher;
  private final Map<String, Optional<IndexedDocument>> cache = new ConcurrentHashMap<>();
  private volatile List<IndexedDocument> all;

  DocumentRecords(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /**
   * The document record for an id, read from the index on first need and kept; null when there is
   * none.
   */
  IndexedDocument get(String docId) {
    if (docId == null) {
      return null;
    }
    if (cache.size() > MAX_CACHED_DOCUMENTS) {
      cache.clear();
    }
    return cache.computeIfAbsent(docId, this::read).orElse(null);
  }

  private Optional<IndexedDocument> read(String docId) {
    try {
      Query record =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(ArchiveFields.DOC_ID, docId)), Occur.FILTER)
              .add(ALL_RECORDS, Occur.FILTER)
              .build();
      TopDocs top = searcher.search(record, 1);
      return top.scoreDocs.length == 0
          ? Optional.empty()
          : Optional.of(
              IndexedDocument.fromJson(
                  searcher
                      .storedFields()
                      .document(top.scoreDocs[0].doc)
                      .get(ArchiveFields.DOCUMENT_JSON)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every document, newest first: read in full only when a page lists them all. */
  List<IndexedDocument> all() throws IOException {
    List<IndexedDocument> known = all;
    if (known == null) {
      synchronized (this) {
        known = all;
        if (known == null) {
          known = readAll();
          all = known;
        }
      }
    }
    return known;
  }

  int count() throws IOException {
    return searcher.count(ALL_RECORDS);
  }

  private List<IndexedDocument> readAll() throws IOException {
    int max = Math.max(1, searcher.getIndexReader().maxDoc());
    TopDocs top = searcher.search(ALL_RECORDS, max);
    List<IndexedDocument> docs = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      docs.add(IndexedDocument.fromJson(stored.document(sd.doc).get(ArchiveFields.DOCUMENT_JSON)));
    }
    docs.sort(
        Comparator.comparing(
                (IndexedDocument d) -> d.source().provenance().date(),
                Comparator.nullsLast(Comparator.<PartialDate>reverseOrder()))
            .thenComparing(IndexedDocument::title)
            // not by where the records happen to sit in the index
            .thenComparing(IndexedDocument::docId));
    // One record per id, as the index holds one.
    Map<String, IndexedDocument> byId = new LinkedHashMap<>();
    docs.forEach(d -> byId.put(d.docId(), d));
    return List.copyOf(byId.values());
  }
}
