package org.foiarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;

/**
 * The archive writes its segments with its own codec (stored fields in small chunks, so that
 * reading a page's passages decompresses little), and Lucene finds that codec by name to read them.
 */
class ArchiveCodecIT {
  @Test
  void everySegmentIsWrittenWithTheArchivesCodec() throws IOException {
    try (DirectoryReader reader = TestArchive.openReader()) {
      assertThat(reader.leaves()).isNotEmpty();
      for (LeafReaderContext leaf : reader.leaves()) {
        SegmentReader segment = (SegmentReader) leaf.reader();
        assertThat(segment.getSegmentInfo().info.getCodec().getName()).isEqualTo(ArchiveCodec.NAME);
      }
    }
  }

  @Test
  void luceneFindsTheCodecByItsName() {
    assertThat(Codec.forName(ArchiveCodec.NAME)).isInstanceOf(ArchiveCodec.class);
  }

  @Test
  void everyPassagesTextReadsBack() throws IOException {
    try (DirectoryReader reader = TestArchive.openReader()) {
      StoredFields stored = reader.storedFields();
      int withText = 0;
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        String text = stored.document(doc).get(ArchiveFields.TEXT);
        if (text != null) {
          assertThat(text).as("record %d", doc).isNotBlank();
          withText++;
        }
      }
      int passages =
          new IndexSearcher(reader)
              .count(new TermQuery(new Term(ArchiveFields.RECORD, ArchiveFields.RECORD_PASSAGE)));
      assertThat(withText).isPositive().isEqualTo(passages);
    }
  }
}
