package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
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
}
