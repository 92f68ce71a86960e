package org.foiarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A plain command line with no command (what {@code ./mvnw spring-boot:run} passes) is read without
 * picocli; it must start the server with exactly the arguments picocli's reading gives, and any
 * other command line must be left to picocli.
 */
class PlainServeArgumentsTest {
  /** The Spring arguments picocli's reading of {@code args} starts the server with, or none. */
  private static List<String> throughPicocli(String... args) {
    List<String> started = new ArrayList<>();
    CommandLine cli =
        FoiArchiveCommand.commandLine(springArguments -> started.addAll(List.of(springArguments)));
    cli.setErr(new PrintWriter(new StringWriter()));
    int status = cli.execute(args);
    return status == FoiArchiveCommand.KEEP_RUNNING ? started : List.of();
  }

  @Test
  void plainCommandLinesStartTheServerAsPicocliWould() {
    for (List<String> args :
        List.of(
            List.<String>of(),
            List.of("--port=18509"),
            List.of("--port=0080", "--server.address=127.0.0.1", "--debug"),
            List.of(
                "--corpus=some//corpus/", "--index=/tmp/x/../index", "--logging.level.root=warn"),
            List.of("--foiarchive.warm-up.searches=0", "--port=9000", "--corpus=a=b"),
            List.of("--server.port=18080", "--server.address=127.0.0.1"))) {
      String[] given = args.toArray(String[]::new);
      assertThat(ServeCommand.plainSpringArguments(args))
          .as("%s", args)
          .hasValueSatisfying(
              plain -> assertThat(plain).containsExactlyElementsOf(throughPicocli(given)));
    }
  }

  @Test
  void springBootsOwnNameForThePortIsServesPort() {
    assertThat(throughPicocli("serve", "--server.port=18080"))
        .filteredOn(argument -> argument.startsWith("--server.port="))
        .containsExactly("--server.port=18080");
    assertThat(throughPicocli("serve", "--port=18080", "--server.port=18081"))
        .as("the port given twice is refused, not passed on as two")
        .isEmpty();
  }

  @Test
  void anyOtherCommandLineIsPicocli() {
    for (List<String> args :
        List.of(
            List.of("serve"),
            List.of("--port", "9000"),
            List.of("--port=90x"),
            List.of("--port=1", "--port=2"),
            List.of("--port=1", "--server.port=2"),
            List.of("--index"),
            List.of("--help"),
            List.of("--version"),
            List.of("-h"),
            List.of("--"),
            List.of("--corpus=x\0y"),
            List.of("@args.txt"))) {
      assertThat(ServeCommand.plainSpringArguments(args)).as("%s", args).isEmpty();
    }
  }
}
