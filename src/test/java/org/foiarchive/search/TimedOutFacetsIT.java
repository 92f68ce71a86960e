package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.QueryTimeout;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;

/**
 * A search that runs out of time says so, at whichever step its time ran out: also in the facet
 * sample, its last pass over the matches, after the page's hits are made. Before, the notices were
 * settled before that pass, so facets cut short came back partial with no word about it.
 */
class TimedOutFacetsIT {
  /**
   * A required phrase: its matches are found without candidates, so the facets sample them in a
   * pass of their own (a question whose candidates are its matches takes the sample from them).
   */
  private static final SearchRequest REQUEST =
      SearchRequest.of("\"universal jobmatch\" consent", 10);

  /** A timeout that lets a search pass a given number of Lucene's checks, then stops it. */
  private static final class AfterChecks implements QueryTimeout {
    private final int allowed;
    private final AtomicInteger made;

    AfterChecks(int allowed, AtomicInteger made) {
      this.allowed = allowed;
      this.made = made;
    }

    @Override
    public boolean shouldExit() {
      return made.incrementAndGet() > allowed;
    }
  }

  private static SearchResults searchStoppedAfter(int allowed, AtomicInteger made)
      throws IOException {
    try (LuceneArchiveSearcher searcher =
        new LuceneArchiveSearcher(
            new IndexLocation(TestArchive.index()),
            new ArchiveAnalyzers(),
            new ReferenceRecognizer(),
            Ranking.DEFAULT,
            LuceneArchiveSearcher.SEARCH_TIMEOUT_MILLIS,
            () -> new AfterChecks(allowed, made))) {
      return searcher.search(REQUEST);
    }
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::passageId).toList();
  }

  @Test
  void facetsCutShortByTheClockComeWithTheNotice() throws IOException {
    AtomicInteger checksOfAWholeSearch = new AtomicInteger();
    SearchResults whole = searchStoppedAfter(Integer.MAX_VALUE, checksOfAWholeSearch);
    assertThat(whole.notices()).doesNotContain(LuceneArchiveSearcher.TIMED_OUT_NOTICE);
    assertThat(whole.facets().get("topic")).isNotEmpty();

    int cutInTheFacetsOnly = 0;
    for (int allowed = 0; allowed < checksOfAWholeSearch.get(); allowed++) {
      SearchResults cut = searchStoppedAfter(allowed, new AtomicInteger());
      if (ids(cut).equals(ids(whole)) && !cut.facets().equals(whole.facets())) {
        cutInTheFacetsOnly++;
      }
      if (!cut.facets().equals(whole.facets()) || !ids(cut).equals(ids(whole))) {
        assertThat(cut.notices())
            .as("stopped after %d of %d checks", allowed, checksOfAWholeSearch.get())
            .contains(LuceneArchiveSearcher.TIMED_OUT_NOTICE);
      }
    }
    // The sweep must have stopped some search in its facet pass alone, or it showed nothing.
    assertThat(cutInTheFacetsOnly).isPositive();
  }
}
