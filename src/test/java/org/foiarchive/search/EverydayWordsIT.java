package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiarchive.testing.WrittenDocuments.addForumThread;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.foiarchive.index.LuceneArchiveWriter;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claimants' everyday phrases finding the official statement written in the official term, on a
 * small index written for the purpose, beside the same index searched with the mechanism switched
 * off ({@code eval --without everyday-words}).
 */
class EverydayWordsIT {
  @AutoClose private static SmallArchive archive;

  @BeforeAll
  static void build(@TempDir Path dir) throws Exception {
    archive = SmallArchive.write(dir, EverydayWordsIT::passages);
  }

  private static void passages(LuceneArchiveWriter writer) throws IOException {
    // Official statements in the official terms, sharing no word with the questions below.
    addForumThread(
        writer,
        "sanction-rule",
        "A sanction reduces the standard allowance when a claimant fails a requirement without"
            + " good reason.");
    addForumThread(
        writer,
        "housing-costs",
        "The housing costs element is included in the monthly award of tenants liable for the"
            + " charges on their home.");
    // Official statements behind two phrases of the second batch, in other topics.
    addForumThread(
        writer,
        "marketing-rule",
        "Direct marketing must cease once the data subject has said no; that right is absolute.");
    addForumThread(
        writer,
        "advance-rule",
        "Each short term benefit advance is repayable from later awards, in instalments.");
    // Passages with one word of a phrase each.
    addForumThread(
        writer, "payment-dates", "Your payment is made monthly into the bank account you gave.");
    addForumThread(writer, "clock", "The office clock stopped at noon during the power cut.");
    addForumThread(writer, "rent-book", "Keep your rent book with your tenancy agreement.");
    // A passage with the everyday words themselves.
    addForumThread(
        writer,
        "payment-stopped",
        "My payment stopped the week after I missed an appointment at the jobcentre.");
  }

  private static List<String> ids(LuceneArchiveSearcher s, String query) {
    return SmallArchive.docIds(s, query, 20);
  }

  @Test
  void aQuestionInEverydayWordsFindsTheOfficialStatementSharingNoWordWithIt() {
    assertThat(ids(archive.searcher(), "why was my payment stopped")).contains("sanction-rule");
    assertThat(ids(archive.without(RankingMechanism.EVERYDAY_WORDS), "why was my payment stopped"))
        .doesNotContain("sanction-rule");
    assertThat(ids(archive.searcher(), "who can help with my rent")).contains("housing-costs");
    assertThat(ids(archive.without(RankingMechanism.EVERYDAY_WORDS), "who can help with my rent"))
        .doesNotContain("housing-costs");
  }

  @Test
  void phrasesOfTheSecondBatchFindTheirOfficialStatementsToo() {
    String marketing = "can they keep trying to sell things to me";
    assertThat(ids(archive.searcher(), marketing)).contains("marketing-rule");
    assertThat(ids(archive.without(RankingMechanism.EVERYDAY_WORDS), marketing))
        .doesNotContain("marketing-rule");
    String advance = "no money while a decision has not yet been made";
    assertThat(ids(archive.searcher(), advance)).contains("advance-rule");
    assertThat(ids(archive.without(RankingMechanism.EVERYDAY_WORDS), advance))
        .doesNotContain("advance-rule");
  }

  @Test
  void thePhrasesWordsMayBeTypedInAnotherOrder() {
    assertThat(ids(archive.searcher(), "stopped payment")).contains("sanction-rule");
  }

  @Test
  void theWordsAsTypedStillRankAboveTheOfficialTerm() {
    assertThat(ids(archive.searcher(), "my payment stopped")).startsWith("payment-stopped");
  }

  @Test
  void aLoneCommonWordOfAPhraseDoesNotExpand() {
    assertThat(ids(archive.searcher(), "payment dates"))
        .contains("payment-dates")
        .doesNotContain("sanction-rule");
    assertThat(ids(archive.searcher(), "clock stopped"))
        .contains("clock")
        .doesNotContain("sanction-rule");
    assertThat(ids(archive.searcher(), "rent book"))
        .contains("rent-book")
        .doesNotContain("housing-costs");
    assertThat(ids(archive.searcher(), "payment was late and the bus to the jobcentre stopped"))
        .doesNotContain("sanction-rule");
  }
}
