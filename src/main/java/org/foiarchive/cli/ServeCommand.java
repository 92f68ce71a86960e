package org.foiarchive.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code serve}: the web archive, after building the index from the corpus if it is missing or
 * stale.
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {
  private final WebServer server;

  @Mixin ArchiveOptions archive = new ArchiveOptions();

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080")
  int port = 8080;

  /**
   * Spring Boot settings passed through as given (--server.address=0.0.0.0,
   * --logging.level.root=warn).
   */
  @Unmatched List<String> springArguments = new ArrayList<>();

  ServeCommand(WebServer server) {
    this.server = server;
  }

  @Override
  public Integer call() {
    List<String> args = new ArrayList<>(springArguments);
    args.add("--server.port=" + port);
    args.add("--foiarchive.corpus=" + (archive.corpus == null ? "corpus" : archive.corpus));
    args.add("--foiarchive.index=" + (archive.index == null ? "index" : archive.index));
    server.start(args.toArray(String[]::new));
    return FoiArchiveCommand.KEEP_RUNNING;
  }
}
