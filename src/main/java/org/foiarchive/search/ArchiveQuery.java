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
 * @param flat the same ranking as one flat disjunction, which Lucene can prune (block-max scores skip
 *     passages that cannot reach the page) where the nested form makes it score every match; null when the
 *     nested form prunes as well. Its hits must also match {@link #finding}
 * @param finding what a hit of {@code flat} must match too (the words in the passage or its context, not
 *     only in the title or the neighbours); checked only for the hits that could rank; null with no flat form
 */
public record ArchiveQuery(Query ranking, Query highlight, List<String> notices, ParsedQuery parsed,
    boolean asksWhatWasSaid, List<Query> concepts, Query flat, Query mustMatch) {

  public ArchiveQuery {
    concepts = concepts == null ? List.of() : List.copyOf(concepts);
    if ((flat == null) != (mustMatch == null)) {
      throw new IllegalArgumentException("a flat ranking needs what its hits must match, and only it");
    }
  }

  public ArchiveQuery(Query ranking, Query highlight, List<String> notices, ParsedQuery parsed,
      boolean asksWhatWasSaid, List<Query> concepts) {
    this(ranking, highlight, notices, parsed, asksWhatWasSaid, concepts, null, null);
  }
}
