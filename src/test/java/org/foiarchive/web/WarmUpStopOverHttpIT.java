package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import org.foiarchive.FoiArchiveApplication;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A server stopped while its warm-up asks its questions over HTTP says the warm-up stopped because
 * the server is stopping. It used to learn of the stop only after the web server had closed its
 * port, and logged the refused connection as the reason, which reads as a server nobody can reach.
 */
class WarmUpStopOverHttpIT {
  private static final Logger WARM_UP_LOG = (Logger) LoggerFactory.getLogger(WarmUpOnStart.class);
  private static final ListAppender<ILoggingEvent> EVENTS = new ListAppender<>();

  /**
   * Listens from inside the context: Spring Boot resets Logback's appenders as it sets up logging,
   * and the warm-up starts as the application becomes ready, before {@code run} returns.
   */
  @Configuration(proxyBeanMethods = false)
  static class ListenToTheWarmUp {
    @Bean
    ListAppender<ILoggingEvent> warmUpEvents() {
      EVENTS.start();
      WARM_UP_LOG.addAppender(EVENTS);
      return EVENTS;
    }

    @Bean
    WebServerStopProbe webServerStopProbe(WarmUpOnStart warmUp) {
      return new WebServerStopProbe(warmUp);
    }
  }

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
        new SpringApplication(FoiArchiveApplication.class, ListenToTheWarmUp.class);
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
    try {
      WarmUpOnStart warmUp = server.getBean(WarmUpOnStart.class);
      await()
          .atMost(Duration.ofMinutes(2))
          .untilAsserted(
              () ->
                  assertThat(EVENTS.list)
                      .anySatisfy(
                          e -> assertThat(e.getFormattedMessage()).endsWith("now over HTTP")));
      assertThat(warmUp.running()).as("the warm-up still asks over HTTP").isTrue();

      WebServerStopProbe probe = server.getBean(WebServerStopProbe.class);
      server.close();

      assertThat(probe.warmUpKnewAtWebServerStop)
          .as("the warm-up was told before the web server stopped")
          .isTrue();
      await()
          .atMost(Duration.ofMinutes(1))
          .untilAsserted(
              () ->
                  assertThat(EVENTS.list)
                      .anySatisfy(
                          e ->
                              assertThat(e.getFormattedMessage())
                                  .isEqualTo("Search warm-up stopped: the server is stopping")));
      assertThat(EVENTS.list)
          .noneMatch(e -> e.getFormattedMessage().contains("over HTTP stopped"))
          .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
    } finally {
      server.close();
      WARM_UP_LOG.detachAppender(EVENTS);
    }
  }
}
