package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.TopDocs;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Highlighting the text the hit mapping has already read gives, on the shipped corpus, exactly what
 * the highlighter gives when it reads the stored text itself.
 */
class LoadedTextHighlighterIT {
  private static final ArchiveAnalyzers ANALYZERS = new ArchiveAnalyzers();
  private static IndexGeneration generation;

  @BeforeAll
  static void open() throws IOException {
    Path current = new IndexLocation(TestArchive.index()).current().orElseThrow();
    generation = IndexGeneration.open(current, ANALYZERS, Ranking.DEFAULT);
  }

  @AfterAll
  static void close() throws IOException {
    generation.reader.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // several words, each with its related forms (sanctioned, appointments, attend)
        "sanctions for not attending appointments",
        "is registration with universal jobmatch mandatory",
        "\"universal jobmatch\" account",
        "DMG 21594 doubt"
      })
  void theHighlightIsByteForByteTheOneReadFromStoredFields(String question) throws IOException {
    ArchiveQuery query =
        new ArchiveQueryBuilder(ANALYZERS, new ReferenceRecognizer())
            .build(SearchRequest.of(question, 20));
    TopDocs top = generation.searcher.search(query.ranking(), 20);
    assertThat(top.scoreDocs).as(question).hasSizeGreaterThan(1);

    int[] docIds = new int[top.scoreDocs.length];
    String[] texts = new String[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      docIds[i] = top.scoreDocs[i].doc;
      Document doc = generation.searcher.storedFields().document(docIds[i]);
      texts[i] = doc.get(ArchiveFields.TEXT);
    }
    String[] readByLucene =
        generation.highlighter.highlight(ArchiveFields.TEXT, query.highlight(), top, 1);
    String[] fromLoadedText =
        generation.highlighter.highlight(ArchiveFields.TEXT, query.highlight(), docIds, texts);

    assertThat(fromLoadedText).as(question).containsExactly(readByLucene);
    assertThat(fromLoadedText)
        .as(question)
        .anySatisfy(marked -> assertThat(marked).contains("<mark>"));
  }
}
