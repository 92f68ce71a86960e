package org.foiarchive.search;

import java.util.List;

/**
 * A search as a user asks it: the typed query plus filters chosen in the interface (which add to any
 * {@code topic:} or {@code kind:} written in the query).
 *
 * @param from inclusive start date (ISO 8601, any precision), or null
 * @param to inclusive end date, or null
 * @param offset how many hits to skip (paging)
 * @param limit how many hits to return
 */
public record SearchRequest(String query, List<String> topics, List<String> kinds, List<String> voices,
    List<String> publishers, String from, String to, int offset, int limit) {

  public static final int MAX_LIMIT = 100;
  /** Deep paging is bounded: beyond this many hits, refine the query. */
  public static final int MAX_WINDOW = 1000;

  public SearchRequest {
    query = query == null ? "" : query;
    topics = clean(topics);
    kinds = clean(kinds);
    voices = clean(voices);
    publishers = clean(publishers);
    offset = Math.max(0, Math.min(offset, MAX_WINDOW));
    limit = Math.max(1, Math.min(limit, MAX_LIMIT));
  }

  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, List.of(), List.of(), List.of(), List.of(), null, null, 0, limit);
  }

  /** The same search, another page of it. */
  public SearchRequest atOffset(int offset) {
    return new SearchRequest(query, topics, kinds, voices, publishers, from, to, offset, limit);
  }

  private static List<String> clean(List<String> values) {
    return values == null ? List.of()
        : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
  }
}
