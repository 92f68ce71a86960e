package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.foiarchive.passage.Voice;
import org.foiarchive.testing.WrittenDocuments;
import org.foiarchive.testing.WrittenDocuments.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A passage is found by its id ({docId}-p{n}) from its document's keyword and its position, the
 * index keeping no keyword of each passage's id: the right passage of the right document, even when
 * a document's id itself contains "-p", and nothing for an id of no such passage. The passages are
 * ours.
 */
class PassageByIdIT {
  private static final List<Text> REPLY =
      List.of(
          new Text("Using Universal Jobmatch is voluntary.", Voice.OFFICIAL),
          new Text("You may be asked to keep a record of your job search.", Voice.OFFICIAL),
          new Text("A provider cannot make you accept cookies.", Voice.OFFICIAL));

  @TempDir Path dir;

  @Test
  void aPassageIsFoundByItsDocumentAndPosition() throws Exception {
    try (SmallArchive archive =
        SmallArchive.write(
            dir,
            writer -> {
              WrittenDocuments.add(
                  writer, "reply-p2", "foi-response", "Reply", "2013-06-12", REPLY);
              WrittenDocuments.add(writer, "reply", "foi-response", "Reply", "2013-06-12", REPLY);
            })) {
      LuceneArchiveSearcher searcher = archive.searcher();

      SearchHit second = searcher.passage("reply-p2-p2").orElseThrow();
      assertThat(second.passageId()).isEqualTo("reply-p2-p2");
      assertThat(second.docId()).isEqualTo("reply-p2");
      assertThat(second.text()).isEqualTo("You may be asked to keep a record of your job search.");
      assertThat(searcher.passage("reply-p3").orElseThrow().text())
          .isEqualTo("A provider cannot make you accept cookies.");

      assertThat(searcher.passage("reply-p4")).isEmpty();
      assertThat(searcher.passage("reply-p0")).isEmpty();
      assertThat(searcher.passage("reply")).isEmpty();
      assertThat(searcher.passage("reply-px")).isEmpty();
      assertThat(searcher.passage("-p1")).isEmpty();
    }
  }
}
