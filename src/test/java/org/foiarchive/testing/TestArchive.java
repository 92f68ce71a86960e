package org.foiarchive.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.ingest.IngestListener;
import org.foiarchive.ingest.IngestPipeline;
import org.foiarchive.ingest.IngestReport;
import org.foiarchive.search.LuceneArchiveSearcher;
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

  public static synchronized IngestReport report() {
    index();
    return report;
  }
}
