package org.foiarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final StringWriter written = new StringWriter();
  private final AtomicLong nanos = new AtomicLong();

  private Progress progress(boolean terminal) {
    return new Progress(new PrintWriter(written), terminal, "sources", nanos::get);
  }

  @Test
  void onATerminalOneBarIsRedrawnInPlaceWithCountsAndTimeLeft() {
    Progress bar = progress(true);
    bar.addToTotal(4);
    nanos.addAndGet(Duration.ofSeconds(10).toNanos());
    bar.done("a");
    nanos.addAndGet(Duration.ofSeconds(10).toNanos());
    bar.done("b");
    String out = written.toString();
    assertThat(out).doesNotContain("\n");
    String last = out.substring(out.lastIndexOf('\r'));
    // Two of four done in 20 s: about 20 s left.
    assertThat(last).contains("[############------------] 2/4 sources  50%, about 20 s left");
  }

  @Test
  void messagesGoAboveTheBarAndFinishClearsIt() {
    Progress bar = progress(true);
    bar.addToTotal(2);
    bar.message("  FAILED  x: HTTP 404");
    bar.finish();
    String out = written.toString();
    assertThat(out).contains("\r\u001b[K  FAILED  x: HTTP 404\n");
    assertThat(out).endsWith("\r\u001b[K");
  }

  @Test
  void withoutATerminalEachItemIsAPlainLineWithCounts() {
    Progress lines = progress(false);
    lines.addToTotal(3);
    nanos.addAndGet(Duration.ofMinutes(3).toNanos());
    lines.done("first");
    lines.done("second");
    assertThat(written.toString())
        .isEqualTo("  [1/3] first\n  [2/3] second, about 2 min left\n")
        .doesNotContain("\r");
  }
}
