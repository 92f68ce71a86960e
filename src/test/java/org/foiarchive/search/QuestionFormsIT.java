package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiarchive.search.SmallArchive.docIds;
import static org.foiarchive.testing.WrittenDocuments.addCommentaryPage;

import java.io.IOException;
import java.nio.file.Path;
import org.foiarchive.index.LuceneArchiveWriter;
import org.junit.jupiter.api.AutoClose;
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
  @AutoClose private static SmallArchive archive;

  @BeforeAll
  static void build(@TempDir Path dir) throws Exception {
    archive = SmallArchive.write(dir, QuestionFormsIT::passages);
  }

  private static void passages(LuceneArchiveWriter writer) throws IOException {
    addCommentaryPage(
        writer,
        "subject",
        "Your commitment sets out the hours you spend looking for work each week, and the hours"
            + " you work.");
    addCommentaryPage(
        writer,
        "figure",
        "Most people are expected to spend 35 hours a week looking for work, carers fewer.");
    addCommentaryPage(
        writer,
        "request",
        "Please confirm whether the DWP makes signing a claimant commitment compulsory for"
            + " Universal Credit.");
    addCommentaryPage(
        writer,
        "rule",
        "Signing a claimant commitment is compulsory for Universal Credit: a claimant must"
            + " accept one as a condition of entitlement.");
  }

  @Test
  void aHowManyQuestionIsAnsweredByThePassageThatGivesTheFigure() {
    String question = "how many hours a week do i spend looking for work";
    assertThat(docIds(archive.without(RankingMechanism.ANSWER_TYPE), question))
        .as("on words alone the passage naming the subject wins")
        .startsWith("subject", "figure");
    assertThat(docIds(archive.searcher(), question)).startsWith("figure", "subject");
  }

  @Test
  void theSameWordsNotAskingForAFigureKeepTheirOrder() {
    String words = "hours a week spend looking for work";
    assertThat(docIds(archive.searcher(), words))
        .isEqualTo(docIds(archive.without(RankingMechanism.ANSWER_TYPE), words));
  }

  @Test
  void aQuestionAskedAfterAClauseIsAnsweredByTheRule() {
    String question = "the DWP's own words - is signing a claimant commitment compulsory for UC";
    assertThat(docIds(archive.without(RankingMechanism.CLAUSE_QUESTIONS), question))
        .as("not read as a question, the request that repeats it wins")
        .startsWith("request", "rule");
    assertThat(docIds(archive.searcher(), question)).startsWith("rule", "request");
    assertThat(docIds(archive.searcher(), "is signing a claimant commitment compulsory for UC"))
        .as("the same question asked alone")
        .startsWith("rule", "request");
  }
}
