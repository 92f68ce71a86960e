package org.foiarchive.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of long work (fetch, ingest, import) on the command line. On a terminal, one bar redrawn
 * in place with the counts, the share done and the time left, with messages printed above it;
 * otherwise plain lines, one per finished item, so a log or a cron mail reads top to bottom.
 * Written by hand: a carriage return and a count are all it needs, where progress-bar libraries
 * bring a terminal library. Thread-safe: ingest reports from several threads.
 */
final class Progress {
  /** Width of the bar itself, in characters. */
  static final int BAR_WIDTH = 24;

  /**
   * Items done before the time left is estimated: the first few include start-up costs and mislead.
   */
  static final int ITEMS_BEFORE_ESTIMATE = 2;

  /**
   * Least time between two redraws of the bar, so thousands of small items do not flood the
   * terminal.
   */
  static final Duration REDRAW_INTERVAL = Duration.ofMillis(200);

  private final PrintWriter out;
  private final boolean terminal;
  private final String unit;
  private final LongSupplier nanoClock;
  private final long started;
  private long total;
  private long done;
  private long lastDrawn = Long.MIN_VALUE;
  private boolean barShown;

  Progress(PrintWriter out, boolean terminal, String unit, LongSupplier nanoClock) {
    this.out = out;
    this.terminal = terminal;
    this.unit = unit;
    this.nanoClock = nanoClock;
    this.started = nanoClock.getAsLong();
  }

  /** A progress display on standard output: a bar when it is a terminal, plain lines otherwise. */
  static Progress onStandardOutput(PrintWriter out, String unit) {
    return new Progress(out, isTerminal(), unit, System::nanoTime);
  }

  /**
   * Whether standard output is a terminal. From JDK 22 {@code System.console()} exists even when
   * output is redirected and {@code Console.isTerminal()} tells; the code is built for 21, so that
   * method is looked up.
   */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a console is only there on a terminal
    }
  }

  synchronized void addToTotal(long items) {
    total += items;
    redraw(true);
  }

  /** One item finished; on plain output, a line naming it with the counts and the time left. */
  synchronized void done(String item) {
    done++;
    if (terminal) {
      redraw(done == total);
    } else {
      out.println(
          String.format(
              Locale.ROOT, "  [%d/%d] %s%s", done, Math.max(total, done), item, timeLeftSuffix()));
      out.flush();
    }
  }

  /** A message kept in the output (a failure, a request): above the bar on a terminal. */
  synchronized void message(String line) {
    if (terminal && barShown) {
      out.print("\r\u001b[K");
    }
    out.println(line);
    if (terminal && barShown) {
      drawBar();
    }
    out.flush();
  }

  /** Clears the bar before the summary is printed. */
  synchronized void finish() {
    if (terminal && barShown) {
      out.print("\r\u001b[K");
      out.flush();
      barShown = false;
    }
  }

  private void redraw(boolean force) {
    if (!terminal || total == 0) {
      return;
    }
    long now = nanoClock.getAsLong();
    if (force || lastDrawn == Long.MIN_VALUE || now - lastDrawn >= REDRAW_INTERVAL.toNanos()) {
      drawBar();
      out.flush();
      lastDrawn = now;
    }
  }

  private void drawBar() {
    long shownTotal = Math.max(total, done);
    int filled = shownTotal == 0 ? 0 : (int) (BAR_WIDTH * done / shownTotal);
    String bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
    out.print(
        String.format(
            Locale.ROOT,
            "\r\u001b[K[%s] %d/%d %s %3d%%%s",
            bar,
            done,
            shownTotal,
            unit,
            shownTotal == 0 ? 0 : 100 * done / shownTotal,
            timeLeftSuffix()));
    barShown = true;
  }

  private String timeLeftSuffix() {
    if (done < ITEMS_BEFORE_ESTIMATE || done >= total) {
      return "";
    }
    long elapsed = nanoClock.getAsLong() - started;
    Duration left = Duration.ofNanos(elapsed / done * (total - done));
    return ", about " + human(left) + " left";
  }

  static String human(Duration d) {
    long s = Math.max(1, d.toSeconds());
    if (s < 90) {
      return s + " s";
    }
    if (s < 90 * 60) {
      return Math.round(s / 60.0) + " min";
    }
    return String.format(Locale.ROOT, "%.1f h", s / 3600.0);
  }
}
