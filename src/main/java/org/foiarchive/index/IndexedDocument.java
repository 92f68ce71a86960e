package org.foiarchive.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.foiarchive.corpus.Source;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the index keeps about a whole document: its manifest entry (provenance), the title and
 * content type extraction found, the request status, and totals over its passages.
 *
 * @param topics topics of any of its passages plus the manifest's own, for browsing by topic
 * @param references every reference found in its passages, for the document page
 */
public record IndexedDocument(
    Source source,
    String title,
    String contentType,
    String status,
    int passageCount,
    List<String> topics,
    List<String> references) {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  public IndexedDocument {
    // Every page, feed and citation links to the original through here: an address that is not
    // http(s) (javascript:, data:, file:) from a hand-edited manifest is kept in the corpus but
    // never becomes a link.
    if (source != null
        && source.provenance().url() != null
        && !Source.isWebUrl(source.provenance().url())) {
      source = source.withUrl(null);
    }
    topics = topics == null ? List.of() : List.copyOf(topics);
    references = references == null ? List.of() : List.copyOf(references);
  }

  public String docId() {
    return source.id();
  }

  public String toJson() {
    return JSON.writeValueAsString(this);
  }

  public static IndexedDocument fromJson(String json) {
    return JSON.readValue(json, IndexedDocument.class);
  }
}
