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
  /**
   * How long one search of {@code search}, {@code bundle} or {@code eval} may run. The server's
   * bound ({@link LuceneArchiveSearcher#SEARCH_TIMEOUT_MILLIS}) keeps one odd query from holding a
   * thread others need; a command runs its searches in a JVM that has compiled nothing yet, often
   * on a busy machine, with nobody waiting behind it: cut at 2 s, a long question there found
   * nothing, and {@code eval} scored the machine's load instead of the ranking.
   */
  static final long COMMAND_TIMEOUT_MILLIS = 120_000;

  private Searchers() {}

  static LuceneArchiveSearcher open(Path index) throws IOException {
    return open(index, Ranking.DEFAULT);
  }

  static LuceneArchiveSearcher open(Path index, Ranking ranking) throws IOException {
    return open(index, ranking, COMMAND_TIMEOUT_MILLIS);
  }

  /** The index searched as the server searches it, bound and all: what {@code bench} measures. */
  static LuceneArchiveSearcher openAsServed(Path index) throws IOException {
    return open(index, Ranking.DEFAULT, LuceneArchiveSearcher.SEARCH_TIMEOUT_MILLIS);
  }

  private static LuceneArchiveSearcher open(Path index, Ranking ranking, long timeoutMillis)
      throws IOException {
    IndexLocation location = new IndexLocation(index);
    if (location.current().isEmpty()) {
      throw new IOException("no index in " + location.root() + "; run 'foiarchive ingest' first");
    }
    return new LuceneArchiveSearcher(
        location, new ArchiveAnalyzers(), new ReferenceRecognizer(), ranking, timeoutMillis);
  }
}
