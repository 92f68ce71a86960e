package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The warm-up gives way to readers: it asks its next question only once no reader searches. */
class ReadersSearchingTest {
  private static long inMinutes(int minutes) {
    return System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
  }

  @Test
  void withNoReaderTheWarmUpGoesOnAtOnce() throws Exception {
    assertThat(new ReadersSearching().awaitNone(inMinutes(1))).isTrue();
  }

  @Test
  void theWarmUpWaitsForTheLastReaderToFinish() {
    ReadersSearching readers = new ReadersSearching();
    readers.enter();
    readers.enter();
    CompletableFuture<Boolean> warmUp =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return readers.awaitNone(inMinutes(5));
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });

    readers.leave();
    assertThat(warmUp).isNotDone(); // one reader still searches
    readers.leave();

    await().atMost(Duration.ofMinutes(1)).until(warmUp::isDone);
    assertThat(warmUp.join()).isTrue();
  }

  @Test
  void aReaderWhoDoesNotFinishEndsTheWarmUpAtItsTimeLimit() throws Exception {
    ReadersSearching readers = new ReadersSearching();
    readers.enter();

    assertThat(readers.awaitNone(System.nanoTime())).isFalse();
  }

  @Test
  void afterAReadersSearchTheWarmUpWaitsForReadersToBeQuiet() throws Exception {
    ReadersSearching readers = new ReadersSearching();
    readers.enter();
    readers.leave();

    long inAMoment = System.nanoTime() + Duration.ofMillis(50).toNanos();
    assertThat(readers.awaitQuiet(inAMoment, Duration.ofMinutes(5).toNanos())).isFalse();
    assertThat(readers.awaitQuiet(inMinutes(1), Duration.ofMillis(20).toNanos())).isTrue();
    assertThat(readers.awaitNone(inMinutes(1))).isTrue();
  }

  @Test
  void beforeAnyReaderTheWarmUpGoesOnAtOnce() throws Exception {
    assertThat(
            new ReadersSearching().awaitQuiet(System.nanoTime(), Duration.ofMinutes(5).toNanos()))
        .isTrue();
  }
}
