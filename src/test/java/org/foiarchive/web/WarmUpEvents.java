package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowingConsumer;
import org.slf4j.LoggerFactory;

/**
 * The warm-up's log lines, heard from inside a test's application context: imported as a bean, it
 * starts listening after Spring Boot has set up logging (which removes appenders added before, so a
 * test run alone heard nothing) and before the application is ready, when the warm-up starts. It
 * listens until the test says so, not until the context closes: a warm-up cut short by the closing
 * says so after.
 */
final class WarmUpEvents {
  private static final Logger WARM_UP_LOG = (Logger) LoggerFactory.getLogger(WarmUpOnStart.class);

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  WarmUpEvents() {
    appender.start();
    WARM_UP_LOG.addAppender(appender);
  }

  /** Every line heard so far, oldest first. */
  List<ILoggingEvent> list() {
    // Logback appends under the appender's lock, from the warm-up's thread.
    synchronized (appender) {
      return List.copyOf(appender.list);
    }
  }

  /** Waits up to {@code atMost} for a line whose message meets the requirement. */
  void awaitLine(Duration atMost, ThrowingConsumer<String> requirement) {
    await()
        .atMost(atMost)
        .untilAsserted(
            () -> assertThat(list()).anySatisfy(e -> requirement.accept(e.getFormattedMessage())));
  }

  void stopListening() {
    WARM_UP_LOG.detachAppender(appender);
    appender.stop();
  }
}
