package org.foiarchive.search;

import java.util.List;
import org.foiarchive.index.IndexedDocument;

/**
 * A whole document as the document page shows it: its provenance and every passage in order, each
 * highlighted when the page was opened from a search.
 *
 * @param passages every passage; {@code highlight} is null where nothing matched
 * @param attachments documents whose manifest entry names this one as parent
 */
public record DocumentView(
    IndexedDocument document, List<SearchHit> passages, List<IndexedDocument> attachments) {}
