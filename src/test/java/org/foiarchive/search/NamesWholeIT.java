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
 * A name typed in full with its "and" or "of" ("work and health programme", "freedom of
 * information") is searched as the one term the archive's analysis makes of it, the acronym's, so
 * that a passage using only the acronym matches it, on a small index written for the purpose,
 * beside the same index searched with that mechanism switched off. The passages are ours.
 */
class NamesWholeIT {
  @AutoClose private static SmallArchive archive;

  @BeforeAll
  static void build(@TempDir Path dir) throws Exception {
    archive = SmallArchive.write(dir, NamesWholeIT::passages);
  }

  private static void passages(LuceneArchiveWriter writer) throws IOException {
    addForumThread(
        writer,
        "acronym",
        "Joining the WHP is voluntary for most people, though some are required to take part.");
    addForumThread(
        writer,
        "in-full",
        "The Work and Health Programme is voluntary for disabled people who ask to join it.");
    addForumThread(
        writer,
        "loose-words",
        "Your health and your work history decide which programme the adviser offers you.");
    addForumThread(
        writer,
        "information",
        "Information about your health is kept by the adviser for as long as you are on a"
            + " programme.");
    addForumThread(
        writer,
        "foi",
        "A freedom of information request to the department is answered within 20 working"
            + " days.");
  }

  @Test
  void aNameTypedInFullFindsItAndItsAcronym() {
    String question = "is the work and health programme voluntary";
    List<String> looseWords = docIds(archive.without(RankingMechanism.NAMES_WHOLE), question);
    assertThat(looseWords.indexOf("loose-words"))
        .as("without its 'and' the name is three loose words, which the acronym is not")
        .isLessThan(looseWords.indexOf("acronym"));
    List<String> named = docIds(archive.searcher(), question);
    assertThat(named).startsWith("in-full", "acronym");
    assertThat(named.indexOf("loose-words")).isGreaterThan(named.indexOf("acronym"));
  }

  @Test
  void aNameWithOfIsOneTermToo() {
    assertThat(docIds(archive.searcher(), "how long does a freedom of information request take"))
        .startsWith("foi");
  }

  @Test
  void questionWordsOutsideANameStillGo() {
    assertThat(
            QuestionWords.subjectWords(
                List.of("is", "the", "work", "and", "health", "programme", "voluntary"),
                run -> String.join(" ", run).equals("work and health programme")))
        .containsExactly("work", "and", "health", "programme", "voluntary");
    assertThat(
            QuestionWords.subjectWords(
                List.of("is", "work", "and", "health", "voluntary"), run -> false))
        .containsExactly("work", "health", "voluntary");
  }
}
