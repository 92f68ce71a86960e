package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiarchive.testing.WrittenDocuments.addForumThread;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.foiarchive.index.LuceneArchiveWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain words typed finding the official statement worded with the official word the plain-English
 * lists give for them ({@code plain-words.tsv}), on a small index written for the purpose, beside
 * the same ranking with the mechanism switched off ({@code eval --without plain-words}).
 */
class PlainWordsIT {
  @TempDir static Path dir;
  private static SmallArchive archive;

  /** The weight it was measured at. */
  private static final float MEASURED_WEIGHT = 0.5f;

  private static LuceneArchiveSearcher withPlainWords;
  private static LuceneArchiveSearcher withoutPlainWords;

  @BeforeAll
  static void build() throws Exception {
    archive = SmallArchive.write(dir, PlainWordsIT::passages);
    Ranking ranking = Ranking.DEFAULT.toBuilder().plainWordsWeight(MEASURED_WEIGHT).build();
    withPlainWords = archive.with(ranking);
    withoutPlainWords = archive.with(ranking.without(List.of(RankingMechanism.PLAIN_WORDS)));
  }

  private static void passages(LuceneArchiveWriter writer) throws IOException {
    // Official statements in the official words, sharing no subject word with the questions below.
    addForumThread(
        writer,
        "participate-rule",
        "Anyone referred to the scheme is required to participate for up to six months.");
    addForumThread(
        writer,
        "notify-rule",
        "The department will notify claimants in writing before any change to their award.");
    addForumThread(
        writer, "terminate-rule", "The agreement may terminate when the placement ends early.");
    // The plain words themselves.
    addForumThread(writer, "choir-note", "Members take part in the choir every week.");
  }

  @AfterAll
  static void close() {
    withPlainWords.close();
    withoutPlainWords.close();
    archive.close();
  }

  private static List<String> ids(LuceneArchiveSearcher s, String query) {
    return SmallArchive.docIds(s, query, 20);
  }

  @Test
  void aPlainPhraseTypedFindsTheStatementInTheOfficialWord() {
    assertThat(ids(withPlainWords, "do I have to take part")).contains("participate-rule");
    assertThat(ids(withoutPlainWords, "do I have to take part")).doesNotContain("participate-rule");
    assertThat(ids(withPlainWords, "will they let me know first")).contains("notify-rule");
    assertThat(ids(withoutPlainWords, "will they let me know first")).doesNotContain("notify-rule");
  }

  @Test
  void theWordsAsTypedStillRankAboveTheOfficialWord() {
    assertThat(ids(withPlainWords, "can I take part")).startsWith("choir-note");
  }

  @Test
  void aLonePlainWordBringsInNothing() {
    // The lists pair "stop" with "terminate", but a single common word would pull in too much.
    assertThat(ids(withPlainWords, "they stopped my money")).doesNotContain("terminate-rule");
  }

  @Test
  void theOfficialWordTypedDoesNotBringInThePlainWords() {
    assertThat(ids(withPlainWords, "must I participate"))
        .contains("participate-rule")
        .doesNotContain("choir-note");
  }
}
