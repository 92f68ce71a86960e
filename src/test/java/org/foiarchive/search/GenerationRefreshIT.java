package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A newer generation that cannot be opened is not swallowed: the searcher says so in its log, at
 * WARN, and keeps answering from the generation it has.
 */
class GenerationRefreshIT {
  @TempDir Path root;

  @Test
  void aBrokenNewGenerationIsLoggedAndTheServingOneKeepsAnswering() throws Exception {
    IndexLocation location = new IndexLocation(root);
    Path good = location.newGeneration();
    try (Stream<Path> files =
        Files.list(new IndexLocation(TestArchive.index()).current().orElseThrow())) {
      for (Path file : files.toList()) {
        Files.copy(file, good.resolve(file.getFileName()));
      }
    }
    location.switchTo(good);
    Logger log = (Logger) LoggerFactory.getLogger(LuceneArchiveSearcher.class);
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    log.addAppender(events);
    try (LuceneArchiveSearcher searcher =
        new LuceneArchiveSearcher(location, new ArchiveAnalyzers(), new ReferenceRecognizer())) {
      long before = searcher.search(SearchRequest.of("cookies", 10)).total();
      assertThat(before).isPositive();

      // An ingest that "completed" an empty folder: there is no index in it to open.
      location.switchTo(location.newGeneration());

      await()
          .atMost(Duration.ofMinutes(1))
          .pollInterval(Duration.ofMillis(200))
          .untilAsserted(
              () -> {
                assertThat(searcher.search(SearchRequest.of("cookies", 10)).total())
                    .isEqualTo(before);
                assertThat(events.list)
                    .anySatisfy(
                        event -> {
                          assertThat(event.getLevel()).isEqualTo(Level.WARN);
                          assertThat(event.getFormattedMessage())
                              .contains("Could not open the newer index generation");
                        });
              });
    } finally {
      log.detachAppender(events);
    }
  }
}
