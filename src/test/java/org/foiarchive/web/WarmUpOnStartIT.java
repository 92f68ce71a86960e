package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.foiarchive.testing.ArchiveServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The search warms up once the application is ready, not beside Spring's own start, whose cores it
 * would take on a busy machine: when the context has been refreshed (the web server started,
 * handlers mapped) no warm-up runs yet, and once the application is ready one is searching. The
 * warm-up is made long enough that it is still running then.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // closing the context stops the long warm-up with it
class WarmUpOnStartIT {
  private static final AtomicBoolean WARMING_WHEN_REFRESHED = new AtomicBoolean(true);

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) {
    ArchiveServer.properties(registry);
    registry.add("foiarchive.warm-up.searches", () -> "1000000");
    registry.add("foiarchive.warm-up.time-limit", () -> "2m");
  }

  @TestConfiguration
  static class WatchTheWarmUp {
    @Bean
    Object warmUpWatcher() {
      return new Object() {
        @EventListener(ContextRefreshedEvent.class)
        void refreshed(ContextRefreshedEvent event) {
          WARMING_WHEN_REFRESHED.set(
              event.getApplicationContext().getBean(WarmUpOnStart.class).running());
        }
      };
    }
  }

  @Autowired private WarmUpOnStart warmUp;

  @Test
  void theWarmUpStartsOnceTheApplicationIsReady() {
    assertThat(WARMING_WHEN_REFRESHED).as("this server warming up when refreshed").isFalse();
    await().atMost(Duration.ofMinutes(1)).until(warmUp::running);
  }
}
