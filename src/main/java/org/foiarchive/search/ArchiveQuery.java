package org.foiarchive.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * A user's query as Lucene runs it.
 *
 * @param ranking what finds and ranks passages (filters included)
 * @param highlight the same terms on the stored text field, for marking matches
 * @param notices what the front end could not read as written
 * @param asksWhatWasSaid the query asks what a public body said or decided, so official voices rank
 *     first
 * @param concepts one query per word that carries the subject (with its related forms): how many of
 *     them a passage covers tells an answer from a passage that repeats one word
 * @param candidates what finds the hits that {@code ranking} then scores, when it finds them
 *     faster: the finding words as one flat disjunction, which Lucene can prune (block-max scores
 *     skip passages that cannot reach the page) where the nested ranking makes it score every
 *     match, and phrases as their words without positions. Null when the ranking finds its own hits
 *     as fast
 * @param proximity query words close together, as written, weighted: added to the score of the top
 *     hits only, since a sloppy phrase checked on every candidate costs more than the rest of a
 *     search. Null for a query of fewer than two words
 * @param asksAQuestion the query is worded as a question ("do I have to...", "can they...?"), so
 *     passages that state a rule, a permission or a duty answer it best
 */
public record ArchiveQuery(
    Query ranking,
    Query highlight,
    List<Notice> notices,
    ParsedQuery parsed,
    boolean asksWhatWasSaid,
    List<Query> concepts,
    Query candidates,
    Query proximity,
    boolean asksAQuestion) {

  public ArchiveQuery {
    concepts = concepts == null ? List.of() : List.copyOf(concepts);
  }

  public ArchiveQuery(
      Query ranking,
      Query highlight,
      List<Notice> notices,
      ParsedQuery parsed,
      boolean asksWhatWasSaid,
      List<Query> concepts) {
    this(ranking, highlight, notices, parsed, asksWhatWasSaid, concepts, null, null, false);
  }
}
