package org.foiarchive.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.foiarchive.corpus.Source;

/**
 * What a document says about itself (its publisher, author, date, references): used where the
 * manifest is silent, never over what the manifest says, so an entry a person corrected stays
 * corrected. Dates are ISO 8601 as the document's reader found them.
 */
record SourceFacts(String publisher, String author, String date, List<String> references) {
  static final SourceFacts NONE = new SourceFacts(null, null, null, List.of());

  SourceFacts {
    references = references == null ? List.of() : List.copyOf(references);
  }

  Source applyTo(Source source) {
    Set<String> refs = new LinkedHashSet<>(source.provenance().references());
    refs.addAll(references);
    return source.withMetadata(
        source.provenance().publisher() != null ? source.provenance().publisher() : publisher,
        source.provenance().author() != null ? source.provenance().author() : author,
        source.provenance().date() != null ? source.provenance().date() : Dates.partial(date),
        List.copyOf(refs),
        source.provenance().topics(),
        source.parent(),
        source.note());
  }
}
