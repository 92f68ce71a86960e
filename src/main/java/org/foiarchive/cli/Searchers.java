package org.foiarchive.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.Ranking;
import org.foiarchive.tag.ReferenceRecognizer;

/** Opens the index for commands that search it, with a clear message when there is none yet. */
final class Searchers {
  private Searchers() {}

  static LuceneArchiveSearcher open(Path index) throws IOException {
    return open(index, Ranking.DEFAULT);
  }

  static LuceneArchiveSearcher open(Path index, Ranking ranking) throws IOException {
    IndexLocation location = new IndexLocation(index);
    if (location.current().isEmpty()) {
      throw new IOException("no index in " + location.root() + "; run 'foiarchive ingest' first");
    }
    return new LuceneArchiveSearcher(
        location,
        new ArchiveAnalyzers(),
        new ReferenceRecognizer(),
        ranking,
        LuceneArchiveSearcher.SEARCH_TIMEOUT_MILLIS);
  }
}
