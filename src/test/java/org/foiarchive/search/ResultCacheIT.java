package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each index generation keeps its answers by the request that asked for them: the same request
 * asked again is not searched again, any request that differs in what changes its answer is
 * searched for itself, an answer cut short is not kept, and a new ingest's generation never serves
 * an older one's answers. Whether a search ran is counted where it starts Lucene's work (each
 * search takes one timeout for its Lucene calls), not timed.
 */
class ResultCacheIT {
  private static final long CACHE_BYTES = 8 << 20;
  private static final SearchRequest ASKED = SearchRequest.of("universal jobmatch cookies", 10);

  @TempDir Path dir;

  /** Counts the searches that reach Lucene. */
  private final AtomicInteger searched = new AtomicInteger();

  @Test
  void aRequestAskedAgainIsAnsweredWithoutSearchingAgain() throws IOException {
    try (LuceneArchiveSearcher searcher = counting(TestArchive.index(), CACHE_BYTES)) {
      SearchResults first = searcher.search(ASKED);
      SearchResults again = searcher.search(ASKED);
      SearchResults built = searcher.search(SearchRequest.builder(ASKED.query()).build());

      assertThat(searched).hasValue(1);
      for (SearchResults kept : List.of(again, built)) {
        assertThat(kept.hits()).isEqualTo(first.hits());
        assertThat(kept.total()).isEqualTo(first.total());
        assertThat(kept.facets()).isEqualTo(first.facets());
        assertThat(kept.notices()).isEqualTo(first.notices());
        assertThat(kept.documents()).isEqualTo(first.documents());
      }
      assertThat(first.hits()).isNotEmpty();
    }
  }

