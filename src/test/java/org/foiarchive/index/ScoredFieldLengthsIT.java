package org.foiarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;

/**
 * Every record of the seed corpus's index has a length for each field a search scores, so Lucene
 * reads the lengths of a block of matches at once instead of looking each one up (document records
 * have no text, many passages no context); and the empty fields that give them one leave BM25's
 * statistics as they were: a field's record count is still that of the records with words in it.
 */
class ScoredFieldLengthsIT {
  private static final List<String> SCORED =
      List.of(ArchiveFields.TEXT, ArchiveFields.EXACT, ArchiveFields.CONTEXT, ArchiveFields.TITLE);

  @Test
  void everyRecordHasALengthForEachScoredField() throws IOException {
    try (DirectoryReader reader = TestArchive.openReader()) {
      for (LeafReaderContext leaf : reader.leaves()) {
        for (String field : SCORED) {
          NumericDocValues lengths = leaf.reader().getNormValues(field);
          assertThat(lengths).as(field).isNotNull();
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            assertThat(lengths.advanceExact(doc)).as("%s of record %d", field, doc).isTrue();
          }
        }
      }
    }
  }

  @Test
  void theEmptyFieldsAreNotCountedAsRecordsWithWords() throws IOException {
    try (DirectoryReader reader = TestArchive.openReader()) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int passages =
          searcher.count(
              new TermQuery(new Term(ArchiveFields.RECORD, ArchiveFields.RECORD_PASSAGE)));
      int documents =
          searcher.count(
              new TermQuery(new Term(ArchiveFields.RECORD, ArchiveFields.RECORD_DOCUMENT)));
      assertThat(documents).isPositive();
      long withText = 0;
      long withContext = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        withText += docCount(leaf.reader(), ArchiveFields.TEXT);
        withContext += docCount(leaf.reader(), ArchiveFields.CONTEXT);
      }
      // Every passage has words, no document record has: the records with text are the passages.
      assertThat(withText).isEqualTo(passages);
      // Only some passages print a heading or number around them.
      assertThat(withContext).isPositive().isLessThan(passages);
    }
  }

  private static long docCount(LeafReader reader, String field) throws IOException {
    Terms terms = reader.terms(field);
    return terms == null ? 0 : terms.getDocCount();
  }
}
