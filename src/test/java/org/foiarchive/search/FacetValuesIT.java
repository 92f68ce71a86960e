package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.store.FSDirectory;
import org.foiarchive.index.ArchiveFacets;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Facet counts come from doc values alone, and each value a results page offers is filtered by its
 * own keyword field: the count beside a value is the number of results its filter gives, with no
 * drill-down terms written to the index for it.
 */
class FacetValuesIT {
  private static LuceneArchiveSearcher searcher;

  @BeforeAll
  static void open() {
    searcher = TestArchive.searcher();
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  @Test
  void theIndexHoldsNoDrillDownTerms() throws Exception {
    Path generation = new IndexLocation(TestArchive.index()).current().orElseThrow();
    try (FSDirectory directory = FSDirectory.open(generation);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(MultiTerms.getTerms(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME)).isNull();
      // The counts' doc values are there.
      assertThat(
              reader.leaves().stream()
                  .map(
                      leaf ->
                          leaf.reader()
                              .getFieldInfos()
                              .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME))
                  .allMatch(
                      info -> info != null && info.getDocValuesType().name().equals("SORTED_SET")))
          .isTrue();
    }
  }

  @Test
  void eachFacetValueCountsTheResultsItsFilterGives() {
    Map<String, BiFunction<SearchRequest.Builder, String, SearchRequest.Builder>> filters =
        Map.of(
            ArchiveFields.KIND, (b, v) -> b.kinds(List.of(v)),
            ArchiveFields.TOPIC, (b, v) -> b.topics(List.of(v)),
            ArchiveFields.VOICE, (b, v) -> b.voices(List.of(v)),
            ArchiveFields.PUBLISHER, (b, v) -> b.publishers(List.of(v)));
    int checked = 0;
    for (String query : List.of("universal jobmatch", "consent", "sanction")) {
      SearchResults all = searcher.search(SearchRequest.builder(query).facets(true).build());
      assertThat(all.total()).as(query).isPositive().isLessThan(SearchRequest.MAX_WINDOW);
      for (var filter : filters.entrySet()) {
        Map<String, Long> counts = all.facets().get(filter.getKey());
        assertThat(counts).as(query + " " + filter.getKey()).isNotEmpty();
        for (var value : counts.entrySet()) {
          SearchResults filtered =
              searcher.search(
                  filter.getValue().apply(SearchRequest.builder(query), value.getKey()).build());
          assertThat(filtered.total())
              .as(query + " " + filter.getKey() + ":" + value.getKey())
              .isEqualTo(value.getValue());
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
    assertThat(ArchiveFacets.DIMENSIONS).containsAll(filters.keySet());
  }
}
