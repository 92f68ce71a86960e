package org.foiarchive.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Running the programs the benchmarks drive (wrk, the JDK's jar tools) and finding a port. */
final class ExternalCommands {
  private ExternalCommands() {}

  /** Runs a command to its end and returns its output; a non-zero exit status is an error. */
  static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException(command.getFirst() + " failed: " + output.strip());
    }
    return output;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
