package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.time.Duration;
import org.foiarchive.FoiArchiveApplication;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * A server stopped while its warm-up asks its questions over HTTP says the warm-up stopped because
 * the server is stopping. It used to learn of the stop only after the web server had closed its
 * port, and logged the refused connection as the reason, which reads as a server nobody can reach.
 */
class WarmUpStopOverHttpIT {
  /**
   * Stopped as the application closes, in the last phase to start and so the first to stop, before
   * the web server's own: notes whether the warm-up already knew. Whether its next request then
   * meets a closed port is a race; what decides the log line is this order.
   */
  static final class WebServerStopProbe implements SmartLifecycle {
    private final WarmUpOnStart warmUp;
    private volatile boolean running;
    private volatile Boolean warmUpKnewAtWebServerStop;

    WebServerStopProbe(WarmUpOnStart warmUp) {
      this.warmUp = warmUp;
    }

    @Override
    public void start() {
      running = true;
    }

    @Override
    public void stop() {
      warmUpKnewAtWebServerStop = warmUp.knowsTheServerIsStopping();
      running = false;
    }

    @Override
    public boolean isRunning() {
      return running;
    }

    @Override
    public int getPhase() {
      return Integer.MAX_VALUE;
    }
  }

  @Test
  void aServerStoppedDuringTheRequestsOverHttpSaysItIsStopping() {
    SpringApplication application =
        new SpringApplication(
            FoiArchiveApplication.class, WarmUpEvents.class, WebServerStopProbe.class);
    ConfigurableApplicationContext server =
        application.run(
            "--server.port=0",
            "--foiarchive.corpus=" + TestArchive.CORPUS,
            "--foiarchive.index=" + TestArchive.index(),
            "--logging.level.org.foiarchive.web.WarmUpOnStart=debug",
            // One search in process, then more requests than the test will wait for.
            "--foiarchive.warm-up.searches=1",
            "--foiarchive.warm-up.requests=1000000",
            "--foiarchive.warm-up.time-limit=10m",
            "--foiarchive.warm-up.reader-quiet=0ms");
    WarmUpEvents events = server.getBean(WarmUpEvents.class);
    try {
      WarmUpOnStart warmUp = server.getBean(WarmUpOnStart.class);
      events.awaitLine(Duration.ofMinutes(2), line -> assertThat(line).endsWith("now over HTTP"));
      assertThat(warmUp.running()).as("the warm-up still asks over HTTP").isTrue();

      WebServerStopProbe probe = server.getBean(WebServerStopProbe.class);
      server.close();

      assertThat(probe.warmUpKnewAtWebServerStop)
          .as("the warm-up was told before the web server stopped")
          .isTrue();
      events.awaitLine(
          Duration.ofMinutes(1),
          line -> assertThat(line).isEqualTo("Search warm-up stopped: the server is stopping"));
      assertThat(events.list())
          .noneMatch(e -> e.getFormattedMessage().contains("over HTTP stopped"))
          .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
    } finally {
      server.close();
      events.stopListening();
    }
  }
}
