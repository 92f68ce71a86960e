package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Provenance;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.ingest.CorpusImporter;
import org.foiarchive.ingest.IngestListener;
import org.foiarchive.ingest.IngestPipeline;
import org.foiarchive.testing.TestArchive;
import org.foiarchive.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server under steady search load while the archive is re-ingested several times beside it:
 * every request is answered without error, and each new index is served without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReindexUnderLoadIT {
  private static final Path DIR = tempDir();
  private static final Path CORPUS = DIR.resolve("corpus");
  private static final Path INDEX = DIR.resolve("index");
  private static final int CLIENTS = 4;
  private static final int REINGESTS = 3;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) throws IOException {
    copy(TestArchive.CORPUS, CORPUS);
    registry.add("foiarchive.corpus", CORPUS::toString);
    registry.add("foiarchive.index", INDEX::toString);
    registry.add("foiarchive.rate-limit.per-minute", () -> "0");
  }

  @Test
  void searchesUnderLoadAllSucceedWhileTheIndexIsRebuiltAndEachNewIndexIsServed() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<String> paths =
        List.of(
            "/api/search?q=consent",
            "/api/search?q=%22universal+jobmatch%22+cookies&topic=cookies",
            "/search?q=bogus+employers",
            "/doc/ico-reply-universal-jobmatch-privacy",
            "/api/search?q=JSA+sanction*",
            "/p/ico-reply-universal-jobmatch-privacy-p3",
            "/");
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong answered = new AtomicLong();
    ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int offset = c;
      clients.add(
          Thread.ofPlatform()
              .name("load-" + c)
              .start(
                  () -> {
                    for (int i = offset; running.get(); i++) {
                      String path = paths.get(i % paths.size());
                      try {
                        HttpResponse<String> r =
                            http.send(
                                HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + path))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                          errors.add(path + " answered " + r.statusCode());
                        } else if (path.startsWith("/api/")
                            && !JsonMapper.builder().build().readTree(r.body()).has("hits")) {
                          errors.add(path + " answered without hits: " + r.body());
                        }
                        answered.incrementAndGet();
                      } catch (IOException | RuntimeException e) {
                        errors.add(path + " failed: " + e);
                      } catch (InterruptedException e) {
                        return;
                      }
                    }
                  }));
    }
    try {
      IndexLocation location = new IndexLocation(INDEX);
      for (int round = 1; round <= REINGESTS; round++) {
        String word = "reindexround" + round;
        Path file = DIR.resolve("round-" + round + ".txt");
        Files.writeString(
            file,
            "Our Ref: FOI 90" + round + "\n\nThe " + word + " reply says a claimant may refuse.\n");
        new CorpusImporter()
            .importFile(
                CORPUS,
                file,
                new CorpusImporter.Metadata(
                    null,
                    new Provenance(
                        null,
                        SourceKind.FOI_RESPONSE,
                        "Department for Work and Pensions",
                        null,
                        "Round " + round,
                        PartialDate.parseOrNull("2020-01-0" + round),
                        List.of(),
                        List.of()),
                    null,
                    null));
        long before = answered.get();
        new IngestPipeline(new ArchiveAnalyzers())
            .run(Corpus.open(CORPUS), location, IngestListener.SILENT);
        assertThat(awaitServed(http, word)).as("round %d served without a restart", round).isTrue();
        assertThat(answered.get())
            .as("requests answered during round %d", round)
            .isGreaterThan(before);
      }
    } finally {
      running.set(false);
      for (Thread t : clients) {
        t.join(60_000);
      }
    }
    assertThat(errors).isEmpty();
    assertThat(answered.get()).isGreaterThan(50);
  }

  /**
   * Polls the API until the word indexed in the latest round is found (the searcher refreshes each
   * second).
   */
  private boolean awaitServed(HttpClient http, String word) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://localhost:" + port + "/api/search?q=" + word))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode json = JsonMapper.builder().build().readTree(r.body());
      if (json.get("total").asLong() > 0) {
        return true;
      }
      Thread.sleep(200);
    }
    return false;
  }

  private static Path tempDir() {
    return TestFolders.create("foiarchive-reindex-");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else if (!Files.exists(target)) {
          Files.copy(f, target);
        }
      }
    }
  }
}
