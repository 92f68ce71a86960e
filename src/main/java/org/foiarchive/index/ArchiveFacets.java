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
    return config;
  }
}
