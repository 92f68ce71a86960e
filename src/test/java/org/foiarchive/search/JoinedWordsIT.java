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
 * Words written joined, apart or hyphenated, found in each of the ways the archive writes them, on
 * a small index written for the purpose, beside the same index searched with the mechanism switched
 * off. Each way of writing is held by two passages, as the mechanism asks before it trusts one. The
 * mechanism is off in {@link Ranking#DEFAULT} (see there why); the first searcher switches it on.
 */
class JoinedWordsIT {
  /** The weight the mechanism was measured at. */
  static final float JOINED_WORDS_WEIGHT = 0.8f;

  @AutoClose private static SmallArchive archive;
  @AutoClose private static LuceneArchiveSearcher searcher;
  private static LuceneArchiveSearcher withoutJoinedWords;

  @BeforeAll
  static void build(@TempDir Path dir) throws Exception {
    archive = SmallArchive.write(dir, JoinedWordsIT::passages);
    Ranking joinedWords =
        Ranking.DEFAULT.toBuilder().joinedWordsWeight(JOINED_WORDS_WEIGHT).build();
    searcher = archive.with(joinedWords);
    withoutJoinedWords = archive.searcher();
  }

  private static void passages(LuceneArchiveWriter writer) throws IOException {
    // Written both ways in real replies; neither form is in related-words.txt or the glossary.
    addForumThread(
        writer, "apart-1", "Providers record the hours on a time sheet signed by the host.");
    addForumThread(
        writer, "apart-2", "The placement's time sheet goes to the provider every Friday.");
    addForumThread(
        writer, "joined-1", "Keep a copy of each timesheet you hand in to the host employer.");
    addForumThread(writer, "joined-2", "A missing timesheet is not a reason to stop your benefit.");
    addForumThread(writer, "hyphenated-1", "You may send us an e-mail with your reference number.");
    addForumThread(writer, "hyphenated-2", "Replies by e-mail take up to twenty working days.");
    addForumThread(writer, "plain-1", "Our email address is printed on the letter we sent you.");
    addForumThread(writer, "plain-2", "Please do not email personal details to the general inbox.");
    // One passage only: a slip, not a way the archive writes the word.
    addForumThread(
        writer, "once", "Bring the letter to the work coach at your job centre on Monday.");
    addForumThread(writer, "jobcentre", "The jobcentre opens at nine on weekdays.");
    // "maybe" and "may be" are different words: "may" is a function word, never a half.
    addForumThread(
        writer, "may-be-1", "A sanction may be challenged within a month of the decision.");
    addForumThread(writer, "may-be-2", "The decision may be looked at again if you ask for it.");
  }

  private static List<String> ids(LuceneArchiveSearcher s, String query) {
    return SmallArchive.docIds(s, query, 20);
  }

  @Test
  void aWordTypedJoinedFindsItWrittenApart() {
    List<String> found = ids(searcher, "timesheet");
    assertThat(found).hasSize(4);
    assertThat(found.subList(0, 2)).containsExactlyInAnyOrder("joined-1", "joined-2");
    assertThat(found.subList(2, 4)).containsExactlyInAnyOrder("apart-1", "apart-2");
    assertThat(ids(withoutJoinedWords, "timesheet"))
        .containsExactlyInAnyOrder("joined-1", "joined-2");
  }

  @Test
  void wordsTypedApartFindThemWrittenJoined() {
    assertThat(ids(searcher, "time sheet")).contains("joined-1", "joined-2");
    assertThat(ids(withoutJoinedWords, "time sheet")).doesNotContain("joined-1", "joined-2");
  }

  @Test
  void theWordsAsTypedStillRankFirst() {
    assertThat(ids(searcher, "time sheet hours")).startsWith("apart-1");
    assertThat(ids(searcher, "missing timesheet")).startsWith("joined-2");
  }

  @Test
  void aHyphenatedWordFindsItWrittenWithoutAndBack() {
    assertThat(ids(searcher, "email")).contains("hyphenated-1", "hyphenated-2");
    assertThat(ids(withoutJoinedWords, "email")).doesNotContain("hyphenated-1", "hyphenated-2");
    assertThat(ids(searcher, "e-mail")).contains("plain-1", "plain-2");
    assertThat(ids(withoutJoinedWords, "e-mail")).doesNotContain("plain-1", "plain-2");
  }

  @Test
  void aFormHeldByOnePassageOrMadeOfAFunctionWordIsNotSearched() {
    assertThat(ids(searcher, "jobcentre")).containsExactly("jobcentre");
    assertThat(ids(searcher, "maybe")).isEmpty();
  }
}
