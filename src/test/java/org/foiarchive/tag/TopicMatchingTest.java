package org.foiarchive.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.passage.PassageSplitter;
import org.foiarchive.passage.Segment;
import org.junit.jupiter.api.Test;

/**
 * Topic tagging (matched directly against a passage's terms) gives exactly what running each
 * topic's Lucene query against the passage gives.
 */
class TopicMatchingTest {
  private static final ArchiveAnalyzers ANALYZERS = new ArchiveAnalyzers();
  private static final Topics TOPICS = Topics.load(Path.of("corpus", "topics.yml"));

  @Test
  void directMatchingAgreesWithLuceneOnEveryPassageOfTheCorpus() throws Exception {
    TopicTagger tagger = new TopicTagger(TOPICS, ANALYZERS.prose(), ANALYZERS.query());
    List<String> passages = corpusPassages();
    passages.addAll(
        List.of(
            "Access to your account is voluntary.",
            "Giving adviser access is not required",
            "Cookies and PECR",
            "the mandatory scheme",
            "Work search engines",
            "He mandated it",
            "corroborating evidence",
            "personal data was shared with third parties",
            "ticking a box",
            "Universal Jobmatch",
            ""));
    int tagged = 0;
    for (String text : passages) {
      List<String> expected = luceneTopics(text);
      assertThat(tagger.topicsOf(text)).as(text).isEqualTo(expected);
      tagged += expected.isEmpty() ? 0 : 1;
    }
    assertThat(tagged).as("passages with a topic").isGreaterThan(50);
  }

  @Test
  void prefixesAndPhrasesMatchAsTheTopicQueriesSay() {
    TopicTagger tagger = new TopicTagger(TOPICS, ANALYZERS.prose(), ANALYZERS.query());
    assertThat(tagger.topicsOf("Claimants were mandated to register")).contains("mandation");
    assertThat(tagger.topicsOf("The adviser may ask to give access to the account"))
        .contains("consent");
    assertThat(tagger.topicsOf("Access to the adviser was given")).doesNotContain("consent");
  }

  private static List<String> luceneTopics(String text) throws Exception {
    if (text.strip().matches("(?:https?://|www\\.)\\S+")) {
      return List.of(); // the tagger's own rule, before any query: a bare link discusses nothing
    }
    QueryParser parser = new QueryParser(TopicTagger.FIELD, ANALYZERS.query());
    parser.setDefaultOperator(QueryParser.Operator.OR);
    parser.setSplitOnWhitespace(false);
    MemoryIndex memory = new MemoryIndex();
    memory.addField(TopicTagger.FIELD, text, ANALYZERS.prose());
    List<String> matched = new ArrayList<>();
    for (Topic topic : TOPICS.all()) {
      Query query = parser.parse(topic.query());
      if (memory.search(query) > 0.0f) {
        matched.add(topic.id());
      }
    }
    return matched;
  }

  private static List<String> corpusPassages() throws Exception {
    List<String> passages = new ArrayList<>();
    PassageSplitter splitter = new PassageSplitter();
    try (Stream<Path> files = Files.list(Path.of("corpus", "snapshots"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        for (Segment segment : splitter.split(Files.readString(file))) {
          passages.add(segment.text());
        }
      }
    }
    return passages;
  }
}
