package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.index.LuceneArchiveWriter;
import org.foiarchive.passage.Voice;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.WrittenDocuments;
import org.foiarchive.testing.WrittenDocuments.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same archive gives the same answer however its documents were indexed: a reply quoted word
 * for word in two threads scores the same in both, and which of them comes first must not depend on
 * the order the indexing threads happened to write them in. Two indexes of the same two documents,
 * written in opposite orders, are searched alike. The passages are ours.
 */
class TiedScoresIT {
  private static final List<Text> QUOTED_REPLY =
      List.of(
          new Text(
              "A provider cannot require you to accept cookies on your own computer before you"
                  + " look for work.",
              Voice.QUOTED_OFFICIAL),
          new Text(
              "You can apply for the vacancies by post or in person instead.",
              Voice.QUOTED_OFFICIAL));

  @TempDir Path dir;

  @Test
  void documentsQuotingTheSameReplyRankTheSameWhateverOrderTheyWereIndexedIn() throws Exception {
    List<String> zetaFirst = answer(dir.resolve("zeta-first"), "zeta-thread", "alpha-thread");
    List<String> alphaFirst = answer(dir.resolve("alpha-first"), "alpha-thread", "zeta-thread");

    assertThat(zetaFirst).isEqualTo(alphaFirst);
    assertThat(zetaFirst.getFirst()).isEqualTo("alpha-thread-p1");
    // the same words in the other thread are one place, named under the first
    assertThat(zetaFirst).contains("also zeta-thread-p1");
  }

  /**
   * The passage ids answering a question on an index of two threads, written in this order, each
   * followed by the other copies of its words it stands for ("also …").
   */
  private static List<String> answer(Path folder, String writtenFirst, String writtenSecond)
      throws Exception {
    IndexLocation location = new IndexLocation(folder);
    ArchiveAnalyzers analyzers = new ArchiveAnalyzers();
    try (LuceneArchiveWriter writer = new LuceneArchiveWriter(location, analyzers)) {
      for (String docId : List.of(writtenFirst, writtenSecond)) {
        WrittenDocuments.add(
            writer, docId, "forum", "Provider job sites and cookies", "2017-03-01", QUOTED_REPLY);
      }
      writer.commit(Map.of());
    }
    try (LuceneArchiveSearcher searcher =
        new LuceneArchiveSearcher(location, analyzers, new ReferenceRecognizer())) {
      return searcher
          .search(SearchRequest.of("can a provider make me accept cookies", 10))
          .hits()
          .stream()
          .flatMap(
              hit ->
                  java.util.stream.Stream.concat(
                      java.util.stream.Stream.of(hit.passageId()),
                      hit.alsoIn().stream().map(copy -> "also " + copy.passageId())))
          .toList();
    }
  }
}
