package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.foiarchive.index.LuceneArchiveWriter;
import org.foiarchive.passage.Voice;
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
  private static SmallArchive archive;

  private static void add(LuceneArchiveWriter writer, String docId, String... texts)
      throws IOException {
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
    archive =
        SmallArchive.write(
            dir,
            writer -> {
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
            });
  }

  @AfterAll
  static void close() {
    archive.close();
  }

  private static List<String> ids(LuceneArchiveSearcher s, String query) {
    return s.search(SearchRequest.of(query, 10)).hits().stream().map(SearchHit::docId).toList();
  }

  @Test
  void aHowManyQuestionIsAnsweredByThePassageThatGivesTheFigure() {
    String question = "how many hours a week do i spend looking for work";
    assertThat(ids(archive.without(RankingMechanism.ANSWER_TYPE), question))
        .as("on words alone the passage naming the subject wins")
        .startsWith("subject", "figure");
    assertThat(ids(archive.searcher(), question)).startsWith("figure", "subject");
  }

  @Test
  void theSameWordsNotAskingForAFigureKeepTheirOrder() {
    String words = "hours a week spend looking for work";
    assertThat(ids(archive.searcher(), words))
        .isEqualTo(ids(archive.without(RankingMechanism.ANSWER_TYPE), words));
  }

  @Test
  void aQuestionAskedAfterAClauseIsAnsweredByTheRule() {
    String question = "the DWP's own words - is signing a claimant commitment compulsory for UC";
    assertThat(ids(archive.without(RankingMechanism.CLAUSE_QUESTIONS), question))
        .as("not read as a question, the request that repeats it wins")
        .startsWith("request", "rule");
    assertThat(ids(archive.searcher(), question)).startsWith("rule", "request");
    assertThat(ids(archive.searcher(), "is signing a claimant commitment compulsory for UC"))
        .as("the same question asked alone")
        .startsWith("rule", "request");
  }
}
