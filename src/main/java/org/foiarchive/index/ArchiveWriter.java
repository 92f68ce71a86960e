package org.foiarchive.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.foiarchive.passage.Passage;

/**
 * Writes a new index generation, whole or as an update of the serving one: documents and their
 * passages, then a commit that makes it the one served. Until {@link #commit} the serving index is
 * untouched; {@link #close} without a commit throws the new one away. One writer per ingest; {@link
 * #add} may be called from several threads.
 */
public interface ArchiveWriter extends AutoCloseable {
  void add(IndexedDocument document, List<Passage> passages) throws IOException;

  /**
   * As {@link #add(IndexedDocument, List)}, with each passage's text already analysed by the
   * index's prose analysis ({@link ArchiveAnalyzers#analyseText}, which brings the exact field's
   * tokens with it, or {@link AnalysedText#of} with {@link ArchiveAnalyzers#prose()}), so it is not
   * analysed again.
   */
  default void add(IndexedDocument document, List<Passage> passages, List<AnalysedText> analysed)
      throws IOException {
    add(document, passages);
  }

  /**
   * As {@link #add(IndexedDocument, List, List)}, recording how the document was built, so that the
   * next ingest can tell whether it changed.
   */
  default void add(
      IndexedDocument document,
      List<Passage> passages,
      List<AnalysedText> analysed,
      IngestStamp stamp)
      throws IOException {
    add(document, passages, analysed);
  }

  /** Deletes a document and its passages (nothing if the index does not hold it). */
  void remove(String docId) throws IOException;

  /** Finishes the new index, records what it was built from, and switches to it atomically. */
  void commit(Map<String, String> commitData) throws IOException;

  /** Bytes on disk of the index being written (after commit, of the new index). */
  long sizeInBytes() throws IOException;

  @Override
  void close() throws IOException;
}
