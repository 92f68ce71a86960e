package org.foiarchive.tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.foiarchive.corpus.CorpusException;

/**
 * Gives passages their topics by running each topic's query against the passage alone, in a
 * {@link MemoryIndex}, with the same analysis the archive's index uses (so a topic query for "cookie"
 * also matches "cookies"). Not thread-safe: use one per ingest thread.
 */
public final class TopicTagger {
  /** The one field of the in-memory index; topic queries are written against it. */
  public static final String FIELD = "text";

  private static final Pattern WEB_ADDRESS = Pattern.compile("(?:https?://|www\\.)\\S+");

  private final Analyzer textAnalyzer;
  private final Map<String, Query> queries = new LinkedHashMap<>();
  private final MemoryIndex memory = new MemoryIndex();

  /**
   * @param textAnalyzer how the index analyses passage text
   * @param queryAnalyzer how the index analyses queries (with synonyms), for the topic queries
   */
  public TopicTagger(Topics topics, Analyzer textAnalyzer, Analyzer queryAnalyzer) {
    this.textAnalyzer = textAnalyzer;
    QueryParser parser = new QueryParser(FIELD, queryAnalyzer);
    parser.setDefaultOperator(QueryParser.Operator.OR);
    parser.setSplitOnWhitespace(false);
    for (Topic topic : topics.all()) {
      try {
        queries.put(topic.id(), parser.parse(topic.query()));
      } catch (ParseException e) {
        throw new CorpusException("topic '" + topic.id() + "': its query does not parse: " + e.getMessage(), e);
      }
    }
  }

  /** The ids of the topics whose queries match the text, in the order of the topics file. */
  public List<String> topicsOf(String text) {
    if (text == null || WEB_ADDRESS.matcher(text.strip()).matches()) {
      return List.of(); // a bare link names its page, it does not discuss anything
    }
    memory.reset();
    memory.addField(FIELD, text, textAnalyzer);
    List<String> matched = new ArrayList<>();
    queries.forEach((id, query) -> {
      if (memory.search(query) > 0.0f) {
        matched.add(id);
      }
    });
    return matched;
  }
}
