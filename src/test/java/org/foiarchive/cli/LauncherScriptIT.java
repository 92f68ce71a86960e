package org.foiarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;

/**
 * The README's way to run a command: {@code ./foiarchive ...}. It must find a JDK 21 or newer on
 * its own, as {@code ./mvnw} does, since many machines (these included) default to an older java,
 * which would otherwise fail with a class-version stack trace. Runs after {@code package}, so the
 * jar is there.
 */
class LauncherScriptIT {
  private static final Path SCRIPT = Path.of("foiarchive").toAbsolutePath();

  @Test
  void searchesFromTheCommandLineWithoutJavaHome() throws Exception {
    Result result =
        run(
            "search",
            "--index",
            TestArchive.index().toString(),
            "--limit",
            "1",
            "is a universal jobmatch account voluntary");

    assertThat(result.exit).as(result.output).isZero();
    assertThat(result.output)
        .contains("voluntary")
        .contains("in context: /doc/")
        .doesNotContain("UnsupportedClassVersionError");
  }

  @Test
  void badUsageStillExitsTwo() throws Exception {
    Result result = run("search");

    assertThat(result.exit).isEqualTo(2);
    assertThat(result.output)
        .contains("foiarchive search: Missing required parameter")
        .doesNotContain("Exception");
  }

  private record Result(int exit, String output) {}

  private static Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("JAVA_HOME"); // as a fresh shell has it: the default java only
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
    return new Result(process.exitValue(), output);
  }
}
