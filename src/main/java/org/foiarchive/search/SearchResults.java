package org.foiarchive.search;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of search results in the JSON API's shape (DESIGN.md), plus notices about how the query
 * was read and a spelling suggestion when nothing was found.
 *
 * @param total how many passages match, counted exactly up to 1,000 (beyond, at least 1,000, with a
 *     notice)
 * @param facets counts by dimension (topic, kind, publisher, voice, year) over the matching
 *     passages, or over the best 1,000 of them when more match
 * @param documents how many documents the matching passages are in, counted over the same matches
 *     as the facets (every match up to 1,000)
 * @param notes the notices as codes with their arguments, for the web to render in the reader's
 *     words; {@link #notices()} gives them in English, as the JSON API and the command line do
 * @param exact whether {@code total} and {@code documents} count every match; when not, they are
 *     lower bounds
 */
@JsonPropertyOrder({
  "query",
  "total",
  "tookMs",
  "hits",
  "facets",
  "notices",
  "suggestion",
  "offset",
  "limit",
  "documents",
  "exact"
})
public record SearchResults(
    String query,
    long total,
    long tookMs,
    List<SearchHit> hits,
    Map<String, Map<String, Long>> facets,
    @JsonIgnore List<Notice> notes,
    String suggestion,
    int offset,
    int limit,
    long documents,
    boolean exact) {

  /**
   * Read-only throughout: the results cache hands the same answer to every request that asks the
   * same, so no reader of one may change what the next is given.
   */
  public SearchResults {
    hits = List.copyOf(hits);
    notes = List.copyOf(notes);
    facets = readOnly(facets);
  }

  /** The same results with more notices after their own (the web's reading of its parameters). */
  public SearchResults withNotes(List<Notice> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Notice> all = new ArrayList<>(notes);
    all.addAll(more);
    return new SearchResults(
        query, total, tookMs, hits, facets, all, suggestion, offset, limit, documents, exact);
  }

  private static Map<String, Map<String, Long>> readOnly(Map<String, Map<String, Long>> facets) {
    Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
    facets.forEach(
        (dimension, counts) ->
            copy.put(dimension, Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
    return Collections.unmodifiableMap(copy);
  }

  /** The notices in English: the JSON API's {@code notices}. */
  @JsonProperty("notices")
  public List<String> notices() {
    return Notice.english(notes);
  }

  /**
   * Results whose documents are only those of the hits given: for answers that are complete in one
   * page.
   */
  public SearchResults(
      String query,
      long total,
      long tookMs,
      List<SearchHit> hits,
      Map<String, Map<String, Long>> facets,
      List<Notice> notes,
      String suggestion,
      int offset,
      int limit) {
    this(
        query,
        total,
        tookMs,
        hits,
        facets,
        notes,
        suggestion,
        offset,
        limit,
        hits.stream().map(SearchHit::docId).distinct().count(),
        true);
  }

  /**
   * The same answer, timed as this request: results kept from an earlier request say how long this
   * one took, not how long that one did.
   */
  public SearchResults answeredIn(long tookMs) {
    return new SearchResults(
        query, total, tookMs, hits, facets, notes, suggestion, offset, limit, documents, exact);
  }

  /** Hits of one document, in rank order, for pages that group results by document. */
  public record DocumentGroup(String docId, String title, List<SearchHit> hits) {}

  /** The hits grouped by document, documents in the order of their best passage. */
  public List<DocumentGroup> groups() {
    Map<String, List<SearchHit>> byDoc = new LinkedHashMap<>();
    for (SearchHit hit : hits) {
      byDoc.computeIfAbsent(hit.docId(), k -> new ArrayList<>()).add(hit);
    }
    List<DocumentGroup> groups = new ArrayList<>();
    byDoc.forEach((doc, list) -> groups.add(new DocumentGroup(doc, list.getFirst().title(), list)));
    return groups;
  }
}
