package org.foiarchive.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TotalHits;
import org.foiarchive.index.ArchiveFacets;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.index.IndexLocation;

/**
 * What a generation holds, counted over every passage: documents, passages, kinds and topics.
 * Stateless.
 */
final class ArchiveStatistics {
  private ArchiveStatistics() {}

  /** The generation's statistics, counted on first need and kept for as long as it serves. */
  static ArchiveStats of(IndexGeneration g, int facetValues) throws IOException {
    ArchiveStats known = g.stats;
    if (known != null) {
      return known;
    }
    Query allPassages =
        new BooleanQuery.Builder()
            .add(new MatchAllDocsQuery(), Occur.SHOULD)
            .add(
                new TermQuery(new Term(ArchiveFields.RECORD, ArchiveFields.RECORD_PASSAGE)),
                Occur.FILTER)
            .build();
    FacetsCollectorManager.FacetsResult result =
        FacetsCollectorManager.search(g.searcher, allPassages, 1, new FacetsCollectorManager());
    Map<String, Map<String, Long>> facets = facets(g, result.facetsCollector(), facetValues);
    long passages = totalOf(result.facetsCollector(), result.topDocs().totalHits);
    g.stats =
        new ArchiveStats(
            g.records.count(),
            passages,
            g.commitData.get(IndexLocation.BUILT_AT),
            facets.get(ArchiveFields.KIND),
            facets.get(ArchiveFields.TOPIC));
    return g.stats;
  }

  private static long totalOf(FacetsCollector collector, TotalHits fallback) {
    long total = 0;
    for (FacetsCollector.MatchingDocs docs : collector.getMatchingDocs()) {
      total += docs.totalHits();
    }
    return collector.getMatchingDocs().isEmpty() ? fallback.value() : total;
  }

  private static Map<String, Map<String, Long>> facets(
      IndexGeneration g, FacetsCollector collector, int facetValues) throws IOException {
    Map<String, Map<String, Long>> all = new LinkedHashMap<>();
    ArchiveFacets.DIMENSIONS.forEach(d -> all.put(d, new LinkedHashMap<>()));
    if (g.facetState == null) {
      return all;
    }
    Facets counts = new SortedSetDocValuesFacetCounts(g.facetState, collector);
    for (String dim : ArchiveFacets.DIMENSIONS) {
      FacetResult result;
      try {
        result = counts.getTopChildren(facetValues, dim);
      } catch (IllegalArgumentException e) {
        result = null; // dimension not present in this index
      }
      if (result != null) {
        Map<String, Long> values = all.get(dim);
        for (LabelAndValue lv : result.labelValues) {
          values.put(lv.label, lv.value.longValue());
        }
      }
    }
    return all;
  }
}
