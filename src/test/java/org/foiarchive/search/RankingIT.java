package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.index.LuceneArchiveWriter;
import org.foiarchive.passage.Voice;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.WrittenDocuments;
import org.foiarchive.testing.WrittenDocuments.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What ranking promises beyond BM25, on a small index written for the purpose: official answers
 * first when the question asks what was said, answers above the questions restated over them,
 * sentences above headings, a pasted quote once, and no single thread filling the first page.
 */
class RankingIT {
  @TempDir static Path dir;
  private static LuceneArchiveSearcher searcher;

  private static void add(LuceneArchiveWriter writer, String docId, String kind, List<Text> texts)
      throws Exception {
    WrittenDocuments.add(writer, docId, kind, "Document " + docId, "2014-01-01", texts);
  }

  @BeforeAll
  static void build() throws Exception {
    IndexLocation location = new IndexLocation(dir);
    ArchiveAnalyzers analyzers = new ArchiveAnalyzers();
    try (LuceneArchiveWriter writer = new LuceneArchiveWriter(location, analyzers)) {
      add(
          writer,
          "blog",
          "commentary",
          List.of(
              new Text(
                  "Whatever you are told, the claimant commitment cannot require anyone to accept tracking cookies at all.",
                  Voice.COMMENTARY)));
      add(
          writer,
          "reply",
          "foi-response",
          List.of(
              new Text(
                  "The claimant commitment cannot require anyone to accept tracking cookies on a personal phone, "
                      + "tablet or computer that they own.",
                  Voice.OFFICIAL)));
      add(
          writer,
          "letter",
          "foi-response",
          List.of(
              new Text(
                  "3. Can a provider share my CV with employers without asking?", Voice.OFFICIAL),
              new Text(
                  "A provider shares a participant's CV with employers only when the participant asks it to.",
                  Voice.OFFICIAL),
              new Text("Sharing CVs", Voice.OFFICIAL)));
      List<Text> thread = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        thread.add(
            new Text(
                "Post "
                    + i
                    + ": the work coach told me the sanction for the missed appointment "
                    + "lasts four weeks, post number "
                    + i
                    + ".",
                Voice.COMMENTARY));
      }
      thread.add(
          new Text(
              "A sanction for a missed appointment lasts four weeks, the work coach told me.",
              Voice.COMMENTARY));
      thread.add(
          new Text(
              "A sanction for a missed appointment lasts four weeks, the work coach told me.",
              Voice.COMMENTARY));
      add(writer, "thread", "forum", thread);
      add(
          writer,
          "guidance",
          "guidance",
          List.of(
              new Text(
                  "A low-level sanction for a missed appointment lasts four weeks for a first failure.",
                  Voice.OFFICIAL)));
      writer.commit(Map.of());
    }
    searcher = new LuceneArchiveSearcher(location, analyzers, new ReferenceRecognizer());
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  private static List<SearchHit> top(String query) {
    return searcher.search(SearchRequest.of(query, 10)).hits();
  }

  @Test
  void anOfficialAnswerComesFirstWhenTheQueryAsksWhatWasSaid() {
    assertThat(
            top("can the claimant commitment require me to accept tracking cookies?")
                .getFirst()
                .docId())
        .isEqualTo("reply");
  }

  @Test
  void withoutAQuestionVoiceDoesNotDecide() {
    assertThat(top("claimant commitment tracking cookies").getFirst().docId()).isEqualTo("blog");
  }

  @Test
  void theAnswerRanksAboveTheQuestionRestatedOverItAndAboveAHeading() {
    List<SearchHit> hits = top("can a provider share my CV with employers");
    assertThat(hits.getFirst().text()).startsWith("A provider shares a participant's CV");
    assertThat(hits.stream().map(SearchHit::text).toList().indexOf("Sharing CVs")).isGreaterThan(0);
  }

  @Test
  void aQuotePastedTwiceRanksOnceAtTheTop() {
    List<String> texts =
        top("sanction missed appointment four weeks work coach").stream()
            .map(SearchHit::text)
            .limit(3)
            .toList();
    assertThat(texts).doesNotHaveDuplicates();
  }

  @Test
  void oneLongThreadDoesNotBuryTheGuidance() {
    List<SearchHit> hits = top("how long does a sanction for a missed appointment last");
    assertThat(hits.subList(0, 5)).extracting(SearchHit::docId).contains("guidance");
  }

  @Test
  void aWordOnlyInTheNeighboursOrTheTitleAddsWeightButFindsNothing() {
    // "without" is printed in the letter's first passage only; the one after it has it as a
    // neighbour's word, and "document" is in every passage's title and no passage's text.
    assertThat(top("without")).extracting(SearchHit::passageId).containsExactly("letter-p1");
    assertThat(top("document")).isEmpty();
    assertThat(top("document without"))
        .extracting(SearchHit::passageId)
        .containsExactly("letter-p1");
  }

  @Test
  void anExcludedWordRemovesEveryPassageThatHasIt() {
    assertThat(top("sanction appointment"))
        .extracting(SearchHit::docId)
        .contains("guidance", "thread");
    assertThat(top("sanction appointment -coach"))
        .extracting(SearchHit::docId)
        .containsExactly("guidance");
  }
}
