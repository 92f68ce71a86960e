package org.foiarchive.index;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/** The facet dimensions counted on every search, and how they are stored. */
public final class ArchiveFacets {
  public static final List<String> DIMENSIONS =
      List.of(
          ArchiveFields.TOPIC,
          ArchiveFields.KIND,
          ArchiveFields.PUBLISHER,
          ArchiveFields.VOICE,
          ArchiveFields.YEAR);

  private ArchiveFacets() {}

  public static FacetsConfig config() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(ArchiveFields.TOPIC, true);
    for (String dimension : DIMENSIONS) {
      // Counted from doc values only: a facet value is filtered by its own keyword field (kind:,
      // topic:), never by Lucene's drill-down, so the drill-down terms FacetsConfig would index
      // beside the doc values (two a value, five values a passage) are not written at all.
      config.setDrillDownTermsIndexing(dimension, FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }
}
