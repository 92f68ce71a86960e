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
 */
public record ArchiveQuery(Query ranking, Query highlight, List<String> notices, ParsedQuery parsed,
    boolean asksWhatWasSaid) {
}
