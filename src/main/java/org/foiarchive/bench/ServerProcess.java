package org.foiarchive.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.foiarchive.extract.JavaCommand;

/**
 * The archive's server started as a separate JVM, as a user starts it, for measuring start-up and
 * load. Closing it kills the process.
 */
public final class ServerProcess implements AutoCloseable {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final int port;
  private final long startedNanos;

  private ServerProcess(Process process, int port, long startedNanos) {
    this.process = process;
    this.port = port;
    this.startedNanos = startedNanos;
  }

  /**
   * Starts {@code serve} with the given heap limit and extra Spring settings; output goes to {@code
   * log}.
   */
  public static ServerProcess start(
      Path corpus,
      Path index,
      int port,
      String maxHeap,
      List<String> jvmOptions,
      List<String> settings,
      Path log)
      throws IOException {
    return start(
        JavaCommand.of(
            "org.foiarchive.FoiArchiveApplication",
            jvm(maxHeap, jvmOptions),
            serveArguments(corpus, index, port, settings)),
        port,
        log);
  }

  /**
   * Starts {@code java [options] -jar jar serve ...}: the archive as deployed from an (extracted)
   * jar.
   */
  public static ServerProcess startJar(
      Path jar,
      Path corpus,
      Path index,
      int port,
      String maxHeap,
      List<String> jvmOptions,
      List<String> settings,
      Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvm(maxHeap, jvmOptions));
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.addAll(serveArguments(corpus, index, port, settings));
    return start(command, port, log);
  }

  private static ServerProcess start(List<String> command, int port, Path log) throws IOException {
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    return new ServerProcess(process, port, start);
  }

  private static List<String> jvm(String maxHeap, List<String> jvmOptions) {
    List<String> jvm =
        new ArrayList<>(
            List.of(
                "-Xmx" + maxHeap,
                "--add-modules=jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED"));
    jvm.addAll(jvmOptions);
    return jvm;
  }

  private static List<String> serveArguments(
      Path corpus, Path index, int port, List<String> settings) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "serve",
                "--port",
                String.valueOf(port),
                "--corpus",
                corpus.toAbsolutePath().toString(),
                "--index",
                index.toAbsolutePath().toString()));
    args.addAll(settings);
    return args;
  }

  /**
   * Asks the server to stop (SIGTERM) and waits, so the JVM exits normally (and writes an AOT
   * cache).
   */
  public void stopGracefully() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /**
   * Waits for a server that stops by itself (a training run) to exit, and returns its status; one
   * still running after {@code limit} is killed and counts as failed (-1).
   */
  public int awaitExit(long limit, TimeUnit unit) throws InterruptedException {
    if (!process.waitFor(limit, unit)) {
      process.destroyForcibly().waitFor();
      return -1;
    }
    return process.exitValue();
  }

  /** CPU time the server process has used so far, in milliseconds. */
  public long cpuMillis() {
    return process.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
  }

  /**
   * Waits until a search answers (health alone is not ready: the index must be open) and returns
   * the milliseconds from process start.
   */
  public long awaitReady(Duration timeout, String probePath)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpRequest probe =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + probePath))
            .timeout(Duration.ofSeconds(5))
            .GET()
            .build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(
            "the server exited with status " + process.exitValue() + " before it was ready");
      }
      try {
        if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return (System.nanoTime() - startedNanos) / 1_000_000;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(10);
    }
    throw new IOException("the server was not ready within " + timeout.toSeconds() + " s");
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
