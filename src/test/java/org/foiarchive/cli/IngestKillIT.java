package org.foiarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.foiarchive.bench.CorpusGenerator;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.extract.JavaCommand;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.ingest.IngestListener;
import org.foiarchive.ingest.IngestPipeline;
import org.foiarchive.ingest.IngestReport;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code foiarchive ingest} in its own JVM, killed with SIGKILL while it writes: the index
 * it was replacing keeps serving, the half-written generation is cleared away by the next ingest,
 * and that next ingest completes.
 */
class IngestKillIT {
  @TempDir Path dir;

  @Test
  void anIngestKilledMidwayLeavesThePreviousIndexServingAndTheNextRunCompletes() throws Exception {
    Path index = dir.resolve("index");
    IndexLocation location = new IndexLocation(index);
    new IngestPipeline(new ArchiveAnalyzers())
        .run(Corpus.open(TestArchive.CORPUS), location, IngestListener.SILENT);
    Path serving = location.current().orElseThrow();

    Path big = dir.resolve("big-corpus");
    CorpusGenerator.learningFrom(Corpus.open(TestArchive.CORPUS), 7)
        .generate(big, 15_000, TestArchive.CORPUS.resolve(Corpus.TOPICS_FILE));
    Process ingest =
        new ProcessBuilder(
                JavaCommand.of(
                    "org.foiarchive.FoiArchiveApplication",
                    List.of("-Xmx512m"),
                    List.of("ingest", "--corpus", big.toString(), "--index", index.toString())))
            .redirectErrorStream(true)
            .start();
    // Kill it once it has indexed a good part of the corpus: segments are being written, nothing
    // switched.
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(ingest.getInputStream(), StandardCharsets.UTF_8))) {
      int indexed = 0;
      for (String line = out.readLine(); line != null && indexed < 40; line = out.readLine()) {
        if (line.contains("indexed")) {
          indexed++;
        }
      }
      assertThat(indexed).as("progress lines before the kill").isEqualTo(40);
      ingest.destroyForcibly();
      assertThat(ingest.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(ingest.exitValue()).as("killed by SIGKILL").isEqualTo(137);

    assertThat(location.current()).contains(serving);
    assertThat(generations(index)).hasSize(2).contains(serving);
    try (LuceneArchiveSearcher searcher = searcher(location)) {
      assertThat(searcher.search(SearchRequest.of("bogus employers", 5)).hits()).isNotEmpty();
      assertThat(searcher.stats().documents())
          .isEqualTo(Corpus.open(TestArchive.CORPUS).manifest().sources().size());
    }

    IngestReport next =
        new IngestPipeline(new ArchiveAnalyzers())
            .run(Corpus.open(big), location, IngestListener.SILENT);
    assertThat(next.failures()).isEmpty();
    // Every generated document is indexed (how many passages they make is the splitter's business).
    assertThat(next.documents()).isEqualTo(Corpus.open(big).manifest().sources().size());
    assertThat(next.passages()).isGreaterThan(10_000);
    assertThat(location.current()).isPresent().get().isNotEqualTo(serving);
    assertThat(generations(index)).containsExactly(location.current().orElseThrow());
    try (LuceneArchiveSearcher searcher = searcher(location)) {
      assertThat(searcher.stats().passages()).isEqualTo(next.passages());
    }
  }

  private static LuceneArchiveSearcher searcher(IndexLocation location) throws Exception {
    return new LuceneArchiveSearcher(location, new ArchiveAnalyzers(), new ReferenceRecognizer());
  }

  private static List<Path> generations(Path index) throws Exception {
    try (Stream<Path> list = Files.list(index)) {
      return list.filter(p -> p.getFileName().toString().startsWith("gen-")).sorted().toList();
    }
  }
}
