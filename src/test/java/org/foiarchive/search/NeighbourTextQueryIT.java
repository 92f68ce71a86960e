package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.index.LuceneArchiveWriter;
import org.foiarchive.passage.Location;
import org.foiarchive.passage.Passage;
import org.foiarchive.passage.Speaker;
import org.foiarchive.passage.Voice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query on the text matched in each passage's neighbours, on a real index on disk: the passages
 * just before and after in the same message count, from the end of the one before and the start of
 * the one after; not a passage two away, not one in another message or another document; and the
 * same after a document is replaced in place and after the segments are merged into one.
 */
class NeighbourTextQueryIT {
  private static final ArchiveAnalyzers ANALYZERS = new ArchiveAnalyzers();

  /** Longer than the part of a neighbour that counts (400 characters), without the test's words. */
  private static final String FILLER = "The office will write again in due course. ".repeat(11);

  @TempDir Path dir;

  @Test
  void theWordsOfThePassagesBesideInTheSameMessageCount() throws IOException {
    IndexLocation location = new IndexLocation(dir);
    try (LuceneArchiveWriter writer = new LuceneArchiveWriter(location, ANALYZERS)) {
      writeLetterAndThread(writer, "letter", "thread");
      writer.commit(Map.of());
    }
    try (DirectoryReader reader = open(location)) {
      // letter-p1 says it: its neighbour after (p2) matches, p3 two away does not.
      // letter-p4, the last of the first message, says "cloudberry": p3 matches, p5 (the next
      // message) does not. The thread's first passage says "damson": not the letter's last.
      assertThat(matches(reader, "bilberry")).containsOnlyKeys("letter-p2");
      assertThat(matches(reader, "cloudberry")).containsOnlyKeys("letter-p3");
      assertThat(matches(reader, "damson")).containsOnlyKeys("thread-p2");
      // The end of the passage before counts, its start not; the start of the one after, not its
      // end: thread-p3 has "elderberry" in both neighbours, outside those parts.
      assertThat(matches(reader, "elderberry")).containsOnlyKeys("thread-p5", "thread-p1");
      // Related phrases too, in their words' order.
      assertThat(phraseMatches(reader, "bilberry scheme")).containsOnlyKeys("letter-p2");
      assertThat(phraseMatches(reader, "scheme bilberry")).isEmpty();
      // A word in both neighbours weighs more than in one, neighbours as long.
      Map<String, Float> both = matches(reader, "fig");
      assertThat(both).containsOnlyKeys("thread-p5", "thread-p7", "thread-p9");
      assertThat(both.get("thread-p7")).isGreaterThan(both.get("thread-p9"));
    }
  }

