package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.index.LuceneArchiveWriter;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.WrittenDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same archive gives the same pages however it was indexed. An ingest indexes documents on
 * several threads, so where each document's records sit in the index depends on how the threads
 * met, and an update in place puts a new document after all the others. Here the same documents are
 * written into real indexes on disk in three orders, the last with one document added by an update
 * in place, and the first two pages of searches whose scores tie (no words, a filter alone, a quote
 * repeated in many threads, one word in sentences of the same length) must be the same passages in
 * the same order, each naming the same copies. More documents tie than the reranker looks at, so
 * which of them reach the page is decided by the order of ties. The passages are ours.
 */
class StableOrderIT {
  /** More than the reranker's depth for a page of 10, so the cut at that depth falls among ties. */
  private static final int THREADS = 64;

  private static final String UNRELATED = "allotment-minutes";

  @TempDir Path dir;

  @Test
  void pagesOfTiedPassagesAreTheSameWhateverOrderTheArchiveWasIndexedIn() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= THREADS; i++) {
      ids.add(String.format("thread-%02d", i));
    }
    List<String> pages = pages(rebuilt(dir.resolve("first"), shuffled(ids, 1)));
    List<String> again = pages(rebuilt(dir.resolve("again"), shuffled(ids, 2)));
    List<String> updated = pages(updatedInPlace(dir.resolve("updated"), shuffled(ids, 3)));

    assertThat(again).isEqualTo(pages);
    assertThat(updated).isEqualTo(pages);
    // The quote repeated in every thread is one place, standing for copies in other threads.
    assertThat(pages).anyMatch(line -> line.startsWith("quote 1: thread-01-p2 also thread-02-p2"));
  }

  private static List<String> shuffled(List<String> ids, long seed) {
    List<String> order = new ArrayList<>(ids);
    order.add(UNRELATED);
    Collections.shuffle(order, new Random(seed));
    return order;
  }

  /** An index of the documents written in this order. */
  private static IndexLocation rebuilt(Path folder, List<String> order) throws Exception {
    IndexLocation location = new IndexLocation(folder);
    try (LuceneArchiveWriter writer = new LuceneArchiveWriter(location, new ArchiveAnalyzers())) {
      for (String id : order) {
        write(writer, id);
      }
      writer.commit(Map.of());
    }
    return location;
  }

  /**
   * An index of the documents but the unrelated one, written in this order, then that one added by
   * an update in place.
   */
  private static IndexLocation updatedInPlace(Path folder, List<String> order) throws Exception {
    IndexLocation location =
        rebuilt(folder, order.stream().filter(id -> !id.equals(UNRELATED)).toList());
    try (LuceneArchiveWriter writer =
        LuceneArchiveWriter.updating(
            location, new ArchiveAnalyzers(), location.current().orElseThrow())) {
      write(writer, UNRELATED);
      writer.commit(Map.of());
    }
    return location;
  }

  private static void write(LuceneArchiveWriter writer, String id) throws Exception {
    if (id.equals(UNRELATED)) {
      WrittenDocuments.addCommentaryPage(
          writer,
          id,
          "The committee agreed to trim the hedge along the north boundary in March.",
          "Plot fourteen goes to the next person on the waiting list.");
      return;
    }
    int n = Integer.parseInt(id.substring(id.indexOf('-') + 1));
    // Half forum threads, half commentary pages: a filter alone ties within each.
    String[] texts = {
      "Has anyone had a letter from the provider about their account " + n + " yet?",
      "A provider cannot require you to accept cookies before you look for work.",
      "My sanction was lifted after appeal number " + n + " went in."
    };
    if (n % 2 == 0) {
      WrittenDocuments.addForumThread(writer, id, texts);
    } else {
      WrittenDocuments.addCommentaryPage(writer, id, texts);
    }
  }

  /**
   * For each search, its first two pages of 10: each hit's passage id and the copies it names
   * ("also …"), one line a hit.
   */
  private static List<String> pages(IndexLocation location) throws Exception {
    List<SearchRequest> searches =
        List.of(
            SearchRequest.builder("").build(),
            SearchRequest.builder("").kinds(List.of("forum")).build(),
            SearchRequest.builder("provider cookies look for work").build(),
            SearchRequest.builder("sanction lifted").build());
    List<String> names = List.of("everything", "forum", "quote", "sanction");
    List<String> lines = new ArrayList<>();
    try (LuceneArchiveSearcher searcher =
        new LuceneArchiveSearcher(location, new ArchiveAnalyzers(), new ReferenceRecognizer())) {
      for (int s = 0; s < searches.size(); s++) {
        for (int page = 0; page < 2; page++) {
          SearchRequest request = searches.get(s).toBuilder().offset(10 * page).limit(10).build();
          List<SearchHit> hits = searcher.search(request).hits();
          assertThat(hits).as(names.get(s) + " page " + (page + 1)).hasSize(10);
          for (SearchHit hit : hits) {
            lines.add(
                names.get(s)
                    + " "
                    + (page + 1)
                    + ": "
                    + String.join(
                        " also ",
                        Stream.concat(
                                Stream.of(hit.passageId()),
                                hit.alsoIn().stream().map(SearchHit.Copy::passageId))
                            .toList()));
          }
        }
      }
    }
    return lines;
  }
}
