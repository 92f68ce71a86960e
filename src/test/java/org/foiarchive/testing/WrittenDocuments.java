package org.foiarchive.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.index.LuceneArchiveWriter;
import org.foiarchive.passage.Location;
import org.foiarchive.passage.Passage;
import org.foiarchive.passage.Speaker;
import org.foiarchive.passage.Voice;

/**
 * Documents written straight into a real index, passage by passage, for ranking tests that need
 * exactly these words and voices and nothing extraction or splitting would add.
 */
public final class WrittenDocuments {
  private WrittenDocuments() {}

  /** One passage's words and who says them. */
  public record Text(String text, Voice voice) {}

  /** A plain-text document {@code docId} of one kind, titled {@code title}, of those passages. */
  public static void add(
      LuceneArchiveWriter writer,
      String docId,
      String kind,
      String title,
      String date,
      List<Text> texts)
      throws IOException {
    Source source =
        Source.of(
                docId, "https://example.org/" + docId, SourceKind.fromId(kind).orElse(null), title)
            .withMetadata(
                null, null, PartialDate.parseOrNull(date), List.of(), List.of(), null, null);
    List<Passage> passages = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      passages.add(
          new Passage(
              Passage.idOf(docId, i + 1),
              docId,
              i + 1,
              texts.get(i).text(),
              new Location(null, null, null, null, ""),
              new Speaker(texts.get(i).voice(), null, source.provenance().date(), null),
              List.of(),
              List.of(),
              false));
    }
    writer.add(
        new IndexedDocument(
            source, title, "text/plain", null, passages.size(), List.of(), List.of()),
        passages);
  }

  /**
   * A forum thread {@code docId} ("Thread {docId}", 2016) whose passages are all commentary: the
   * plainest voice, for tests about words rather than who says them.
   */
  public static void addForumThread(LuceneArchiveWriter writer, String docId, String... texts)
      throws IOException {
    addCommentary(writer, docId, "forum", "Thread " + docId, "2016-01-01", texts);
  }

  /**
   * A commentary page {@code docId} ("Page {docId}", 2019) whose passages are all commentary, for
   * tests whose passages stand as a page's rather than a forum's.
   */
  public static void addCommentaryPage(LuceneArchiveWriter writer, String docId, String... texts)
      throws IOException {
    addCommentary(writer, docId, "commentary", "Page " + docId, "2019-01-01", texts);
  }

  private static void addCommentary(
      LuceneArchiveWriter writer,
      String docId,
      String kind,
      String title,
      String date,
      String... texts)
      throws IOException {
    add(
        writer,
        docId,
        kind,
        title,
        date,
        Arrays.stream(texts).map(text -> new Text(text, Voice.COMMENTARY)).toList());
  }
}
