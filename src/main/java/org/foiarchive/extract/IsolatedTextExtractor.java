package org.foiarchive.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Reads files within {@link ExtractionLimits}, so that no file can stop an ingest. Plain text is
 * decoded here (there is nothing in it to go wrong); every other format is parsed by Tika in a
 * worker process ({@link ExtractionWorker}) with its own heap limit, watched by a timer: a parse
 * that runs too long is killed, one that exhausts memory kills only its worker, and the file is
 * reported as failed with the reason while the next file goes to a fresh worker. Tika's own
 * defences stay on inside the worker (zip-bomb detection, nesting limits, a cap on extracted
 * characters).
 *
 * <p>Why processes rather than threads: a Java thread cannot be stopped, so a parser stuck in a
 * loop would keep its CPU and memory for the rest of the ingest, and an OutOfMemoryError in one
 * parse can leave the whole JVM unusable. Workers are started on first need and reused; {@link
 * #close} stops them (a later call starts new ones). Thread-safe.
 */
public final class IsolatedTextExtractor implements TextExtractor, AutoCloseable {
  /** Exit status of a JVM started with -XX:+ExitOnOutOfMemoryError when it runs out of memory. */
  private static final int OUT_OF_MEMORY_EXIT = 3;

  private static final long STARTUP_SECONDS = 120;

  /**
   * The most text a worker may hand back for one file: about a 1,000-page report. What a worker
   * returns is held whole in the ingest's own heap and split into passages there, so this, not the
   * worker's heap, is what bounds the ingest's memory for one file; a zip bomb's text beyond it is
   * cut off in the worker.
   */
  public static final int MAX_CHARS_PER_FILE = 2_000_000;

  private final ExtractionLimits limits;
  private final int maxChars;
  private final int maxOcrPages;
  private final LinkedBlockingDeque<Worker> idle = new LinkedBlockingDeque<>();
  private final Semaphore slots;
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "extraction-watchdog");
            t.setDaemon(true);
            return t;
          });

  public IsolatedTextExtractor(ExtractionLimits limits) {
    this(limits, MAX_CHARS_PER_FILE);
  }

  public IsolatedTextExtractor(ExtractionLimits limits, int maxChars) {
    this(limits, maxChars, TikaTextExtractor.MAX_OCR_PAGES_PER_FILE);
  }

  /**
   * @param maxOcrPages how many pages of a scan are read by OCR, at most: one for a reader that
   *     wants only a letter's first page
   */
  IsolatedTextExtractor(ExtractionLimits limits, int maxChars, int maxOcrPages) {
    this.limits = limits;
    this.maxChars = maxChars;
    this.maxOcrPages = maxOcrPages;
    this.slots = new Semaphore(limits.workers(), true);
  }

  public ExtractionLimits limits() {
    return limits;
  }

  @Override
  public ExtractedText extract(byte[] bytes, String contentTypeHint, String fileName)
      throws ExtractionException {
    if (bytes.length > limits.maxFileBytes()) {
      throw new ExtractionException(limits.tooLarge(bytes.length));
    }
    if (bytes.length == 0) {
      throw new ExtractionException("the file is empty");
    }
    if (PlainText.handles(bytes, contentTypeHint, fileName)) {
      return PlainText.extract(bytes, contentTypeHint);
    }
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExtractionException("the ingest was interrupted", e);
    }
    try {
      return inWorker(
          new WorkerProtocol.Request(
              bytes, MarkupCharset.hint(bytes, contentTypeHint, fileName), fileName));
    } finally {
      slots.release();
    }
  }

  private ExtractedText inWorker(WorkerProtocol.Request request) throws ExtractionException {
    Worker worker = idle.pollFirst();
    if (worker == null || !worker.process.isAlive()) {
      if (worker != null) {
        worker.kill();
      }
      worker = Worker.start(limits, maxChars, maxOcrPages);
    }
    boolean reusable = false;
    ScheduledFuture<?> timer =
        watchdog.schedule(worker::timeOut, limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    try {
      WorkerProtocol.writeRequest(worker.out, request);
      ExtractedText text = WorkerProtocol.readReply(worker.in, maxChars);
      reusable = true;
      return text;
    } catch (ExtractionException e) {
      reusable = true;
      throw e;
    } catch (WorkerProtocol.ReplyTooLarge e) {
      throw new ExtractionException(e.getMessage(), e);
    } catch (IOException e) {
      throw worker.failure();
    } finally {
      timer.cancel(false);
      if (reusable && !worker.timedOut) {
        idle.offerFirst(worker);
      } else {
        worker.kill();
      }
    }
  }

  /** Stops the workers; the extractor can still be used, and starts new ones when it needs them. */
  @Override
  public void close() {
    for (Worker w = idle.pollFirst(); w != null; w = idle.pollFirst()) {
      w.kill();
    }
  }

  /** One worker process and its pipes. */
  private static final class Worker {
    final Process process;
    final DataOutputStream out;
    final DataInputStream in;
    final ExtractionLimits limits;
    volatile boolean timedOut;

    private Worker(Process process, ExtractionLimits limits) {
      this.process = process;
      this.limits = limits;
      this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
      this.in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
    }

    static Worker start(ExtractionLimits limits, int maxChars, int maxOcrPages)
        throws ExtractionException {
      // The JVM's own messages ("Terminating due to java.lang.OutOfMemoryError") go to stderr:
      // stdout is the reply channel, and a message there once read as a reply announcing gigabytes
      // of text.
      List<String> jvm =
          new ArrayList<>(
              List.of(
                  "-Xmx" + limits.workerHeap(),
                  "-XX:+ExitOnOutOfMemoryError",
                  "-XX:+DisplayVMOutputToStderr",
                  "-Xss8m",
                  "-Djava.awt.headless=true",
                  "--enable-native-access=ALL-UNNAMED"));
      List<String> command =
          JavaCommand.of(
              ExtractionWorker.class.getName(),
              jvm,
              List.of(String.valueOf(maxChars), String.valueOf(maxOcrPages)));
      Process process;
      try {
        ProcessBuilder builder =
            new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        // Tesseract's own threads only compete with the other workers (one per core): one thread
        // each.
        builder.environment().putIfAbsent("OMP_THREAD_LIMIT", "1");
        process = builder.start();
      } catch (IOException e) {
        throw new ExtractionException(
            "could not start a worker to read the file: " + e.getMessage(), e);
      }
      Worker worker = new Worker(process, limits);
      try {
        // Loading Tika takes a moment; the file's own time limit starts once the worker is ready.
        if (!process.isAlive() || !readyWithin(worker, STARTUP_SECONDS)) {
          worker.kill();
          throw new ExtractionException("the worker that reads files did not start");
        }
      } catch (IOException e) {
        worker.kill();
        throw new ExtractionException(
            "the worker that reads files did not start: " + e.getMessage(), e);
      }
      return worker;
    }

    private static boolean readyWithin(Worker worker, long seconds) throws IOException {
      ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
      try {
        timer.schedule(worker::kill, seconds, TimeUnit.SECONDS);
        return worker.in.read() == WorkerProtocol.READY;
      } finally {
        timer.shutdownNow();
      }
    }

    void timeOut() {
      timedOut = true;
      kill();
    }

    void kill() {
      process.destroyForcibly();
    }

    /** Why the worker stopped answering, in words a user can act on. */
    ExtractionException failure() {
      kill();
      if (timedOut) {
        return ExtractionException.outOfTime(
            "reading the file took longer than the limit of "
                + limits.timeout().toSeconds()
                + " s");
      }
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (!process.isAlive() && process.exitValue() == OUT_OF_MEMORY_EXIT) {
        return new ExtractionException(
            "reading the file needed more memory than the limit of " + limits.workerHeapLabel());
      }
      return new ExtractionException(
          "the reader stopped while reading the file"
              + (process.isAlive() ? "" : " (exit status " + process.exitValue() + ")"));
    }
  }
}
