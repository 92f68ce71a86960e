package org.foiarchive.search;

import java.io.IOException;
import java.util.Set;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.tag.ReferenceRecognizer;

/**
 * A searcher over a test's index that ranks with one mechanism switched off, so that a test can
 * show the order the mechanism changes.
 */
final class SearcherWithout {
  private SearcherWithout() {}

  static LuceneArchiveSearcher mechanism(
      RankingMechanism mechanism, IndexLocation location, ArchiveAnalyzers analyzers)
      throws IOException {
    return new LuceneArchiveSearcher(
        location,
        analyzers,
        new ReferenceRecognizer(),
        Ranking.DEFAULT.without(Set.of(mechanism)),
        LuceneArchiveSearcher.SEARCH_TIMEOUT_MILLIS);
  }
}
