package org.foiarchive.search;

import java.util.Map;

/**
 * A topic's page: its passages, the clearest examples first, with facets; and how many of its
 * passages each document holds, most first.
 *
 * @param passagesByDocument document id to the number of its passages with the topic (under the
 *     same filters)
 */
public record TopicResults(SearchResults results, Map<String, Long> passagesByDocument) {}
