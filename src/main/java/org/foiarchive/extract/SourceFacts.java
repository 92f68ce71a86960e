package org.foiarchive.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.foiarchive.corpus.Provenance;
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
    Provenance filled = applyTo(source.provenance());
    return source.withMetadata(
        filled.publisher(),
        filled.author(),
        filled.date(),
        filled.references(),
        filled.topics(),
        source.parent(),
        source.note());
  }

  /** What {@code given} says, with these facts where it says nothing; references are added. */
  Provenance applyTo(Provenance given) {
    Set<String> refs = new LinkedHashSet<>(given.references());
    refs.addAll(references);
    return given.withFacts(
        given.publisher() != null ? given.publisher() : publisher,
        given.author() != null ? given.author() : author,
        given.date() != null ? given.date() : Dates.partial(date),
        List.copyOf(refs),
        given.topics());
  }
}
