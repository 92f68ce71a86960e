package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.index.LuceneArchiveWriter;
import org.foiarchive.passage.Voice;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.WrittenDocuments;
import org.foiarchive.testing.WrittenDocuments.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a question's grammar asks for, on a small index written for the purpose, each beside the
 * same index searched with that mechanism switched off: a passage that states the figure a "how
 * many" question asks for ranks above one that only names the subject, and a question asked after a
 * clause ("DWP's own words - is it compulsory...") is answered by the rule, as it is when asked
 * alone. The passages are ours.
 */
class QuestionFormsIT {
  @TempDir static Path dir;
  private static LuceneArchiveSearcher searcher;
  private static LuceneArchiveSearcher withoutAnswerType;
  private static LuceneArchiveSearcher withoutClauseQuestions;

  private static void add(LuceneArchiveWriter writer, String docId, String... texts)
      throws Exception {
    WrittenDocuments.add(
        writer,
        docId,
        "commentary",
        "Page " + docId,
        "2019-01-01",
        Arrays.stream(texts).map(text -> new Text(text, Voice.COMMENTARY)).toList());
  }

  @BeforeAll
  static void build() throws Exception {
    IndexLocation location = new IndexLocation(dir);
    ArchiveAnalyzers analyzers = new ArchiveAnalyzers();
    try (LuceneArchiveWriter writer = new LuceneArchiveWriter(location, analyzers)) {
      add(
          writer,
          "subject",
          "Your commitment sets out the hours you spend looking for work each week, and the hours"
              + " you work.");
      add(
          writer,
          "figure",
          "Most people are expected to spend 35 hours a week looking for work, carers fewer.");
      add(
          writer,
          "request",
          "Please confirm whether the DWP makes signing a claimant commitment compulsory for"
              + " Universal Credit.");
      add(
          writer,
          "rule",
          "Signing a claimant commitment is compulsory for Universal Credit: a claimant must"
              + " accept one as a condition of entitlement.");
      writer.commit(Map.of());
    }
    searcher = new LuceneArchiveSearcher(location, analyzers, new ReferenceRecognizer());
    withoutAnswerType =
        SearcherWithout.mechanism(RankingMechanism.ANSWER_TYPE, location, analyzers);
    withoutClauseQuestions =
        SearcherWithout.mechanism(RankingMechanism.CLAUSE_QUESTIONS, location, analyzers);
  }

  @AfterAll
  static void close() {
    for (LuceneArchiveSearcher s : List.of(searcher, withoutAnswerType, withoutClauseQuestions)) {
      s.close();
    }
  }

  private static List<String> ids(LuceneArchiveSearcher s, String query) {
    return s.search(SearchRequest.of(query, 10)).hits().stream().map(SearchHit::docId).toList();
  }

  @Test
  void aHowManyQuestionIsAnsweredByThePassageThatGivesTheFigure() {
    String question = "how many hours a week do i spend looking for work";
    assertThat(ids(withoutAnswerType, question))
        .as("on words alone the passage naming the subject wins")
        .startsWith("subject", "figure");
    assertThat(ids(searcher, question)).startsWith("figure", "subject");
  }

  @Test
  void theSameWordsNotAskingForAFigureKeepTheirOrder() {
    String words = "hours a week spend looking for work";
    assertThat(ids(searcher, words)).isEqualTo(ids(withoutAnswerType, words));
  }

  @Test
  void aQuestionAskedAfterAClauseIsAnsweredByTheRule() {
    String question = "the DWP's own words - is signing a claimant commitment compulsory for UC";
    assertThat(ids(withoutClauseQuestions, question))
        .as("not read as a question, the request that repeats it wins")
        .startsWith("request", "rule");
    assertThat(ids(searcher, question)).startsWith("rule", "request");
    assertThat(ids(searcher, "is signing a claimant commitment compulsory for UC"))
        .as("the same question asked alone")
        .startsWith("rule", "request");
  }
}
