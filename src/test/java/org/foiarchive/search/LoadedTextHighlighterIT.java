package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.TestArchive;
import org.foiarchive.testing.TestFolders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.FileSystemUtils;

/**
 * Highlighting the text the hit mapping has already read, with one Weight for all the hits, gives
 * exactly what Lucene's own highlighter gives when it reads the stored text itself and makes a
 * Weight for each hit: on the shipped corpus, in an index of two segments (the passages twice), so
 * that hits lie in both and each is matched in its own.
 */
class LoadedTextHighlighterIT {
  private static final ArchiveAnalyzers ANALYZERS = new ArchiveAnalyzers();
  private static Path folder;
  private static IndexGeneration generation;
  private static UnifiedHighlighter lucenes;

  @BeforeAll
  static void open() throws IOException {
    Path current = new IndexLocation(TestArchive.index()).current().orElseThrow();
    folder = TestFolders.create("foiarchive-highlighter-two-segments-");
    Path twoSegments = folder.resolve("index");
    try (Directory original = FSDirectory.open(current);
        Directory copy = FSDirectory.open(twoSegments);
        IndexWriter writer =
            new IndexWriter(copy, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      writer.addIndexes(original);
      writer.commit();
      writer.addIndexes(original);
      writer.commit();
    }
    generation = IndexGeneration.open(twoSegments, ANALYZERS, Ranking.DEFAULT);
    assertThat(generation.reader.leaves()).hasSizeGreaterThan(1);
    // Lucene's highlighter as it comes, set up as the archive sets up its own.
    lucenes = IndexGeneration.highlighting(generation.searcher, ANALYZERS).build();
  }

  @AfterAll
  static void close() throws IOException {
    generation.reader.close();
    FileSystemUtils.deleteRecursively(folder);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // several words, each with its related forms (sanctioned, appointments, attend)
        "sanctions for not attending appointments",
        "is registration with universal jobmatch mandatory",
        "\"universal jobmatch\" account",
        "DMG 21594 doubt",
        // a related phrase, marked only where its words stand close together
        "evidence of looking for work"
      })
  void theHighlightIsByteForByteLucenesOwn(String question) throws IOException {
    ArchiveQuery query =
        new ArchiveQueryBuilder(ANALYZERS, new ReferenceRecognizer())
            .build(SearchRequest.of(question, 40));
    TopDocs top = generation.searcher.search(query.ranking(), 40);
    int firstSegmentEnd = generation.reader.leaves().get(1).docBase;
    assertThat(top.scoreDocs)
        .as(question)
        .anySatisfy(hit -> assertThat(hit.doc).isLessThan(firstSegmentEnd))
        .anySatisfy(hit -> assertThat(hit.doc).isGreaterThanOrEqualTo(firstSegmentEnd));

    int[] docIds = new int[top.scoreDocs.length];
    String[] texts = new String[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      docIds[i] = top.scoreDocs[i].doc;
      Document doc = generation.searcher.storedFields().document(docIds[i]);
      texts[i] = doc.get(ArchiveFields.TEXT);
    }
    String[] byLucene = lucenes.highlight(ArchiveFields.TEXT, query.highlight(), top, 1);
    String[] fromLoadedText =
        generation.highlighter.highlight(ArchiveFields.TEXT, query.highlight(), docIds, texts);
    String[] readByItself =
        generation.highlighter.highlight(ArchiveFields.TEXT, query.highlight(), top, 1);

    assertThat(fromLoadedText).as(question).containsExactly(byLucene);
    assertThat(readByItself).as(question).containsExactly(byLucene);
    assertThat(fromLoadedText)
        .as(question)
        .anySatisfy(marked -> assertThat(marked).contains("<mark>"));
  }

  @Test
  void eachWordsPostingsAreOpenedOncePerSegmentForAllTheHits() throws IOException {
    Map<String, Integer> opened = new ConcurrentHashMap<>();
    try (DirectoryReader counting = new CountingOffsets(generation.reader, opened)) {
      IndexSearcher searcher = new IndexSearcher(counting);
      LoadedTextHighlighter highlighter =
          new LoadedTextHighlighter(IndexGeneration.highlighting(searcher, ANALYZERS));
      // Words typed, each with related forms (sanctioned, appointments, attend).
      ArchiveQuery query =
          new ArchiveQueryBuilder(ANALYZERS, new ReferenceRecognizer())
              .build(SearchRequest.of("sanctions for not attending appointments", 40));
      TopDocs top = searcher.search(query.ranking(), 40);
      List<String> words =
          ((BooleanQuery) PreparedQuery.unwrapped(searcher.rewrite(query.highlight())))
              .clauses().stream()
                  .map(BooleanClause::query)
                  .filter(TermQuery.class::isInstance)
                  .map(word -> ((TermQuery) word).getTerm().text())
                  .toList();
      int[] docIds = new int[top.scoreDocs.length];
      String[] texts = new String[docIds.length];
      for (int i = 0; i < docIds.length; i++) {
        docIds[i] = top.scoreDocs[i].doc;
        texts[i] = searcher.storedFields().document(docIds[i]).get(ArchiveFields.TEXT);
      }
      opened.clear(); // what the search opened

      String[] marked = highlighter.highlight(ArchiveFields.TEXT, query.highlight(), docIds, texts);

      assertThat(marked).anySatisfy(text -> assertThat(text).contains("<mark>"));
      // Words typed in no related phrase (a phrase's matches open its words' postings).
      assertThat(words).contains("not", "attend", "appointment");
      // Lucene's Weight opens a word's postings again for each hit and each alternative holding it
      // ("not" 30 times for these 40 hits in two segments).
      assertThat(List.of("not", "attend", "appointment"))
          .allSatisfy(
              word ->
                  assertThat(opened.getOrDefault(word, 0))
                      .as(word)
                      .isLessThanOrEqualTo(counting.leaves().size()));
    }
  }

  /**
   * A reader that counts, by word, the postings opened with offsets, as highlighting opens them.
   */
  private static final class CountingOffsets extends FilterDirectoryReader {
    private final Map<String, Integer> opened;

    CountingOffsets(DirectoryReader in, Map<String, Integer> opened) throws IOException {
      super(
          in,
          new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader segment) {
              return countingSegment(segment, opened);
            }
          });
      this.opened = opened;
    }

    private static LeafReader countingSegment(LeafReader segment, Map<String, Integer> opened) {
      return new FilterLeafReader(segment) {
        @Override
        public Terms terms(String field) throws IOException {
          Terms terms = super.terms(field);
          return terms == null
              ? null
              : new FilterTerms(terms) {
                @Override
                public TermsEnum iterator() throws IOException {
                  return new FilterTermsEnum(in.iterator()) {
                    @Override
                    public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
                      if (PostingsEnum.featureRequested(flags, PostingsEnum.OFFSETS)) {
                        opened.merge(term().utf8ToString(), 1, Integer::sum);
                      }
                      return in.postings(reuse, flags);
                    }
                  };
                }
              };
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
          return in.getCoreCacheHelper();
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
          return null;
        }
      };
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
      return new CountingOffsets(in, opened);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }

    @Override
    protected void doClose() {
      // The generation's reader is closed with the generation.
    }
  }
}
