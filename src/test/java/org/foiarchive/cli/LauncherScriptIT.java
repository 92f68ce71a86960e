package org.foiarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.foiarchive.testing.ServerProcess;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * The README's way to run a command: {@code ./foiarchive ...}. It must find a JDK 21 or newer on
 * its own, as {@code ./mvnw} does, since many machines (these included) default to an older java,
 * which would otherwise fail with a class-version stack trace. Runs after {@code package}, so the
 * jar is there.
 */
class LauncherScriptIT {
  private static final Path SCRIPT = Path.of("foiarchive").toAbsolutePath();

  /** A short warm-up: enough for the training run to search, quick on the seed corpus. */
  private static final int WARM_UP_SEARCHES = 50;

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

  @Test
  void commandsRunFromTheExtractedJarWithAClassDataArchiveTheFirstOneWrites() throws Exception {
    Path app = Path.of("target", "app").toAbsolutePath();
    FileSystemUtils.deleteRecursively(app);
    String[] search = {
      "search", "--index", TestArchive.index().toString(), "--limit", "1", "--json", "voluntary"
    };

    Result first = run(search);

    assertThat(first.exit).as(first.output).isZero();
    assertThat(app.resolve("foiarchive.jar")).exists();
    assertThat(app.resolve("commands.jsa")).exists();
    FileTime written = Files.getLastModifiedTime(app.resolve("commands.jsa"));
    Result second = run(search);
    assertThat(second.exit).as(second.output).isZero();
    // The archive's notes stay out of what a command prints: the JSON is the same both times.
    assertThat(withoutTiming(second.output)).isEqualTo(withoutTiming(first.output));
    assertThat(second.output).startsWith("{").doesNotContain("cds").doesNotContain("warning");
    assertThat(Files.getLastModifiedTime(app.resolve("commands.jsa"))).isEqualTo(written);
  }

  private static String withoutTiming(String json) {
    return json.replaceAll("\"tookMs\"\\s*:\\s*\\d+", "");
  }

  @Test
  void servesFromTheExtractedJarWithAStartUpCacheRecordedOnceAndReused(@TempDir Path dir)
      throws Exception {
    Path app = Path.of("target", "app").toAbsolutePath();
    // A newer jar than the extracted one makes the script extract and record again.
    FileSystemUtils.deleteRecursively(app);

    String first = serveUntilItAnswers(dir.resolve("first.log"));
    assertThat(first).contains("recording a start-up cache");
    assertThat(app.resolve("foiarchive.jar")).exists();
    assertThat(app.resolve("foiarchive.aot")).exists();
    // The training run searched before it stopped, so the cache holds the search's classes and
    // method profiles, not only the start's.
    assertThat(Files.readString(app.resolve("training.log")))
        .contains("Search warmed up: " + WARM_UP_SEARCHES + " searches")
        .contains("Lucene searches with the Java Vector API")
        .contains("Warm-up done: the server stops");
    FileTime recorded = Files.getLastModifiedTime(app.resolve("foiarchive.aot"));

    String second = serveUntilItAnswers(dir.resolve("second.log"));
    assertThat(second)
        .doesNotContain("recording a start-up cache")
        .contains("Lucene searches with the Java Vector API")
        .contains("target/app/foiarchive.jar");
    assertThat(Files.getLastModifiedTime(app.resolve("foiarchive.aot"))).isEqualTo(recorded);
  }

  /** Starts {@code ./foiarchive serve}, waits for its first answered search, stops it. */
  private static String serveUntilItAnswers(Path log) throws Exception {
    int port = ServerProcess.freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                SCRIPT.toString(),
                "serve",
                "--port",
                Integer.toString(port),
                "--index",
                TestArchive.index().toString(),
                "--foiarchive.ingest-on-start=false",
                "--foiarchive.warm-up.searches=" + WARM_UP_SEARCHES)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("JAVA_HOME");
    Process server = builder.start();
    return ServerProcess.untilFirstSearch(server, port, Duration.ofMinutes(5), log);
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
