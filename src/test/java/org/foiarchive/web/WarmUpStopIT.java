package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A server stopped while its warm-up still searches (stopping soon after the server started cuts it
 * short) says so in one quiet line, not a warning of a closed index a reader would take for a
 * fault.
 */
class WarmUpStopIT {
  @Test
  void aWarmUpCutShortByTheServerStoppingIsNoWarning() throws Exception {
    Logger log = (Logger) LoggerFactory.getLogger(WarmUpOnStart.class);
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    log.addAppender(events);
    try {
      LuceneArchiveSearcher searcher =
          new LuceneArchiveSearcher(
              new IndexLocation(TestArchive.index()),
              new ArchiveAnalyzers(),
              new ReferenceRecognizer());
      // Enough searches to outlast the test on the seed index (about a millisecond each), few
      // enough that their questions, drawn up before the first search, take a moment: ten million
      // took more than a minute to draw up on a busy machine, and the close then came too late.
      WarmUpOnStart warmUp =
          new WarmUpOnStart(
              searcher, 200_000, 0, Duration.ofMinutes(5), Duration.ZERO, false, null);
      warmUp.startWarmUp();
      await().atMost(Duration.ofMinutes(1)).until(warmUp::running);

      // As Spring stops the application: the warm-up first, then the searcher it depends on.
      warmUp.serverStopping();
      searcher.close();

      await()
          .atMost(Duration.ofMinutes(1))
          .untilAsserted(
              () ->
                  assertThat(events.list)
                      .anySatisfy(
                          e ->
                              assertThat(e.getFormattedMessage())
                                  .isEqualTo("Search warm-up stopped: the server is stopping")));
      assertThat(events.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
    } finally {
      log.detachAppender(events);
    }
  }
}
