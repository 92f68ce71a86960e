package org.foiarchive.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
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
  /**
   * Serve's own options, which picocli reads; any other is Spring Boot's. An option added to serve
   * must be added here too, or a plain command line would pass it to Spring as a property.
   */
  private static final Set<String> OWN_OPTIONS = Set.of("--port", "--corpus", "--index");

  /**
   * Spring Boot's own name for the port, which the Deploying part of the README invites (settings
   * as {@code --name=value}): read as serve's port, where passing it on beside serve's default had
   * Spring read "18080,8080" and fail to start.
   */
  private static final String SPRING_PORT = "--server.port";

  /** The port served when none is given. */
  private static final String DEFAULT_PORT = "8080";

  /** A port number picocli and Integer.parseInt read alike. */
  private static final Pattern PLAIN_PORT = Pattern.compile("[0-9]{1,9}");

  private final WebServer server;

  @Mixin ArchiveOptions archive = new ArchiveOptions();

  @Option(
      names = {"--port", SPRING_PORT},
      // picocli would name the help text after the longest name.
      descriptionKey = "port",
      paramLabel = "PORT",
      defaultValue = DEFAULT_PORT)
  int port = Integer.parseInt(DEFAULT_PORT);

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
    server.start(
        springArguments(
            springArguments,
            port,
            archive.corpus == null ? "corpus" : archive.corpus.toString(),
            archive.index == null ? "index" : archive.index.toString()));
    return FoiArchiveCommand.KEEP_RUNNING;
  }

  /** What the server starts with: Spring Boot's settings as given, then serve's own. */
  private static String[] springArguments(
      List<String> given, int port, String corpus, String index) {
    List<String> args = new ArrayList<>(given);
    args.add("--server.port=" + port);
    args.add("--foiarchive.corpus=" + corpus);
    args.add("--foiarchive.index=" + index);
    return args.toArray(String[]::new);
  }

  /**
   * The Spring arguments this command would start the server with for arguments given with no
   * command, read without picocli, when every one is a long option with its value after '=' (or a
   * Spring Boot flag such as --debug), none of them help or version, and serve's own options
   * (--port as digits, --corpus, --index) each at most once: what {@code ./mvnw spring-boot:run}
   * passes. Empty for any other command line, which picocli reads (and refuses, where it must).
   */
  static Optional<String[]> plainSpringArguments(List<String> given) {
    List<String> passed = new ArrayList<>();
    Map<String, String> own = new HashMap<>();
    for (String argument : given) {
      if (!argument.startsWith("--")
          || argument.length() == 2
          || argument.startsWith("--help")
          || argument.startsWith("--version")) {
        return Optional.empty();
      }
      int equals = argument.indexOf('=');
      String spelt = equals < 0 ? argument : argument.substring(0, equals);
      String name = spelt.equals(SPRING_PORT) ? "--port" : spelt;
      if (!OWN_OPTIONS.contains(name)) {
        passed.add(argument);
      } else if (equals < 0 || own.put(name, argument.substring(equals + 1)) != null) {
        return Optional.empty();
      }
    }
    String port = own.getOrDefault("--port", DEFAULT_PORT);
    if (!PLAIN_PORT.matcher(port).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          springArguments(
              passed,
              Integer.parseInt(port),
              Path.of(own.getOrDefault("--corpus", "corpus")).toString(),
              Path.of(own.getOrDefault("--index", "index")).toString()));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}
