package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.foiarchive.index.LuceneArchiveWriter;
import org.foiarchive.passage.Voice;
import org.foiarchive.testing.WrittenDocuments;
import org.foiarchive.testing.WrittenDocuments.Text;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page's introduction gives way to the passage that answers, on a small index written for the
 * purpose, beside the same index searched with the framing mechanism switched off. The passages are
 * ours, in the register of an advice page.
 */
class FramingIT {
  @AutoClose private static SmallArchive archive;

  @BeforeAll
  static void build(@TempDir Path dir) throws Exception {
    archive = SmallArchive.write(dir, FramingIT::passages);
  }

  private static void passages(LuceneArchiveWriter writer) throws IOException {
    WrittenDocuments.add(
        writer,
        "advice",
        "guidance",
        "Council Tax Reduction",
        "2020-04-01",
        List.of(
            new Text(
                "This page explains how the council can backdate Council Tax Reduction for"
                    + " people on a low income.",
                Voice.OFFICIAL),
            new Text(
                "The council can backdate Council Tax Reduction for six months for people on a"
                    + " low income who had a good reason for claiming late.",
                Voice.OFFICIAL)));
  }

  private static List<String> ids(LuceneArchiveSearcher s, String query) {
    return SmallArchive.ranked(s, query, 10, SearchHit::passageId);
  }

  @Test
  void thePassageThatAnswersRanksAboveThePagesIntroduction() {
    String query = "backdate council tax reduction low income";
    assertThat(ids(archive.without(RankingMechanism.FRAMING), query))
        .as("on words alone the shorter introduction wins")
        .containsExactly("advice-p1", "advice-p2");
    assertThat(ids(archive.searcher(), query)).containsExactly("advice-p2", "advice-p1");
  }

  @Test
  void anIntroductionThatAloneMatchesIsStillFound() {
    assertThat(ids(archive.searcher(), "this page explains")).containsExactly("advice-p1");
  }
}
