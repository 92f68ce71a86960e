package org.foiarchive.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiarchive.corpus.CorpusException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The {@code foiarchive} command: with no subcommand it serves the archive, as {@code serve} does.
 */
@Command(
    name = "foiarchive",
    // Every description in --help, the subcommands' too, comes from cli-help.properties.
    resourceBundle = "cli-help",
    mixinStandardHelpOptions = true,
    versionProvider = FoiArchiveCommand.Version.class,
    subcommands = {
      ServeCommand.class,
      IngestCommand.class,
      FetchCommand.class,
      SearchCommand.class,
      ImportCommand.class,
      EvalCommand.class,
      BundleCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class FoiArchiveCommand implements Callable<Integer> {
  private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.*?\\.)(?=\\s|$)");

  /** Returned by {@code serve}: the server runs on after {@code main} returns. */
  public static final int KEEP_RUNNING = -1;

  private final WebServer server;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * With no command, arguments are serve's (--port, or Spring Boot settings such as
   * --server.address=...).
   */
  @CommandLine.Unmatched List<String> serveArguments = new ArrayList<>();

  private FoiArchiveCommand(WebServer server) {
    this.server = server;
  }

  @Override
  public Integer call() {
    serveArguments.stream()
        .filter(a -> !a.startsWith("-"))
        .findFirst()
        .ifPresent(
            word -> {
              throw new CommandLine.ParameterException(
                  spec.commandLine(),
                  "unknown command '"
                      + word
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
    Optional<String[]> plain = ServeCommand.plainSpringArguments(List.of(args));
    if (plain.isPresent()) {
      return serveDirectly(server, plain.get());
    }
    return commandLine(server).execute(args);
  }

  /**
   * Serves a plain command line with no command (read by {@link
   * ServeCommand#plainSpringArguments}), as {@code serve} would, failing as it would: picocli,
   * compiled for Java 5, is loaded and verified afresh by every JVM (a JDK AOT cache cannot hold
   * classes that old), which took about half a CPU-second before {@code ./mvnw spring-boot:run}'s
   * server could start.
   */
  private static int serveDirectly(WebServer server, String[] springArguments) {
    try {
      server.start(springArguments);
      return KEEP_RUNNING;
    } catch (RuntimeException e) {
      System.err.println("foiarchive serve: " + oneLine(reason(e)));
      System.err.flush();
      return 1;
    }
  }

  static CommandLine commandLine(WebServer server) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            return type == ServeCommand.class
                ? type.cast(new ServeCommand(server))
                : defaults.create(type);
          }
        };
    CommandLine cli = new CommandLine(new FoiArchiveCommand(server), factory);
    cli.setExecutionExceptionHandler(FoiArchiveCommand::failure);
    cli.setParameterExceptionHandler(FoiArchiveCommand::badUsage);
    cli.getHelpSectionMap()
        .put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, FoiArchiveCommand::commandList);
    return cli;
  }

  /**
   * The list of commands in {@code --help}, each with the first sentence of its description:
   * picocli's own list shows the first line, which a long description cuts mid-sentence.
   */
  private static String commandList(Help help) {
    if (help.subcommands().isEmpty()) {
      return "";
    }
    int nameWidth =
        help.subcommands().keySet().stream().mapToInt(String::length).max().orElse(0) + 4;
    Help.TextTable table =
        Help.TextTable.forColumns(
            help.colorScheme(),
            new Help.Column(nameWidth, 2, Help.Column.Overflow.SPAN),
            new Help.Column(
                help.commandSpec().usageMessage().width() - nameWidth,
                2,
                Help.Column.Overflow.WRAP));
    help.subcommands()
        .forEach((name, command) -> table.addRowValues(name, summary(command.commandSpec())));
    return table.toString();
  }

  /**
   * A command's header, else the first sentence of its description (its first paragraph, ':' made
   * '.').
   */
  static String summary(CommandSpec command) {
    if (command.usageMessage().header().length > 0) {
      return String.join(" ", command.usageMessage().header());
    }
    StringBuilder paragraph = new StringBuilder();
    for (String line : command.usageMessage().description()) {
      if (line.isBlank()) {
        break;
      }
      paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
    }
    Matcher sentence = FIRST_SENTENCE.matcher(paragraph);
    String summary = sentence.find() ? sentence.group(1) : paragraph.toString();
    return summary.endsWith(":") ? summary.substring(0, summary.length() - 1) + "." : summary;
  }

  /** A failure is one line on stderr saying why, never a stack trace. */
  private static int failure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    err.println(commandName(cli) + ": " + oneLine(reason(e)));
    err.flush();
    return 1;
  }

  private static String reason(Exception e) {
    return e instanceof CorpusException || e.getMessage() != null ? e.getMessage() : e.toString();
  }

  /**
   * Bad usage in any command (an unknown command or option, a value its converter refuses, a check
   * a command makes itself): one line naming the command and the reason, exit status 2.
   */
  private static int badUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    String name = commandName(cli);
    err.println(name + ": " + oneLine(e.getMessage()) + " (see '" + name + " --help')");
    err.flush();
    return 2;
  }

  /** "foiarchive" or "foiarchive search": the command as the user typed it. */
  private static String commandName(CommandLine cli) {
    String name = cli.getCommandSpec().qualifiedName(" ");
    return name.startsWith("foiarchive") ? name : "foiarchive " + name;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = FoiArchiveCommand.class.getPackage().getImplementationVersion();
      return new String[] {"foiarchive " + (version == null ? "(development build)" : version)};
    }
  }
}
