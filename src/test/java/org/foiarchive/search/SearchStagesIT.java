package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiarchive.testing.WrittenDocuments.addForumThread;

import java.io.IOException;
import java.nio.file.Path;
import org.foiarchive.index.LuceneArchiveWriter;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval --explain}'s account of where a quote is lost: its place among what the candidate
 * pass matches, then among the candidates by the exact score, on a small index of passages of ours.
 */
class SearchStagesIT {
  private static final String QUESTION = "can the jobcentre sanction me for missing an appointment";

  @AutoClose private static SmallArchive archive;

  @BeforeAll
  static void build(@TempDir Path dir) throws Exception {
    archive = SmallArchive.write(dir, SearchStagesIT::passages);
  }

  private static void passages(LuceneArchiveWriter writer) throws IOException {
    addForumThread(
        writer,
        "answer",
        "Missing an appointment at the jobcentre without a good reason can lead to a sanction.");
    addForumThread(
        writer, "subject", "My appointment at the jobcentre was moved to a Tuesday this month.");
    addForumThread(
        writer, "unworded", "Benefit can be reduced when a claimant fails to attend an interview.");
  }

  @Test
  void aQuoteSharingTheQuestionsWordsIsACandidateAndScoredExactly() throws IOException {
    LuceneArchiveSearcher.Stages stages =
        archive.searcher().stages(SearchRequest.of(QUESTION, 10), t -> t.contains("good reason"));
    assertThat(stages.matched()).isEqualTo(2);
    assertThat(stages.candidate()).isEqualTo(1);
    assertThat(stages.exact()).isEqualTo(1);
    assertThat(stages.line()).startsWith("candidate 1 of 2; exact 1 of ");
  }

  @Test
  void aQuoteWordedUnlikeTheQuestionIsNoCandidate() throws IOException {
    LuceneArchiveSearcher.Stages stages =
        archive
            .searcher()
            .stages(SearchRequest.of(QUESTION, 10), t -> t.contains("fails to attend"));
    assertThat(stages.candidate()).isZero();
    assertThat(stages.exact()).isZero();
    assertThat(stages.line()).startsWith("candidate - of 2; exact - of ");
  }
}
