package org.foiarchive.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;

/**
 * The reference {@code bench compare} holds foiarchive to: the same passages in plain Lucene, the
 * way its documentation shows it (one text field, {@link EnglishAnalyzer}, {@link
 * SimpleQueryParser}, the top ten with their stored text, and {@link UnifiedHighlighter} for the
 * marked-up version).
 */
final class BareLucene implements Closeable {
  static final String TEXT = "text";

  /**
   * Stored, with offsets in the postings so that the highlighter need not analyse the text again
   * (as foiarchive's own text field is).
   */
  private static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_TYPE.freeze();
  }

  private final EnglishAnalyzer analyzer = new EnglishAnalyzer();
  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SimpleQueryParser parser;
  private final UnifiedHighlighter highlighter;

  private BareLucene(Path dir) throws IOException {
    this.directory = FSDirectory.open(dir);
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.parser = new SimpleQueryParser(analyzer, TEXT);
    this.highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
  }

  static String version() {
    return Version.LATEST.toString();
  }

  /** Indexes the passages into {@code dir}, merged to one segment as foiarchive's ingest does. */
  static EngineRun.Ingest index(List<String> passages, Path dir) throws IOException {
    long cpu = EngineRun.processCpuNanos();
    long start = System.nanoTime();
    try (EnglishAnalyzer analyzer = new EnglishAnalyzer();
        FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(
                directory,
                new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      for (String passage : passages) {
        Document doc = new Document();
        doc.add(new Field(TEXT, passage, TEXT_TYPE));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
      writer.commit();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new EngineRun.Ingest(
        passages.size(),
        seconds,
        (EngineRun.processCpuNanos() - cpu) / 1e9,
        Measurements.folderBytes(dir));
  }

  static BareLucene open(Path dir) throws IOException {
    return new BareLucene(dir);
  }

  /** The top ten passages' stored text. */
  List<String> top(String question) throws IOException {
    TopDocs top = searcher.search(parse(question), EngineRun.TOP);
    StoredFields stored = searcher.storedFields();
    List<String> texts = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      texts.add(stored.document(hit.doc).get(TEXT));
    }
    return texts;
  }

  /**
   * The top ten passages' best sentences with the question's words marked, as a results page shows
   * them (the order is {@link #top}'s).
   */
  List<String> topHighlighted(String question) throws IOException {
    Query query = parse(question);
    TopDocs top = searcher.search(query, EngineRun.TOP);
    return Arrays.asList(highlighter.highlight(TEXT, query, top));
  }

  private Query parse(String question) {
    return parser.parse(question);
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
    analyzer.close();
  }
}
