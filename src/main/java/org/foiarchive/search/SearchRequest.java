package org.foiarchive.search;

import java.util.List;

/**
 * A search as a user asks it: the typed query plus filters chosen in the interface (which add to
 * any {@code topic:} or {@code kind:} written in the query).
 *
 * @param from inclusive start date (ISO 8601, any precision), or null
 * @param to inclusive end date, or null
 * @param offset how many hits to skip (paging)
 * @param limit how many hits to return
 * @param facets whether to count the facets (and the documents) beside the hits: a caller that
 *     shows none saves their cost
 */
public record SearchRequest(
    String query,
    List<String> topics,
    List<String> kinds,
    List<String> voices,
    List<String> publishers,
    String from,
    String to,
    int offset,
    int limit,
    boolean facets) {

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
    return builder(query).limit(limit).build();
  }

  /**
   * A request for this query, with no filters, the first page, of {@link Builder#DEFAULT_LIMIT}
   * hits.
   */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** This request with some of its parts changed. */
  public Builder toBuilder() {
    return builder(query)
        .topics(topics)
        .kinds(kinds)
        .voices(voices)
        .publishers(publishers)
        .from(from)
        .to(to)
        .offset(offset)
        .limit(limit)
        .facets(facets);
  }

  /** Builds a {@link SearchRequest} part by part, each named; what is not given is not filtered. */
  public static final class Builder {
    public static final int DEFAULT_LIMIT = 10;
    private String query;
    private List<String> topics = List.of();
    private List<String> kinds = List.of();
    private List<String> voices = List.of();
    private List<String> publishers = List.of();
    private String from;
    private String to;
    private int offset;
    private int limit = DEFAULT_LIMIT;
    private boolean facets = true;

    private Builder(String query) {
      this.query = query;
    }

    public Builder query(String query) {
      this.query = query;
      return this;
    }

    public Builder topics(List<String> topics) {
      this.topics = topics;
      return this;
    }

    public Builder kinds(List<String> kinds) {
      this.kinds = kinds;
      return this;
    }

    public Builder voices(List<String> voices) {
      this.voices = voices;
      return this;
    }

    public Builder publishers(List<String> publishers) {
      this.publishers = publishers;
      return this;
    }

    /** Inclusive start date (ISO 8601, any precision), or null. */
    public Builder from(String from) {
      this.from = from;
      return this;
    }

    /** Inclusive end date, or null. */
    public Builder to(String to) {
      this.to = to;
      return this;
    }

    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /** Whether to count the facets beside the hits (yes unless told otherwise). */
    public Builder facets(boolean facets) {
      this.facets = facets;
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(
          query, topics, kinds, voices, publishers, from, to, offset, limit, facets);
    }
  }

  /** The same search, another page of it. */
  public SearchRequest atOffset(int offset) {
    return toBuilder().offset(offset).build();
  }

  private static List<String> clean(List<String> values) {
    return values == null
        ? List.of()
        : values.stream()
            .filter(v -> v != null && !v.isBlank())
            .map(String::strip)
            .distinct()
            .toList();
  }
}
