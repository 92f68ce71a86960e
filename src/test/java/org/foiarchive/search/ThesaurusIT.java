package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiarchive.testing.WrittenDocuments.addForumThread;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * General English synonyms (WordNet, {@code wordnet-synonyms.tsv}) finding a passage worded unlike
 * the question, on a small index written for the purpose, with the mechanism on (at the weight it
 * was measured at) and as the default ranking leaves it, off.
 */
class ThesaurusIT {
  @TempDir static Path dir;
  private static SmallArchive archive;

  /** The weight it was measured at: the default ranking leaves the thesaurus off. */
  private static final float MEASURED_WEIGHT = 0.3f;

  private static LuceneArchiveSearcher withThesaurus;

  @BeforeAll
  static void build() throws Exception {
    archive =
        SmallArchive.write(
            dir,
            writer -> {
              // Says "dismissed" where the question says "fired", and "rescind" for "revoke".
              addForumThread(
                  writer,
                  "dismissed-rule",
                  "Claimants dismissed for misconduct can be refused the allowance for a time.");
              addForumThread(
                  writer,
                  "rescind-rule",
                  "You may rescind your agreement at any time by writing to the provider.");
              // Says "seek" where the question says "look for".
              addForumThread(
                  writer, "seek-rule", "Claimants must seek work for 35 hours every week.");
              // "likewise" is WordNet's synonym of "also", a word that carries no subject.
              addForumThread(
                  writer, "likewise-note", "Likewise the placement ends in March, as planned.");
              addForumThread(
                  writer, "paid-monthly", "Claimants are paid monthly into their bank account.");
            });
    withThesaurus =
        archive.with(Ranking.DEFAULT.toBuilder().thesaurusWeight(MEASURED_WEIGHT).build());
  }

  @AfterAll
  static void close() {
    withThesaurus.close();
    archive.close();
  }

  private static List<String> ids(LuceneArchiveSearcher s, String query) {
    return s.search(SearchRequest.of(query, 20)).hits().stream().map(SearchHit::docId).toList();
  }

  @Test
  void aWordTypedFindsAPassageHoldingOnlyItsSynonym() {
    assertThat(ids(withThesaurus, "what if I was fired")).containsExactly("dismissed-rule");
    assertThat(ids(archive.searcher(), "what if I was fired")).isEmpty();
  }

  @Test
  void anExpressionTypedIsLookedUpBeforeItsWords() {
    assertThat(ids(withThesaurus, "how do I look for a job")).containsExactly("seek-rule");
    assertThat(ids(archive.searcher(), "how do I look for a job")).isEmpty();
  }

  @Test
  void aFormTypedIsLookedUpAsItsLemma() {
    assertThat(ids(withThesaurus, "can my consent be revoked")).contains("rescind-rule");
    assertThat(ids(archive.searcher(), "can my consent be revoked")).doesNotContain("rescind-rule");
  }

  @Test
  void aFunctionWordTypedIsNeverExpanded() {
    assertThat(ids(withThesaurus, "am I also paid"))
        .contains("paid-monthly")
        .doesNotContain("likewise-note");
  }
}
