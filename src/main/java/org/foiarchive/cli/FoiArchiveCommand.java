package org.foiarchive.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.foiarchive.corpus.CorpusException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code foiarchive} command: with no subcommand it serves the archive, as {@code serve} does. */
@Command(name = "foiarchive", mixinStandardHelpOptions = true, versionProvider = FoiArchiveCommand.Version.class,
    description = {
      "A searchable, citable archive of FOI responses and official guidance about the UK benefits system.",
      "With no command, serves the archive on http://localhost:8080 (building the index first if needed)."},
    subcommands = {ServeCommand.class, IngestCommand.class, FetchCommand.class, SearchCommand.class,
        ImportCommand.class, EvalCommand.class, BundleCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class FoiArchiveCommand implements Callable<Integer> {
  /** Returned by {@code serve}: the server runs on after {@code main} returns. */
  public static final int KEEP_RUNNING = -1;

  private final WebServer server;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** With no command, arguments are serve's (--port, or Spring Boot settings such as --server.address=...). */
  @CommandLine.Unmatched
  List<String> serveArguments = new ArrayList<>();

  private FoiArchiveCommand(WebServer server) {
    this.server = server;
  }

  @Override
  public Integer call() {
    serveArguments.stream().filter(a -> !a.startsWith("-")).findFirst().ifPresent(word -> {
      throw new CommandLine.ParameterException(spec.commandLine(), "unknown command '" + word
          + "'; commands are serve, ingest, fetch, search, import, eval, bundle, bench");
    });
    CommandLine serve = new CommandLine(new ServeCommand(server));
    serve.setExecutionExceptionHandler(FoiArchiveCommand::failure);
    serve.setParameterExceptionHandler(FoiArchiveCommand::badUsage);
    return serve.execute(serveArguments.toArray(String[]::new));
  }

  /**
   * Runs a command line and returns its exit status: 0 success, 1 failure, 2 bad usage.
   *
   * @param server what {@code serve} starts
   */
  public static int run(WebServer server, String... args) {
    return commandLine(server).execute(args);
  }

  static CommandLine commandLine(WebServer server) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == ServeCommand.class ? type.cast(new ServeCommand(server)) : defaults.create(type);
      }
    };
    CommandLine cli = new CommandLine(new FoiArchiveCommand(server), factory);
    cli.setExecutionExceptionHandler(FoiArchiveCommand::failure);
    cli.setParameterExceptionHandler(FoiArchiveCommand::badUsage);
    return cli;
  }

  /** A failure is one line on stderr saying why, never a stack trace. */
  private static int failure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    String reason = e instanceof CorpusException || e.getMessage() != null ? e.getMessage() : e.toString();
    err.println("foiarchive " + cli.getCommandName() + ": " + reason.replaceAll("\\s+", " ").strip());
    err.flush();
    return 1;
  }

  private static int badUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("foiarchive " + cli.getCommandName() + ": " + e.getMessage());
    err.println("Try 'foiarchive " + (cli.getCommandName().equals("foiarchive") ? "" : cli.getCommandName() + " ")
        + "--help' for usage.");
    err.flush();
    return 2;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = FoiArchiveCommand.class.getPackage().getImplementationVersion();
      return new String[] {"foiarchive " + (version == null ? "(development build)" : version)};
    }
  }
}