  @Test
  void aKeptAnswerCannotBeChangedByTheRequestItWasGivenTo() throws IOException {
    try (LuceneArchiveSearcher searcher = counting(TestArchive.index(), CACHE_BYTES)) {
      SearchResults first = searcher.search(ASKED);
      String dimension = first.facets().keySet().iterator().next();

      assertThatThrownBy(() -> first.facets().get(dimension).put("changed", 1L))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> first.facets().remove(dimension))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> first.hits().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      SearchResults again = searcher.search(ASKED);
      assertThat(searched).hasValue(1);
      assertThat(again.facets()).isEqualTo(first.facets()).doesNotContainKey("changed");
      assertThat(again.hits()).isEqualTo(first.hits()).isNotEmpty();
    }
  }

  @Test
  void withTheCacheOffEveryRequestIsSearched() throws IOException {
    try (LuceneArchiveSearcher searcher = counting(TestArchive.index(), 0)) {
      searcher.search(ASKED);
      searcher.search(ASKED);

      assertThat(searched).hasValue(2);
    }
  }

  @Test
  void aRequestThatDiffersInAnythingThatChangesItsAnswerIsSearchedForItself() throws IOException {
    List<SearchRequest> variants =
        List.of(
            ASKED.toBuilder().query("universal jobmatch consent").build(),
            ASKED.toBuilder().topics(List.of("cookies")).build(),
            ASKED.toBuilder().kinds(List.of("foi-response")).build(),
            ASKED.toBuilder().voices(List.of("official")).build(),
            ASKED.toBuilder().publishers(List.of("Information Commissioner's Office")).build(),
            ASKED.toBuilder().from("2014").build(),
            ASKED.toBuilder().to("2013").build(),
            ASKED.atOffset(10),
            ASKED.toBuilder().limit(3).build(),
            ASKED.toBuilder().facets(false).build());
    try (LuceneArchiveSearcher cached = counting(TestArchive.index(), CACHE_BYTES);
        LuceneArchiveSearcher fresh = TestArchive.searcher()) {
      SearchResults asked = cached.search(ASKED);
      for (SearchRequest variant : variants) {
        SearchResults answer = cached.search(variant);
        SearchResults expected = fresh.search(variant);

        assertThat(answer.hits()).as(variant.toString()).isEqualTo(expected.hits());
        assertThat(answer.total()).as(variant.toString()).isEqualTo(expected.total());
        assertThat(answer.facets()).as(variant.toString()).isEqualTo(expected.facets());
      }
      SearchResults newestFirst = cached.latest(ASKED);

      assertThat(searched).hasValue(1 + variants.size() + 1);
      assertThat(newestFirst.hits()).isEqualTo(fresh.latest(ASKED).hits());
      // The variants are answers of their own, not the first request's.
      assertThat(cached.search(ASKED.atOffset(10)).hits())
          .isNotEmpty()
          .doesNotContainAnyElementsOf(asked.hits());
      assertThat(cached.search(ASKED.toBuilder().facets(false).build()).facets().get("topic"))
          .isEmpty();
      assertThat(asked.facets().get("topic")).isNotEmpty();
    }
  }

  @Test
  void theWarmUpsQuestionsAreNotKept() throws IOException {
    try (LuceneArchiveSearcher searcher = counting(TestArchive.index(), CACHE_BYTES)) {
      int questions = 12;
      WarmUp.run(searcher, questions, Duration.ofMinutes(10));
      int warmUpSearches = searched.get();
      for (WarmUp.Question question : searcher.warmUpQuestions(questions)) {
        if (question.newestFirst()) {
          searcher.latest(question.request());
        } else {
          searcher.search(question.request());
        }
      }

      assertThat(warmUpSearches).isEqualTo(questions);
      assertThat(searched).hasValue(2 * questions);
    }
  }

  @Test
  void anAnswerCutShortByTheClockIsNotKept() throws IOException {
    IndexLocation location = new IndexLocation(TestArchive.index());
    Supplier<QueryTimeout> alreadyOut =
        () -> {
          searched.incrementAndGet();
          return () -> true;
        };
    try (LuceneArchiveSearcher searcher =
        new LuceneArchiveSearcher(
            location,
            new ArchiveAnalyzers(),
            new ReferenceRecognizer(),
            Ranking.DEFAULT,
            LuceneArchiveSearcher.SEARCH_TIMEOUT_MILLIS,
            alreadyOut,
            CACHE_BYTES)) {
      SearchResults cut = searcher.search(ASKED);
      searcher.search(ASKED);

      assertThat(cut.notices()).contains(LuceneArchiveSearcher.TIMED_OUT_NOTICE);
      assertThat(searched).hasValue(2);
    }
  }

  @Test
  void aKeptAnswerSaysHowLongThisRequestTookNotTheSearch() throws IOException {
    // The search is held up (the time its timeout is made), so the answer it keeps took seconds;
    // answering it again from memory takes no search.
    long slowSearchMillis = 3_000;
    Supplier<QueryTimeout> slow =
        () -> {
          searched.incrementAndGet();
          try {
            Thread.sleep(slowSearchMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return () -> false;
        };
    try (LuceneArchiveSearcher searcher =
        new LuceneArchiveSearcher(
            new IndexLocation(TestArchive.index()),
            new ArchiveAnalyzers(),
            new ReferenceRecognizer(),
            Ranking.DEFAULT,
            Duration.ofMinutes(10).toMillis(),
            slow,
            CACHE_BYTES)) {
      SearchResults searchedOnce = searcher.search(ASKED);
      SearchResults kept = searcher.search(ASKED);

      assertThat(searched).hasValue(1);
      assertThat(searchedOnce.tookMs()).isGreaterThanOrEqualTo(slowSearchMillis);
      assertThat(kept.tookMs()).isLessThan(searchedOnce.tookMs());
    }
  }

  @Test
  void aNewGenerationIsNeverServedTheOldOnesAnswers() throws Exception {
    IndexLocation location = new IndexLocation(dir.resolve("index"));
    TestArchive.ingestOneNote(dir, "The zebra crossing by the jobcentre is closed.", location);
    SearchRequest zebra = SearchRequest.of("zebra", 10);
    try (LuceneArchiveSearcher searcher = counting(dir.resolve("index"), CACHE_BYTES)) {
      assertThat(searcher.search(zebra).hits())
          .singleElement()
          .satisfies(hit -> assertThat(hit.text()).contains("is closed"));
      searcher.search(zebra);
      assertThat(searched).hasValue(1);

      TestArchive.ingestOneNote(dir, "The zebra crossing by the jobcentre has reopened.", location);

      await()
          .atMost(Duration.ofMinutes(1))
          .pollInterval(Duration.ofMillis(200))
          .untilAsserted(
              () ->
                  assertThat(searcher.search(zebra).hits())
                      .singleElement()
                      .satisfies(hit -> assertThat(hit.text()).contains("has reopened")));
      int searchesToTheNewAnswer = searched.get();
      searcher.search(zebra);
      assertThat(searched).hasValue(searchesToTheNewAnswer);
    }
  }

  /** A searcher whose searches are counted as they reach Lucene. */
  private LuceneArchiveSearcher counting(Path index, long cacheBytes) throws IOException {
    return new LuceneArchiveSearcher(
        new IndexLocation(index),
        new ArchiveAnalyzers(),
        new ReferenceRecognizer(),
        Ranking.DEFAULT,
        LuceneArchiveSearcher.SEARCH_TIMEOUT_MILLIS,
        () -> {
          searched.incrementAndGet();
          return new QueryTimeoutImpl(LuceneArchiveSearcher.SEARCH_TIMEOUT_MILLIS);
        },
        cacheBytes);
  }
}
