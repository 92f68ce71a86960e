package org.foiarchive.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A {@link UnifiedHighlighter} that highlights text the caller has already read from the stored
 * fields. Its own {@code highlight} reads each hit's stored text again, a sixth of the highlighting
 * time in a profile of a search, when mapping the hits has just read the same fields. Everything
 * but where the text comes from (offsets, passage scoring, formatting) is the highlighter's own, so
 * the output is the same.
 */
final class LoadedTextHighlighter extends UnifiedHighlighter {

  LoadedTextHighlighter(Builder builder) {
    super(builder);
  }

  /**
   * Each document's {@code field} highlighted for {@code query} in its best passage, in the order
   * given.
   *
   * @param docIds the documents, as the searcher numbers them
   * @param texts each document's stored value of {@code field}, null when it has none
   * @return the highlighted text of each document, null where its text was null
   */
  String[] highlight(String field, Query query, int[] docIds, String[] texts) throws IOException {
    FieldHighlighter fieldHighlighter = getFieldHighlighter(field, query, extractTerms(query), 1);
    List<LeafReaderContext> leaves = getIndexSearcher().getIndexReader().leaves();
    String[] marked = new String[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      if (texts[i] == null) {
        continue;
      }
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
      Object highlighted =
          fieldHighlighter.highlightFieldForDoc(
              leaf.reader(), docIds[i] - leaf.docBase, limited(texts[i]));
      marked[i] = highlighted == null ? null : highlighted.toString();
    }
    return marked;
  }

  /** The text cut to the highlighter's maximum length, as it cuts a value it loads itself. */
  private String limited(String text) {
    return text.length() > getMaxLength() ? text.substring(0, getMaxLength()) : text;
  }
}
