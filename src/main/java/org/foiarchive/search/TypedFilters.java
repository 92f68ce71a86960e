package org.foiarchive.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.passage.Voice;

/**
 * The filters typed in a query, each read into its type once by the front end, so the query builder
 * applies them without reading text again.
 *
 * @param topics topic ids ({@code topic:cookies}), as typed
 * @param kinds the source kinds named ({@code kind:guidance})
 * @param voices the voices named ({@code voice:official})
 * @param publishers who published the words ({@code publisher:ico}), as typed: matched as words
 * @param references references ({@code ref:"FOI 2437"}), as typed: the builder knows their
 *     canonical form
 * @param after the first day included ({@code after:2013} is from 2013-01-01); empty when not typed
 *     or not understood
 * @param before the first day excluded ({@code before:2015} is up to 2014-12-31); empty when not
 *     typed or not understood
 */
public record TypedFilters(
    List<String> topics,
    Choices<SourceKind> kinds,
    Choices<Voice> voices,
    List<String> publishers,
    List<String> references,
    Optional<LocalDate> after,
    Optional<LocalDate> before) {

  public TypedFilters {
    topics = List.copyOf(topics);
    publishers = List.copyOf(publishers);
    references = List.copyOf(references);
  }
}
