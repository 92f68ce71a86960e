package org.foiarchive.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * A user's query as Lucene runs it.
 *
 * @param ranking what finds and ranks passages (filters included)
 * @param highlight the same terms on the stored text field, for marking matches
 * @param notices what the front end could not read as written
 * @param asksWhatWasSaid the query asks what a public body said or decided, so official voices rank first
 * @param concepts one query per word that carries the subject (with its related forms): how many of them a
 *     passage covers tells an answer from a passage that repeats one word
 */
public record ArchiveQuery(Query ranking, Query highlight, List<String> notices, ParsedQuery parsed,
    boolean asksWhatWasSaid, List<Query> concepts) {

  public ArchiveQuery {
    concepts = concepts == null ? List.of() : List.copyOf(concepts);
  }
}
