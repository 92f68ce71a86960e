package org.foiarchive.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The documents an index generation holds, each with the {@link IngestStamp} it was written with:
 * what an ingest compares the corpus with to find what changed. Read from doc values only, so
 * reading the 18,000 documents of a million-passage archive takes a fraction of a second.
 */
public final class IndexedSources {
  private IndexedSources() {}

  /** A document in the index: how it was built and how many passages it gave. */
  public record Held(IngestStamp stamp, int passages) {}

  /** Every document record of the generation, by document id. */
  public static Map<String, Held> read(Path generation) throws IOException {
    Map<String, Held> held = new HashMap<>();
    try (FSDirectory directory = FSDirectory.open(generation);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        // Only document records carry the digest, so it leads the iteration.
        BinaryDocValues digests = DocValues.getBinary(leaf.reader(), ArchiveFields.INGEST_DIGEST);
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), ArchiveFields.DOC_ID);
        NumericDocValues passages =
            DocValues.getNumeric(leaf.reader(), ArchiveFields.INGEST_PASSAGES);
        BinaryDocValues warnings = DocValues.getBinary(leaf.reader(), ArchiveFields.INGEST_WARNING);
        for (int doc = digests.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = digests.nextDoc()) {
          if (live != null && !live.get(doc) || !ids.advanceExact(doc)) {
            continue;
          }
          String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
          String digest = digests.binaryValue().utf8ToString();
          int count = passages.advanceExact(doc) ? (int) passages.longValue() : 0;
          String warning =
              warnings.advanceExact(doc) ? warnings.binaryValue().utf8ToString() : null;
          held.put(id, new Held(new IngestStamp(digest, warning), count));
        }
      }
    }
    return held;
  }
}
