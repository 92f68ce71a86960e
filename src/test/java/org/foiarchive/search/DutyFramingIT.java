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
 * A claimant asks about a duty in their own framing ("will they make me...", "am I meant to...")
 * and with phrases that hold question words ("stop my money"), on a small index written for the
 * purpose, each searched as the ranking ships (both mechanisms off: they lowered questions they
 * were not tuned on, see {@link Ranking}) and with the mechanism switched on. The passages are
 * ours.
 */
class DutyFramingIT {
  @TempDir static Path dir;
  private static SmallArchive archive;

  /** The same index with duty framing switched on: it ships off (see {@link Ranking}). */
  private static LuceneArchiveSearcher dutyFraming;

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
                  "decision",
                  "Your work coach will make a decision once you look for work.");
              add(
                  writer,
                  "duty",
                  "A lone parent whose youngest child is under three is not required to look for"
                      + " work.");
              add(
                  writer,
                  "errand",
                  "Stop at the post office on the way to collect your money if the bank is closed.");
              add(
                  writer,
                  "sanction",
                  "A sanction can be imposed when a claimant turns down a suitable job without a good"
                      + " reason.");
            });
    dutyFraming = archive.with(Ranking.DEFAULT.toBuilder().dutyFraming(true).build());
  }

  @AfterAll
  static void close() {
    archive.close();
    dutyFraming.close();
  }

  private static List<String> ids(LuceneArchiveSearcher s, String query) {
    return s.search(SearchRequest.of(query, 10)).hits().stream().map(SearchHit::docId).toList();
  }

  @Test
  void aCausativeQuestionIsAnsweredByTheDutyNotByTheVerb() {
    String question = "will they make me look for work";
    assertThat(ids(archive.searcher(), question))
        .as("read with 'make' as a subject word, the passage that makes a decision wins")
        .startsWith("decision", "duty");
    assertThat(ids(dutyFraming, question)).startsWith("duty", "decision");
  }

  @Test
  void aDutyAskedWithoutAModalIsAQuestionAboutARule() {
    String question = "am i meant to look for work";
    assertThat(ids(archive.searcher(), question))
        .as("no modal word: not read as a question about a rule")
        .startsWith("decision", "duty");
    assertThat(ids(dutyFraming, question)).startsWith("duty", "decision");
  }

  @Test
  void aPhraseHoldingQuestionWordsBringsInWhatItStandsForWhenSwitchedOn() throws IOException {
    String question = "can they stop my money";
    assertThat(ids(archive.searcher(), question))
        .as("off, as it ships: 'stop my money' is not among the subject words 'stop money'")
        .doesNotContain("sanction");
    try (LuceneArchiveSearcher phrases =
        archive.with(Ranking.DEFAULT.toBuilder().questionWordPhrases(true).build())) {
      assertThat(ids(phrases, question)).contains("errand", "sanction");
    }
  }
}
