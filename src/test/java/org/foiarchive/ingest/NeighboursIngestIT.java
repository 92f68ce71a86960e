package org.foiarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Provenance;
import org.foiarchive.corpus.Snapshots;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.corpus.SourceManifest;
import org.foiarchive.extract.TikaTextExtractor;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.Ranking;
import org.foiarchive.search.RankingMechanism;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.CorpusFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reply whose answer leaves its subject to the question just before it still ranks on the
 * question's words, through the real pipeline (plain-text replies imported into a corpus, split
 * into passages, indexed on disk): after the index is built, after one reply is replaced in place
 * by an incremental ingest, after the segments are merged, and after an index of the format before
 * the neighbours' text was read from the passages beside is found and rebuilt.
 */
class NeighboursIngestIT {
  /** The question both replies answer, asked in one of them only. */
  private static final String QUESTION = "Is registering with Universal Jobmatch compulsory?";

  private static final String QUERY = "jobmatch compulsory register";

  @TempDir Path work;

  private Path corpus;
  private IndexLocation location;

  @BeforeEach
  void aReplyAndALetter() throws IOException {
    corpus = work.resolve("corpus");
    CorpusFiles.withShippedTopics(corpus);
    location = new IndexLocation(work.resolve("index"));
    // The question's words ("jobmatch compulsory") are in the passage after one answer only.
    add("reply", reply(LONGER, SHORTER));
    add("letter", "The weather was fine.\n\nThe office is open on weekdays.\n");
  }

  private static final String LONGER = "No, you do not have to register with it at all, honestly.";
  private static final String SHORTER = "No, you do not have to register.";

  /**
   * A greeting, {@code other}, a paragraph between, then {@code asked} with the question it answers
   * after it (as a reply may quote the request below its answer).
   */
  private static String reply(String asked, String other) {
    return "Thank you for your letter of 2 January.\n\n"
        + other
        + "\n\nThe office is open on weekdays.\n\n"
        + asked
        + "\n\n"
        + QUESTION
        + "\n";
  }

  @Test
  void anAnswerGainsItsQuestionsWordsBuiltUpdatedMergedAndRebuilt() throws Exception {
    ingest(IngestPipeline.Mode.UPDATE);
    assertThat(raisedByNeighbours()).containsExactly(LONGER);

    // The question moves to the other answer: the reply is replaced by an update in place.
    replaceSnapshot("reply", reply(SHORTER, LONGER));
    IngestReport updated = ingest(IngestPipeline.Mode.UPDATE);
    assertThat(updated.changes().reindexed()).isEqualTo(1);
    assertThat(raisedByNeighbours()).containsExactly(SHORTER);
    replaceSnapshot("reply", reply(LONGER, SHORTER));
    ingest(IngestPipeline.Mode.UPDATE);
    assertThat(raisedByNeighbours()).containsExactly(LONGER);

    try (FSDirectory directory = FSDirectory.open(location.current().orElseThrow());
        IndexWriter merger =
            new IndexWriter(
                directory,
                new IndexWriterConfig(new ArchiveAnalyzers().index())
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      merger.forceMerge(1);
      merger.commit();
    }
    assertThat(segments()).isEqualTo(1);
    assertThat(raisedByNeighbours()).containsExactly(LONGER);

    // An index written by the format before (its neighbours' text a field of its own) is rebuilt,
    // not updated: its passages have no word of where their neighbours are.
    recordFormat("foiarchive-index-18");
    IngestReport rebuilt = ingest(IngestPipeline.Mode.UPDATE);
    assertThat(rebuilt.changes().rebuildReason()).isEqualTo(IngestPipeline.PIPELINE_CHANGED);
    assertThat(raisedByNeighbours()).containsExactly(LONGER);
  }

  /**
   * The query's answers (the passages saying "register" that do not ask) that score higher with the
   * neighbours' words than without them; the others must score the same.
   */
  private List<String> raisedByNeighbours() throws IOException {
    Map<String, Float> with = answers(Ranking.DEFAULT);
    Map<String, Float> without =
        answers(Ranking.DEFAULT.without(List.of(RankingMechanism.NEIGHBOURS)));
    assertThat(with).containsOnlyKeys(LONGER, SHORTER);
    assertThat(without).containsOnlyKeys(LONGER, SHORTER);
    List<String> raised = new ArrayList<>();
    for (String answer : with.keySet()) {
      if (with.get(answer) > without.get(answer)) {
        raised.add(answer);
      }
    }
    return raised;
  }

  private Map<String, Float> answers(Ranking ranking) throws IOException {
    try (LuceneArchiveSearcher searcher =
        new LuceneArchiveSearcher(
            location, new ArchiveAnalyzers(), new ReferenceRecognizer(), ranking, 10_000)) {
      Map<String, Float> scores = new HashMap<>();
      for (SearchHit hit : searcher.search(SearchRequest.of(QUERY, 10)).hits()) {
        if (hit.text().contains("register") && !hit.text().endsWith("?")) {
          scores.put(hit.text(), hit.score());
        }
      }
      return scores;
    }
  }

  private int segments() throws IOException {
    try (FSDirectory dir = FSDirectory.open(location.current().orElseThrow());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.leaves().size();
    }
  }

  /** The serving index's record of what built it, with {@code format} for today's format. */
  private void recordFormat(String format) throws IOException {
    try (FSDirectory directory = FSDirectory.open(location.current().orElseThrow());
        IndexWriter writer =
            new IndexWriter(
                directory,
                new IndexWriterConfig(new ArchiveAnalyzers().index())
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      Map<String, String> data = new HashMap<>();
      writer.getLiveCommitData().forEach(entry -> data.put(entry.getKey(), entry.getValue()));
      data.put(
          IndexLocation.PIPELINE,
          data.get(IndexLocation.PIPELINE).replace(ArchiveFields.FORMAT, format));
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
  }

  private IngestReport ingest(IngestPipeline.Mode mode) throws IOException {
    return new IngestPipeline(new ArchiveAnalyzers(), new TikaTextExtractor(), 1)
        .run(Corpus.open(corpus), location, IngestListener.SILENT, mode);
  }

  private void add(String id, String text) throws IOException {
    Path file = work.resolve(id + ".txt");
    Files.writeString(file, text);
    CorpusImporter.Result result =
        new CorpusImporter()
            .importFile(
                corpus,
                file,
                new CorpusImporter.Metadata(
                    id,
                    new Provenance(
                        null,
                        SourceKind.FOI_RESPONSE,
                        "Department for Work and Pensions",
                        null,
                        "Reply " + id,
                        PartialDate.parse("2014-01-10"),
                        null,
                        null),
                    null,
                    null));
    assertThat(result.added()).isTrue();
  }

  /** As a fetch of changed bytes does: the new snapshot stored, the entry pointed at it. */
  private void replaceSnapshot(String id, String text) throws IOException {
    SourceManifest manifest = SourceManifest.load(corpus);
    Source old = manifest.find(id).orElseThrow();
    Snapshots.Stored stored =
        Corpus.open(corpus)
            .snapshots()
            .store(
                new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "text/plain");
    manifest
        .put(
            old.withSnapshot(
                stored.snapshot(),
                stored.sha256(),
                "text/plain",
                Instant.parse("2026-11-30T12:00:00Z")))
        .save(corpus);
  }
}
