package org.foiarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;

/**
 * A command's searches are not cut at the server's bound: on a cold JVM and a busy machine a long
 * question took longer than 2 s, and {@code search} printed nothing while {@code eval} scored a
 * miss.
 */
class SearchersIT {
  private final Path index = TestArchive.index();

  @Test
  void commandsSearchWithoutTheServersShortBound() throws Exception {
    try (LuceneArchiveSearcher searcher = Searchers.open(index)) {
      assertThat(searcher.timeoutMillis())
          .isEqualTo(Searchers.COMMAND_TIMEOUT_MILLIS)
          .isGreaterThanOrEqualTo(60 * LuceneArchiveSearcher.SEARCH_TIMEOUT_MILLIS / 2);
    }
  }

  @Test
  void benchMeasuresTheSearchAsTheServerRunsIt() throws Exception {
    try (LuceneArchiveSearcher searcher = Searchers.openAsServed(index)) {
      assertThat(searcher.timeoutMillis()).isEqualTo(LuceneArchiveSearcher.SEARCH_TIMEOUT_MILLIS);
    }
  }
}
