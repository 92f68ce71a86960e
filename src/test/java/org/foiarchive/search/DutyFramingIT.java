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
 * A claimant asks about a duty in their own framing ("will they make me...", "am I meant to...")
 * and with phrases that hold question words ("stop my money"), on a small index written for the
 * purpose, each searched as the ranking ships (both mechanisms off: they lowered questions they
 * were not tuned on, see {@link Ranking}) and with the mechanism switched on. The passages are
 * ours.
 */
class DutyFramingIT {
  @AutoClose private static SmallArchive archive;

  /** The same index with duty framing switched on: it ships off (see {@link Ranking}). */
  @AutoClose private static LuceneArchiveSearcher dutyFraming;

  @BeforeAll
  static void build(@TempDir Path dir) throws Exception {
    archive = SmallArchive.write(dir, DutyFramingIT::passages);
    dutyFraming = archive.with(Ranking.DEFAULT.toBuilder().dutyFraming(true).build());
  }

  private static void passages(LuceneArchiveWriter writer) throws IOException {
    addCommentaryPage(
        writer, "decision", "Your work coach will make a decision once you look for work.");
    addCommentaryPage(
        writer,
        "duty",
        "A lone parent whose youngest child is under three is not required to look for work.");
    addCommentaryPage(
        writer,
        "errand",
        "Stop at the post office on the way to collect your money if the bank is closed.");
    addCommentaryPage(
        writer,
        "sanction",
        "A sanction can be imposed when a claimant turns down a suitable job without a good"
            + " reason.");
  }

  @Test
  void aCausativeQuestionIsAnsweredByTheDutyNotByTheVerb() {
    String question = "will they make me look for work";
    assertThat(docIds(archive.searcher(), question))
        .as("read with 'make' as a subject word, the passage that makes a decision wins")
        .startsWith("decision", "duty");
    assertThat(docIds(dutyFraming, question)).startsWith("duty", "decision");
  }

  @Test
  void aDutyAskedWithoutAModalIsAQuestionAboutARule() {
    String question = "am i meant to look for work";
    assertThat(docIds(archive.searcher(), question))
        .as("no modal word: not read as a question about a rule")
        .startsWith("decision", "duty");
    assertThat(docIds(dutyFraming, question)).startsWith("duty", "decision");
  }

  @Test
  void aPhraseHoldingQuestionWordsBringsInWhatItStandsForWhenSwitchedOn() throws IOException {
    String question = "can they stop my money";
    assertThat(docIds(archive.searcher(), question))
        .as("off, as it ships: 'stop my money' is not among the subject words 'stop money'")
        .doesNotContain("sanction");
    try (LuceneArchiveSearcher phrases =
        archive.with(Ranking.DEFAULT.toBuilder().questionWordPhrases(true).build())) {
      assertThat(docIds(phrases, question)).contains("errand", "sanction");
    }
  }
}
