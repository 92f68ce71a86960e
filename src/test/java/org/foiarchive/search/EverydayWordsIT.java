package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiarchive.testing.WrittenDocuments.addForumThread;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.index.LuceneArchiveWriter;
import org.foiarchive.tag.ReferenceRecognizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claimants' everyday phrases finding the official statement written in the official term, on a
 * small index written for the purpose, beside the same index searched with the mechanism switched
 * off ({@code eval --without everyday-words}).
 */
class EverydayWordsIT {
  @TempDir static Path dir;
  private static LuceneArchiveSearcher searcher;
  private static LuceneArchiveSearcher withoutEverydayWords;

  @BeforeAll
  static void build() throws Exception {
    IndexLocation location = new IndexLocation(dir);
    ArchiveAnalyzers analyzers = new ArchiveAnalyzers();
    try (LuceneArchiveWriter writer = new LuceneArchiveWriter(location, analyzers)) {
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
      writer.commit(Map.of());
    }
    searcher =
        new LuceneArchiveSearcher(
            location,
            analyzers,
            new ReferenceRecognizer(),
            Ranking.DEFAULT,
            LuceneArchiveSearcher.SEARCH_TIMEOUT_MILLIS);
    withoutEverydayWords =
        new LuceneArchiveSearcher(
            location,
            analyzers,
            new ReferenceRecognizer(),
            Ranking.DEFAULT.without(List.of(RankingMechanism.EVERYDAY_WORDS)),
            LuceneArchiveSearcher.SEARCH_TIMEOUT_MILLIS);
  }

  @AfterAll
  static void close() {
    searcher.close();
    withoutEverydayWords.close();
  }

  private static List<String> ids(LuceneArchiveSearcher s, String query) {
    return s.search(SearchRequest.of(query, 20)).hits().stream().map(SearchHit::docId).toList();
  }

  @Test
  void aQuestionInEverydayWordsFindsTheOfficialStatementSharingNoWordWithIt() {
    assertThat(ids(searcher, "why was my payment stopped")).contains("sanction-rule");
    assertThat(ids(withoutEverydayWords, "why was my payment stopped"))
        .doesNotContain("sanction-rule");
    assertThat(ids(searcher, "who can help with my rent")).contains("housing-costs");
    assertThat(ids(withoutEverydayWords, "who can help with my rent"))
        .doesNotContain("housing-costs");
  }

  @Test
  void phrasesOfTheSecondBatchFindTheirOfficialStatementsToo() {
    String marketing = "can they keep trying to sell things to me";
    assertThat(ids(searcher, marketing)).contains("marketing-rule");
    assertThat(ids(withoutEverydayWords, marketing)).doesNotContain("marketing-rule");
    String advance = "no money while a decision has not yet been made";
    assertThat(ids(searcher, advance)).contains("advance-rule");
    assertThat(ids(withoutEverydayWords, advance)).doesNotContain("advance-rule");
  }

  @Test
  void thePhrasesWordsMayBeTypedInAnotherOrder() {
    assertThat(ids(searcher, "stopped payment")).contains("sanction-rule");
  }

  @Test
  void theWordsAsTypedStillRankAboveTheOfficialTerm() {
    assertThat(ids(searcher, "my payment stopped")).startsWith("payment-stopped");
  }

  @Test
  void aLoneCommonWordOfAPhraseDoesNotExpand() {
    assertThat(ids(searcher, "payment dates"))
        .contains("payment-dates")
        .doesNotContain("sanction-rule");
    assertThat(ids(searcher, "clock stopped")).contains("clock").doesNotContain("sanction-rule");
    assertThat(ids(searcher, "rent book")).contains("rent-book").doesNotContain("housing-costs");
    assertThat(ids(searcher, "payment was late and the bus to the jobcentre stopped"))
        .doesNotContain("sanction-rule");
  }
}
