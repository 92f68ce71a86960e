package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiarchive.search.SmallArchive.docIds;
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
 * The welfare glossary in query expansion and the preference for rule statements, on a small index
 * written for the purpose, each beside the same index searched with that mechanism switched off.
 */
class QuestionsAndGlossaryIT {
  @AutoClose private static SmallArchive archive;

  @BeforeAll
  static void build(@TempDir Path dir) throws Exception {
    archive = SmallArchive.write(dir, QuestionsAndGlossaryIT::passages);
  }

  private static void passages(LuceneArchiveWriter writer) throws IOException {
    addForumThread(
        writer,
        "typed",
        "People on ESA in the WRAG are asked to attend interviews about moving towards a job.");
    addForumThread(
        writer,
        "written-out",
        "People on Employment and Support Allowance in the work-related activity group are asked"
            + " to attend interviews about moving towards work.");
    addForumThread(
        writer,
        "other-group",
        "People on Employment and Support Allowance in the support group are not asked to attend"
            + " interviews about moving towards work.");
    addForumThread(
        writer,
        "request",
        "Please confirm whether the jobcentre can make me give them access to my jobmatch account.");
    addForumThread(
        writer,
        "rule",
        "The jobcentre cannot make a claimant give it access to their jobmatch account: giving"
            + " that access is voluntary, and a claimant who declines to give it is not sanctioned"
            + " for that.");
    // Real sentences: an honorific from a CPAG page, the reconsideration MR stands for from
    // Shine.
    addForumThread(
        writer,
        "honorific",
        "The letter merely informed Mr Wilson that he had to perform \"any activities\" requested"
            + " of him.");
    addForumThread(
        writer,
        "reconsideration",
        "You have to request a mandatory reconsideration before you can make an appeal.");
  }

  @Test
  void anAbbreviationTypedFindsWhatItStandsFor() {
    assertThat(docIds(archive.searcher(), "ESA WRAG")).startsWith("typed", "written-out");
    assertThat(docIds(archive.searcher(), "WRAG")).containsExactly("typed", "written-out");
    assertThat(docIds(archive.without(RankingMechanism.GLOSSARY), "WRAG")).containsExactly("typed");
  }

  @Test
  void anAbbreviationTypedInLowerCaseStillFindsWhatItStandsFor() {
    assertThat(docIds(archive.searcher(), "wrag")).containsExactly("typed", "written-out");
  }

  @Test
  void anAbbreviationSpeltLikeAWordExpandsOnlyWhenTypedInCapitals() {
    assertThat(docIds(archive.searcher(), "MR appeal")).contains("reconsideration");
    assertThat(docIds(archive.searcher(), "Mr Wilson")).containsExactly("honorific");
    assertThat(docIds(archive.searcher(), "mr wilson")).containsExactly("honorific");
    assertThat(docIds(archive.without(RankingMechanism.ABBREVIATION_CASE), "Mr Wilson"))
        .as("read as the abbreviation whatever its case")
        .contains("honorific", "reconsideration");
  }

  @Test
  void anAbbreviationTypedInCapitalsRanksWhatItStandsForAboveTheEverydayWord() {
    // The index holds words in lower case: the letters "MR" also match "Mr Wilson".
    assertThat(docIds(archive.searcher(), "MR")).containsExactly("reconsideration", "honorific");
  }

  @Test
  void theWordsTypedRankAboveTheirExpansion() {
    List<SearchHit> hits = archive.searcher().search(SearchRequest.of("WRAG", 10)).hits();
    assertThat(hits).hasSize(2);
    assertThat(hits.get(0).docId()).isEqualTo("typed");
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
  }

  @Test
  void theWrittenOutTermFindsItsAbbreviation() {
    assertThat(docIds(archive.searcher(), "work-related activity group"))
        .contains("typed", "written-out");
    assertThat(docIds(archive.without(RankingMechanism.GLOSSARY), "work-related activity group"))
        .doesNotContain("typed");
  }

  @Test
  void aRuleStatementAnswersAQuestionAboveAPassageThatRepeatsIt() {
    String question = "can the jobcentre make me give them access to my jobmatch account";
    assertThat(docIds(archive.without(RankingMechanism.RULE_STATEMENTS), question))
        .as("on words alone")
        .startsWith("request");
    assertThat(docIds(archive.searcher(), question)).startsWith("rule", "request");
  }

  @Test
  void theSameWordsNotAskedAsAQuestionKeepTheirOrder() {
    String words = "jobcentre give access jobmatch account";
    assertThat(docIds(archive.searcher(), words))
        .isEqualTo(docIds(archive.without(RankingMechanism.RULE_STATEMENTS), words));
  }
}
