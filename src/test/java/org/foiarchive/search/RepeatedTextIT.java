package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.foiarchive.index.LuceneArchiveWriter;
import org.foiarchive.passage.Voice;
import org.foiarchive.testing.WrittenDocuments;
import org.foiarchive.testing.WrittenDocuments.Text;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same words in two or three passages (an annotation pasted twice in one request thread; an
 * official sentence in the reply, quoted by a forum post and by a blog) take one place in the
 * results, as the copy that ranks first, which names the others; page after page, no copy shows
 * again. On a small real index written for the purpose, beside the same index with the folding
 * switched off. The passages are ours.
 */
class RepeatedTextIT {
  private static final String PASTED =
      "Nobody can make you register with Universal Jobmatch: a direction to register is only"
          + " lawful when the adviser explains why it would help you find work.";

  /** The same sentence as pasted again further down the thread: other case and punctuation. */
  private static final String PASTED_AGAIN =
      "nobody can make you register with Universal Jobmatch - a direction to register is only"
          + " lawful when the adviser explains why it would help you find work";

  private static final String OFFICIAL =
      "Claimants are not required to give the Department access to their Universal Jobmatch"
          + " account, and no sanction follows from declining to do so.";

  @AutoClose private static SmallArchive archive;

  @BeforeAll
  static void build(@TempDir Path dir) throws Exception {
    archive = SmallArchive.write(dir, RepeatedTextIT::passages);
  }

  private static void passages(LuceneArchiveWriter writer) throws IOException {
    WrittenDocuments.add(
        writer,
        "jobmatch-thread",
        "foi-request",
        "Mandated use of Universal Jobmatch",
        "2013-05-01",
        List.of(
            new Text(
                "Please tell me whether a jobseeker can be made to register with Universal"
                    + " Jobmatch.",
                Voice.REQUESTER),
            new Text(PASTED, Voice.ANNOTATION),
            new Text(
                "My adviser said I must register with Universal Jobmatch today or lose my"
                    + " money for a month.",
                Voice.ANNOTATION),
            new Text(PASTED_AGAIN, Voice.ANNOTATION)));
    WrittenDocuments.add(
        writer,
        "jobmatch-reply",
        "foi-response",
        "Reply about Universal Jobmatch access",
        "2013-06-12",
        List.of(new Text(OFFICIAL, Voice.OFFICIAL)));
    WrittenDocuments.add(
        writer,
        "jobmatch-forum",
        "forum",
        "Do I have to give them access to Universal Jobmatch?",
        "2014-01-01",
        List.of(new Text(OFFICIAL, Voice.QUOTED_OFFICIAL)));
    WrittenDocuments.add(
        writer,
        "jobmatch-blog",
        "commentary",
        "What DWP said about Universal Jobmatch",
        "2014-02-01",
        List.of(new Text(OFFICIAL, Voice.QUOTED_OFFICIAL)));
    for (int n = 1; n <= 6; n++) {
      WrittenDocuments.addForumThread(
          writer,
          "jobmatch-talk-" + n,
          "Week "
              + n
              + " of Universal Jobmatch: my adviser checked my account and asked me to register"
              + " for "
              + n
              + " more sites.");
    }
  }

  @Test
  void aSentencePastedTwiceIsShownOnceNamingTheOtherCopy() {
    String query = "can they make me register with universal jobmatch";
    assertThat(texts(archive.without(RankingMechanism.FOLDED_REPEATS), query, 10))
        .as("unfolded, both copies are on the page")
        .filteredOn(text -> text.equals(key(PASTED)))
        .hasSize(2);

    List<SearchHit> hits = archive.searcher().search(SearchRequest.of(query, 10)).hits();
    List<SearchHit> pasted = hits.stream().filter(h -> key(h.text()).equals(key(PASTED))).toList();
    assertThat(pasted).hasSize(1);
    SearchHit shown = pasted.getFirst();
    String other =
        shown.passageId().equals("jobmatch-thread-p2")
            ? "jobmatch-thread-p4"
            : "jobmatch-thread-p2";
    assertThat(shown.alsoIn())
        .containsExactly(
            new SearchHit.Copy(
                other,
                "jobmatch-thread",
                "Mandated use of Universal Jobmatch",
                Voice.ANNOTATION,
                "/doc/jobmatch-thread#p" + other.substring(other.lastIndexOf('p') + 1),
                Integer.parseInt(other.substring(other.lastIndexOf('p') + 1))));
    assertThat(hits)
        .filteredOn(h -> !h.passageId().equals(shown.passageId()))
        .flatExtracting(SearchHit::alsoIn)
        .extracting(SearchHit.Copy::docId)
        .doesNotContain("jobmatch-thread");
  }

  @Test
  void aSentenceQuotedTwiceElsewhereIsShownOnceWithBothOtherCopies() {
    String query = "DWP access to universal jobmatch account declining sanction";
    List<SearchHit> hits = archive.searcher().search(SearchRequest.of(query, 10)).hits();
    List<SearchHit> official =
        hits.stream().filter(h -> key(h.text()).equals(key(OFFICIAL))).toList();
    assertThat(official).hasSize(1);
    List<String> everyCopy = new ArrayList<>();
    everyCopy.add(official.getFirst().docId());
    official.getFirst().alsoIn().forEach(c -> everyCopy.add(c.docId()));
    assertThat(everyCopy)
        .containsExactlyInAnyOrder("jobmatch-reply", "jobmatch-forum", "jobmatch-blog");
  }

  @Test
  void pageAfterPageNoPassageOrTextIsShownTwiceAndNoneIsLost() {
    String query = "universal jobmatch register";
    int limit = 3;
    List<SearchHit> shown = new ArrayList<>();
    for (int offset = 0; ; offset += limit) {
      List<SearchHit> page =
          archive
              .searcher()
              .search(SearchRequest.of(query, limit).toBuilder().offset(offset).build())
              .hits();
      if (page.isEmpty()) {
        break;
      }
      shown.addAll(page);
    }
    assertThat(shown).extracting(SearchHit::passageId).doesNotHaveDuplicates();
    assertThat(shown).extracting(h -> key(h.text())).doesNotHaveDuplicates();

    Set<String> accounted = new HashSet<>();
    shown.forEach(
        h -> {
          accounted.add(h.passageId());
          h.alsoIn().forEach(c -> accounted.add(c.passageId()));
        });
    List<String> matching =
        SmallArchive.ranked(
            archive.without(RankingMechanism.FOLDED_REPEATS), query, 50, SearchHit::passageId);
    assertThat(accounted).containsExactlyInAnyOrderElementsOf(matching);
    assertThat(shown).hasSizeLessThan(matching.size());
  }

  private static List<String> texts(LuceneArchiveSearcher searcher, String query, int count) {
    return SmallArchive.ranked(searcher, query, count, h -> key(h.text()));
  }

  /** A text's letters and digits, lower-cased and without accents: what makes two copies one. */
  static String key(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKD)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
