package org.foiarchive.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.foiarchive.index.ArchiveFields;

/**
 * Counts matching passages by document from doc values, without scoring or reading stored fields.
 */
final class DocumentCounts implements CollectorManager<DocumentCounts.Counter, Map<String, Long>> {

  @Override
  public Counter newCollector() {
    return new Counter();
  }

  @Override
  public Map<String, Long> reduce(Collection<Counter> collectors) {
    Map<String, Long> total = new HashMap<>();
    collectors.forEach(c -> c.counts.forEach((doc, n) -> total.merge(doc, n, Long::sum)));
    return total;
  }

  /** One per search thread; resolves segment ordinals to document ids as it leaves each segment. */
  static final class Counter extends SimpleCollector {
    private final Map<String, Long> counts = new HashMap<>();
    private SortedDocValues docIds;
    private long[] perOrdinal;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush();
      docIds = DocValues.getSorted(context.reader(), ArchiveFields.DOC_ID);
      perOrdinal = new long[docIds.getValueCount()];
    }

    @Override
    public void collect(int doc) throws IOException {
      if (docIds.advanceExact(doc)) {
        perOrdinal[docIds.ordValue()]++;
      }
    }

    @Override
    public void finish() throws IOException {
      flush();
    }

    private void flush() throws IOException {
      if (docIds == null) {
        return;
      }
      for (int ord = 0; ord < perOrdinal.length; ord++) {
        if (perOrdinal[ord] > 0) {
          counts.merge(docIds.lookupOrd(ord).utf8ToString(), perOrdinal[ord], Long::sum);
        }
      }
      docIds = null;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
