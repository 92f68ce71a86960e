package org.foiarchive.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;

/**
 * One index generation's answers, by the request that asked for them (as Solr's queryResultCache
 * and Elasticsearch's request cache keep theirs): a page of results depends only on the request and
 * the index, so the same request asked again on the same generation is answered from memory. It is
 * bounded by an estimate of the answers' size in bytes, and dropped with its generation, so a new
 * ingest's index is never served an older one's answers. Thread-safe.
 */
final class ResultCache {
  /** Bytes a page of results holds besides its hits' text: facets, notices, the record itself. */
  static final int RESULTS_OVERHEAD_BYTES = 4_096;

  /** Bytes a hit holds besides its text and highlight: ids, title, URLs, lists, the record. */
  static final int HIT_OVERHEAD_BYTES = 1_024;

  private static final ResultCache OFF = new ResultCache(null);

  /** Null when off: no answer is kept. */
  private final Cache<Asked, SearchResults> answers;

  private ResultCache(Cache<Asked, SearchResults> answers) {
    this.answers = answers;
  }

  /** A cache of at most about {@code maxBytes} of answers; 0 keeps none. */
  static ResultCache ofBytes(long maxBytes) {
    if (maxBytes <= 0) {
      return OFF;
    }
    return new ResultCache(
        Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher((Asked asked, SearchResults results) -> weight(results))
            .build());
  }

  /**
   * What was asked: the request (its query text, every filter, the page, the limit, whether facets
   * are counted) and the order of the answer. Nothing else changes an answer on one generation.
   */
  record Asked(SearchRequest request, boolean newestFirst) {}

  /** The answer kept for this question, or null. */
  SearchResults get(Asked asked) {
    return answers == null ? null : answers.getIfPresent(asked);
  }

  void put(Asked asked, SearchResults results) {
    if (answers != null) {
      answers.put(asked, results);
    }
  }

  /**
   * About how many bytes a page of results holds on the heap: its text twice over (a character may
   * take two bytes), plus fixed costs per hit and per page.
   */
  static int weight(SearchResults results) {
    long bytes = RESULTS_OVERHEAD_BYTES + 2L * length(results.suggestion());
    for (SearchHit hit : results.hits()) {
      bytes +=
          HIT_OVERHEAD_BYTES
              + 2L * (length(hit.text()) + length(hit.highlight()) + length(hit.title()));
    }
    bytes += 64L * valueCount(results.facets());
    return (int) Math.min(Integer.MAX_VALUE, bytes);
  }

  private static int valueCount(Map<String, Map<String, Long>> facets) {
    return facets.values().stream().mapToInt(Map::size).sum();
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }

  /** Whether these results may be kept: only when nothing was cut short by time or failure. */
  static boolean complete(SearchResults results) {
    List<Notice> notes = results.notes();
    return notes.stream()
        .noneMatch(n -> n.code() == Notice.Code.TIMED_OUT || n.code() == Notice.Code.NOT_RUN);
  }
}