  @Test
  void aDocumentReplacedInPlaceAndMergedKeepsItsNeighbours() throws IOException {
    IndexLocation location = new IndexLocation(dir);
    try (LuceneArchiveWriter writer = new LuceneArchiveWriter(location, ANALYZERS)) {
      writeLetterAndThread(writer, "letter", "thread");
      // Enough records that replacing the letter leaves its old ones deleted in place: fewer than
      // the share an update rewrites away at once.
      List<Passage> notes = new ArrayList<>();
      for (int n = 1; n <= 80; n++) {
        notes.add(passage("notes", n, "n", "Note " + n + " of the notes."));
      }
      write(writer, "notes", notes);
      writer.commit(Map.of());
    }
    // The letter replaced, "bilberry" moved to its third passage: its new records in a segment of
    // their own, the old ones deleted but still in the first.
    try (LuceneArchiveWriter writer =
        LuceneArchiveWriter.updating(location, ANALYZERS, location.current().orElseThrow())) {
      write(
          writer,
          "letter",
          List.of(
              passage("letter", 1, "m1", "A first paragraph."),
              passage("letter", 2, "m1", "A second paragraph."),
              passage("letter", 3, "m1", "The bilberry scheme is voluntary."),
              passage("letter", 4, "m1", "A fourth paragraph.")));
      writer.commit(Map.of());
    }
    try (DirectoryReader reader = open(location)) {
      assertThat(reader.leaves()).hasSizeGreaterThan(1);
      assertThat(reader.numDeletedDocs()).isPositive();
      assertThat(matches(reader, "bilberry")).containsOnlyKeys("letter-p2", "letter-p4");
      assertThat(matches(reader, "damson")).containsOnlyKeys("thread-p2");
    }
    Path serving = location.current().orElseThrow();
    try (FSDirectory directory = FSDirectory.open(serving);
        IndexWriter merger =
            new IndexWriter(
                directory,
                new IndexWriterConfig(ANALYZERS.index())
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      merger.forceMerge(1);
      merger.commit();
    }
    try (DirectoryReader reader = open(location)) {
      assertThat(reader.leaves()).hasSize(1);
      assertThat(reader.numDeletedDocs()).isZero();
      assertThat(matches(reader, "bilberry")).containsOnlyKeys("letter-p2", "letter-p4");
      assertThat(matches(reader, "damson")).containsOnlyKeys("thread-p2");
      assertThat(matches(reader, "elderberry")).containsOnlyKeys("thread-p5", "thread-p1");
    }
  }

  /**
   * A word's records are read once for both sides: passages in runs where the word is in several
   * passages in a row, reached in order and by jumps (a filter leading), count the same as when
   * each side reads its own matches (a synonym query of the word and a word the index lacks, which
   * takes that path and scores alike).
   */
  @Test
  void aWordReadOnceForBothSidesCountsAsEachSideReadingItsOwn() throws IOException {
    IndexLocation location = new IndexLocation(dir);
    Set<Integer> saying = Set.of(1, 2, 3, 5, 7, 8, 11, 12, 14);
    Set<Integer> marked = Set.of(1, 2, 4, 5, 6, 9, 12, 13, 14);
    try (LuceneArchiveWriter writer = new LuceneArchiveWriter(location, ANALYZERS)) {
      List<Passage> runs = new ArrayList<>();
      for (int n = 1; n <= 14; n++) {
        String text =
            (saying.contains(n) ? (n == 7 ? "Quince and quince again. " : "A quince. ") : "")
                + (marked.contains(n) ? "Marked. " : "")
                + "Passage "
                + n
                + ".";
        runs.add(passage("runs", n, "m", text));
      }
      write(writer, "runs", runs);
      writer.commit(Map.of());
    }
    try (DirectoryReader reader = open(location)) {
      Query word = new TermQuery(new Term(ArchiveFields.TEXT, "quinc"));
      Query eachSide =
          new SynonymQuery.Builder(ArchiveFields.TEXT)
              .addTerm(new Term(ArchiveFields.TEXT, "quinc"))
              .addTerm(new Term(ArchiveFields.TEXT, "nowhere"))
              .build();
      assertThat(reader.docFreq(new Term(ArchiveFields.TEXT, "quinc"))).isEqualTo(saying.size());
      Map<String, Float> once = scored(reader, word);
      List<String> beside = new ArrayList<>();
      for (int n = 1; n <= 14; n++) {
        if (saying.contains(n - 1) || saying.contains(n + 1)) {
          beside.add(Passage.idOf("runs", n));
        }
      }
      assertThat(once.keySet()).containsExactlyInAnyOrderElementsOf(beside);
      assertThat(once).isEqualTo(scored(reader, eachSide));
      // Passage 6 and 8 have passage 7's word twice on one side, passage 4 and 13 one on each.
      assertThat(once.get(Passage.idOf("runs", 6)))
          .isGreaterThan(once.get(Passage.idOf("runs", 10)));
      Query marker = new TermQuery(new Term(ArchiveFields.TEXT, "mark"));
      Map<String, Float> jumped = scoredAmong(reader, word, marker);
      assertThat(jumped).isEqualTo(scoredAmong(reader, eachSide, marker));
      assertThat(jumped.keySet())
          .containsExactlyInAnyOrderElementsOf(
              beside.stream()
                  .filter(id -> marked.stream().anyMatch(n -> id.equals(Passage.idOf("runs", n))))
                  .toList());
    }
  }

  /**
   * A phrase's records (those with all its words) are read in one pass for both sides, as a word's
   * are: one scorer of the phrase for a segment, where a scorer for each side made every
   * conjunction of its words leap ahead twice. The passages are those beside one that says the
   * phrase, and one with it on both sides weighs more than one with it on one side.
   */
  @Test
  void aPhrasesRecordsAreReadOnceForBothSides() throws IOException {
    IndexLocation location = new IndexLocation(dir);
    Set<Integer> saying = Set.of(1, 2, 3, 5, 7, 8, 11, 12, 14);
    try (LuceneArchiveWriter writer = new LuceneArchiveWriter(location, ANALYZERS)) {
      List<Passage> runs = new ArrayList<>();
      for (int n = 1; n <= 14; n++) {
        String text =
            (saying.contains(n) ? "Ripe quince jelly. " : "Jelly. ") + "Passage " + n + ".";
        runs.add(passage("runs", n, "m", text));
      }
      write(writer, "runs", runs);
      writer.commit(Map.of());
    }
    try (DirectoryReader reader = open(location)) {
      assertThat(reader.leaves()).hasSize(1);
      Query phrase =
          new QueryBuilder(ANALYZERS.query()).createPhraseQuery(ArchiveFields.TEXT, "quince jelly");
      ScorersCounted counted = new ScorersCounted(phrase);
      Map<String, Float> byPhrase = scored(reader, counted);
      assertThat(counted.scorers).isEqualTo(1);
      List<String> beside = new ArrayList<>();
      for (int n = 1; n <= 14; n++) {
        if (saying.contains(n - 1) || saying.contains(n + 1)) {
          beside.add(Passage.idOf("runs", n));
        }
      }
      assertThat(byPhrase.keySet()).containsExactlyInAnyOrderElementsOf(beside);
      assertThat(byPhrase.get(Passage.idOf("runs", 6)))
          .isGreaterThan(byPhrase.get(Passage.idOf("runs", 10)));
    }
  }

  /** A query as it is, counting the scorers its Weight makes. */
  private static final class ScorersCounted extends Query {
    private final Query query;
    int scorers;

    ScorersCounted(Query query) {
      this.query = query;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
        throws IOException {
      return new FilterWeight(query.createWeight(searcher, scoreMode, boost)) {
        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext leaf) throws IOException {
          scorers++;
          return super.scorerSupplier(leaf);
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      query.visit(visitor);
    }

    @Override
    public String toString(String field) {
      return query.toString(field);
    }

    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  private static void writeLetterAndThread(LuceneArchiveWriter writer, String letter, String thread)
      throws IOException {
    write(
        writer,
        letter,
        List.of(
            passage(letter, 1, "m1", "The bilberry scheme is voluntary."),
            passage(letter, 2, "m1", "A second paragraph."),
            passage(letter, 3, "m1", "A third paragraph."),
            passage(letter, 4, "m1", "The cloudberry question is answered."),
            passage(letter, 5, "m2", "A reply in the next message.")));
    write(
        writer,
        thread,
        List.of(
            passage(thread, 1, "t", "The damson post starts the thread."),
            passage(thread, 2, "t", "Elderberry opens this long post. " + FILLER),
            passage(thread, 3, "t", "Between two long posts."),
            passage(thread, 4, "t", FILLER + "This long post ends on elderberry."),
            passage(thread, 5, "t", "After the long post."),
            passage(thread, 6, "t", "Before the fig."),
            passage(thread, 7, "t", "Between."),
            passage(thread, 8, "t", "After the fig."),
            passage(thread, 9, "t", "Between again."),
            passage(thread, 10, "t", "After the pear.")));
  }

  private static Passage passage(String docId, int ordinal, String anchor, String text) {
    return new Passage(
        Passage.idOf(docId, ordinal),
        docId,
        ordinal,
        text,
        new Location(null, null, anchor, null, "", null),
        new Speaker(Voice.COMMENTARY, null, PartialDate.parseOrNull("2016-01-01"), null),
        List.of(),
        List.of(),
        false);
  }

  private static void write(LuceneArchiveWriter writer, String docId, List<Passage> passages)
      throws IOException {
    Source source =
        Source.of(docId, "https://example.org/" + docId, SourceKind.FORUM, "Thread " + docId);
    writer.add(
        new IndexedDocument(
            source, "Thread " + docId, "text/plain", null, passages.size(), List.of(), List.of()),
        passages);
  }

  private static DirectoryReader open(IndexLocation location) throws IOException {
    return DirectoryReader.open(FSDirectory.open(location.current().orElseThrow()));
  }

  /** The passages whose neighbours hold {@code words}, by id, with their scores. */
  private static Map<String, Float> matches(DirectoryReader reader, String words)
      throws IOException {
    return scored(
        reader,
        new QueryBuilder(ANALYZERS.query())
            .createBooleanQuery(ArchiveFields.TEXT, words, Occur.SHOULD));
  }

  private static Map<String, Float> phraseMatches(DirectoryReader reader, String phrase)
      throws IOException {
    return scored(
        reader, new QueryBuilder(ANALYZERS.query()).createPhraseQuery(ArchiveFields.TEXT, phrase));
  }

  private static Map<String, Float> scored(DirectoryReader reader, Query onText)
      throws IOException {
    return search(reader, NeighbourTextQuery.of(onText));
  }

  /**
   * The passages {@code among} matches whose neighbours hold {@code onText}, scored by the
   * neighbours alone: the filter leads, and the neighbours' records are reached by jumps.
   */
  private static Map<String, Float> scoredAmong(DirectoryReader reader, Query onText, Query among)
      throws IOException {
    return search(
        reader,
        new BooleanQuery.Builder()
            .add(NeighbourTextQuery.of(onText), Occur.MUST)
            .add(among, Occur.FILTER)
            .build());
  }

  private static Map<String, Float> search(DirectoryReader reader, Query query) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new BM25Similarity(Ranking.DEFAULT.k1(), Ranking.DEFAULT.b()));
    TopDocs top = searcher.search(query, 100);
    Map<String, Float> byId = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      Document record = searcher.storedFields().document(hit.doc);
      String id =
          Passage.idOf(
              record.get(ArchiveFields.DOC_ID),
              record.getField(ArchiveFields.ORDINAL).numericValue().intValue());
      ids.add(id);
      byId.put(id, hit.score);
    }
    assertThat(ids).doesNotHaveDuplicates();
    return byId;
  }
}
