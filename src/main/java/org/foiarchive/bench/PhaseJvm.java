package org.foiarchive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One phase of a comparison (an engine's ingest, a row's questions) run in a JVM of its own, so
 * that one engine's compiled code and heap do not help or tax another. The phase writes what it
 * measured to a result file; its output goes to a log beside that file, named in every error.
 */
final class PhaseJvm {
  private PhaseJvm() {}

  /** The log of the phase whose result goes to {@code resultFile}. */
  static Path logOf(Path resultFile) {
    return resultFile.resolveSibling(resultFile.getFileName() + ".log");
  }

  /**
   * Runs {@code command} to its end and returns its process id, or throws naming {@code label} and
   * the log when it fails, writes no result, or outlives {@code limitMinutes}.
   */
  static long run(String label, List<String> command, Path resultFile, long limitMinutes)
      throws IOException {
    Path logFile = logOf(resultFile);
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
            .start();
    try {
      if (!process.waitFor(limitMinutes, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor();
        throw new IOException(label + ": its JVM did not finish; see " + logFile);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException(label + ": interrupted", e);
    }
    if (process.exitValue() != 0 || !Files.exists(resultFile)) {
      throw new IOException(
          label + ": its JVM exited with status " + process.exitValue() + "; see " + logFile);
    }
    return process.pid();
  }
}
