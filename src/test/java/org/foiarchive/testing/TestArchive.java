package org.foiarchive.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.Snapshots;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.corpus.SourceManifest;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.ingest.IngestListener;
import org.foiarchive.ingest.IngestPipeline;
import org.foiarchive.ingest.IngestReport;
import org.foiarchive.search.ArchiveQuery;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.Ranking;
import org.foiarchive.tag.ReferenceRecognizer;

/**
 * The project's real corpus ({@code corpus/}) ingested once per test JVM into a temporary index,
 * for tests that search what users search. Tests must not write to it.
 */
public final class TestArchive {
  public static final Path CORPUS = Path.of("corpus").toAbsolutePath();
  private static Path index;
  private static IngestReport report;

  private TestArchive() {}

  public static synchronized Path index() {
    if (index == null) {
      try {
        Path dir = TestFolders.create("foiarchive-test-index-");
        report =
            new IngestPipeline(new ArchiveAnalyzers())
                .run(Corpus.open(CORPUS), new IndexLocation(dir), IngestListener.SILENT);
        index = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return index;
  }

  /** A searcher over that index, opened as the archive opens one; the caller closes it. */
  public static LuceneArchiveSearcher searcher() {
    try {
      return new LuceneArchiveSearcher(
          new IndexLocation(index()), new ArchiveAnalyzers(), new ReferenceRecognizer());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** That index's current generation, opened for reading; the caller closes it. */
  public static DirectoryReader openReader() throws IOException {
    return DirectoryReader.open(
        FSDirectory.open(new IndexLocation(index()).current().orElseThrow()));
  }

  /** A Lucene searcher over {@code reader} that scores words as the default ranking does. */
  public static IndexSearcher rankingSearcher(DirectoryReader reader) {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new BM25Similarity(Ranking.DEFAULT.k1(), Ranking.DEFAULT.b()));
    return searcher;
  }

  /**
   * The whole ranking of {@code query}: its ranking clauses, plus its proximity clause's score
   * where that matches. Written out here rather than taken from the search code, so that tests
   * comparing a faster path against it do not compare the code with itself.
   */
  public static Query rankingWithProximity(ArchiveQuery query) {
    return query.proximity() == null
        ? query.ranking()
        : new BooleanQuery.Builder()
            .add(query.ranking(), Occur.MUST)
            .add(query.proximity(), Occur.SHOULD)
            .build();
  }

  /** The questions (second column) of query sets such as {@code dev-queries.tsv}, in order. */
  public static List<String> questionsOf(Path... sets) throws IOException {
    List<String> questions = new ArrayList<>();
    for (Path set : sets) {
      Files.readAllLines(set).stream()
          .skip(1)
          .map(line -> line.split("\t")[1])
          .forEach(questions::add);
    }
    return questions;
  }

  public static synchronized IngestReport report() {
    index();
    return report;
  }

  /**
   * Makes a corpus under {@code work} of one note of this text (a new folder per text) and ingests
   * it into {@code location}: the archive the next generation serves is that note alone.
   */
  public static void ingestOneNote(Path work, String text, IndexLocation location)
      throws IOException {
    Path corpusDir = work.resolve("corpus-" + Math.abs(text.hashCode()));
    Snapshots snapshots = new Snapshots(corpusDir);
    Snapshots.Stored stored = snapshots.store(text.getBytes(StandardCharsets.UTF_8), "text/plain");
    Source source =
        Source.of("note", "https://example.org/note", SourceKind.COMMENTARY, "A note")
            .withSnapshot(
                stored.snapshot(),
                stored.sha256(),
                "text/plain",
                Instant.parse("2026-01-01T00:00:00Z"));
    SourceManifest.of(List.of(source)).save(corpusDir);
    new IngestPipeline(new ArchiveAnalyzers())
        .run(Corpus.open(corpusDir), location, IngestListener.SILENT);
  }
}
