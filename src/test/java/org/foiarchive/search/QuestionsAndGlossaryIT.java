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
 * The welfare glossary in query expansion and the preference for rule statements, on a small index
 * written for the purpose, each beside the same index searched with that mechanism switched off.
 */
class QuestionsAndGlossaryIT {
  @TempDir static Path dir;
  private static LuceneArchiveSearcher searcher;
  private static LuceneArchiveSearcher withoutGlossary;
  private static LuceneArchiveSearcher withoutRuleStatements;
  private static LuceneArchiveSearcher withoutAbbreviationCase;

  @BeforeAll
  static void build() throws Exception {
    IndexLocation location = new IndexLocation(dir);
    ArchiveAnalyzers analyzers = new ArchiveAnalyzers();
    try (LuceneArchiveWriter writer = new LuceneArchiveWriter(location, analyzers)) {
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
      writer.commit(Map.of());
    }
    searcher = new LuceneArchiveSearcher(location, analyzers, new ReferenceRecognizer());
    withoutGlossary = SearcherWithout.mechanism(RankingMechanism.GLOSSARY, location, analyzers);
    withoutRuleStatements =
        SearcherWithout.mechanism(RankingMechanism.RULE_STATEMENTS, location, analyzers);
    withoutAbbreviationCase =
        SearcherWithout.mechanism(RankingMechanism.ABBREVIATION_CASE, location, analyzers);
  }

  @AfterAll
  static void close() {
    for (LuceneArchiveSearcher s :
        List.of(searcher, withoutGlossary, withoutRuleStatements, withoutAbbreviationCase)) {
      s.close();
    }
  }

  private static List<String> ids(LuceneArchiveSearcher s, String query) {
    return s.search(SearchRequest.of(query, 10)).hits().stream().map(SearchHit::docId).toList();
  }

  @Test
  void anAbbreviationTypedFindsWhatItStandsFor() {
    assertThat(ids(searcher, "ESA WRAG")).startsWith("typed", "written-out");
    assertThat(ids(searcher, "WRAG")).containsExactly("typed", "written-out");
    assertThat(ids(withoutGlossary, "WRAG")).containsExactly("typed");
  }

  @Test
  void anAbbreviationTypedInLowerCaseStillFindsWhatItStandsFor() {
    assertThat(ids(searcher, "wrag")).containsExactly("typed", "written-out");
  }

  @Test
  void anAbbreviationSpeltLikeAWordExpandsOnlyWhenTypedInCapitals() {
    assertThat(ids(searcher, "MR appeal")).contains("reconsideration");
    assertThat(ids(searcher, "Mr Wilson")).containsExactly("honorific");
    assertThat(ids(searcher, "mr wilson")).containsExactly("honorific");
    assertThat(ids(withoutAbbreviationCase, "Mr Wilson"))
        .as("read as the abbreviation whatever its case")
        .contains("honorific", "reconsideration");
  }

  @Test
  void anAbbreviationTypedInCapitalsRanksWhatItStandsForAboveTheEverydayWord() {
    // The index holds words in lower case: the letters "MR" also match "Mr Wilson".
    assertThat(ids(searcher, "MR")).containsExactly("reconsideration", "honorific");
  }

  @Test
  void theWordsTypedRankAboveTheirExpansion() {
    List<SearchHit> hits = searcher.search(SearchRequest.of("WRAG", 10)).hits();
    assertThat(hits).hasSize(2);
    assertThat(hits.get(0).docId()).isEqualTo("typed");
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
  }

  @Test
  void theWrittenOutTermFindsItsAbbreviation() {
    assertThat(ids(searcher, "work-related activity group")).contains("typed", "written-out");
    assertThat(ids(withoutGlossary, "work-related activity group")).doesNotContain("typed");
  }

  @Test
  void aRuleStatementAnswersAQuestionAboveAPassageThatRepeatsIt() {
    String question = "can the jobcentre make me give them access to my jobmatch account";
    assertThat(ids(withoutRuleStatements, question)).as("on words alone").startsWith("request");
    assertThat(ids(searcher, question)).startsWith("rule", "request");
  }

  @Test
  void theSameWordsNotAskedAsAQuestionKeepTheirOrder() {
    String words = "jobcentre give access jobmatch account";
    assertThat(ids(searcher, words)).isEqualTo(ids(withoutRuleStatements, words));
  }
}
