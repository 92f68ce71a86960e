package org.foiarchive.tag;

/**
 * A subject users browse by, defined as data in {@code corpus/topics.yml}.
 *
 * @param id short slug used in URLs and {@code topic:} filters
 * @param query a Lucene query over the passage text; a passage that matches it gets the topic
 */
public record Topic(String id, String label, String description, String query) {}
