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
 * Words Porter gives one stem though they are unrelated ("us" and "use", "university" and
 * "universal", "informal" and "information") are kept apart by the stem overrides, on an index
 * written to disk for the purpose, while a word's own inflections still find each other.
 */
class StemOverridesIT {
  @AutoClose private static SmallArchive archive;
  private static LuceneArchiveSearcher searcher;

  @BeforeAll
  static void build(@TempDir Path dir) throws Exception {
    archive = SmallArchive.write(dir, StemOverridesIT::passages);
    searcher = archive.searcher();
  }

  private static void passages(LuceneArchiveWriter writer) throws IOException {
    addForumThread(writer, "contact-us", "Please contact us if you want a copy of the letter.");
    addForumThread(writer, "we-use", "We use your data to decide whether you can get benefits.");
    addForumThread(writer, "uses", "The department uses a sampling method for the checks.");
    addForumThread(writer, "used", "The figures were used in the annual report to Parliament.");
    addForumThread(writer, "using", "Claimants using the online journal can upload documents.");
    addForumThread(
        writer, "university", "Students at university cannot usually get housing support.");
    addForumThread(
        writer, "universal-credit", "Universal Credit is paid monthly into a bank account.");
    addForumThread(
        writer, "universal-service", "A universal service reaches every household in the land.");
    addForumThread(
        writer, "informal", "An informal warning was given before the hearing took place.");
    addForumThread(writer, "information", "The information requested is held by the department.");
    addForumThread(writer, "sanctioned", "She was sanctioned for missing an appointment.");
    addForumThread(writer, "sanctions", "The sanctions were lifted after the appeal.");
    addForumThread(writer, "claimants", "Claimants must accept a claimant commitment.");
  }

  private static List<SearchHit> hits(String query) {
    return searcher.search(SearchRequest.of(query, 20)).hits();
  }

  private static List<String> ids(String query) {
    return hits(query).stream().map(SearchHit::docId).toList();
  }

  @Test
  void useFindsItsInflectionsAndNotUs() {
    assertThat(ids("use")).contains("we-use", "uses", "used", "using").doesNotContain("contact-us");
    assertThat(ids("us")).contains("contact-us").doesNotContain("we-use", "uses");
  }

  @Test
  void useHighlightsUseAndNeverUs() {
    SearchHit weUse =
        hits("use").stream().filter(h -> h.docId().equals("we-use")).findFirst().orElseThrow();
    assertThat(weUse.highlight()).contains("<mark>use</mark>");
    assertThat(hits("use"))
        .allSatisfy(hit -> assertThat(hit.highlight()).doesNotContain("<mark>us</mark>"));
  }

  @Test
  void universalCreditDoesNotFindUniversity() {
    assertThat(ids("universal credit")).contains("universal-credit").doesNotContain("university");
    assertThat(ids("universal")).contains("universal-service").doesNotContain("university");
    assertThat(ids("university")).containsExactly("university");
  }

  @Test
  void informalAndInformationAreDifferentWords() {
    assertThat(ids("informal")).containsExactly("informal");
    assertThat(ids("information")).contains("information").doesNotContain("informal");
  }

  @Test
  void inflectionsStillFindEachOther() {
    assertThat(ids("sanction")).contains("sanctioned", "sanctions");
    assertThat(ids("claimant")).contains("claimants", "using");
    assertThat(ids("uses")).contains("we-use", "used", "using");
  }
}
