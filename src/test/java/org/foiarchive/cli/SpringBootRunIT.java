package org.foiarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.foiarchive.testing.ServerProcess;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, {@code ./mvnw spring-boot:run}, with the JDK AOT cache it starts from
 * (.mvn/run-server.sh): a cache the JVM cannot map never stops the server and is removed, one older
 * than the classes is recorded afresh when the server stops, and when nothing changed since Maven
 * last started the server, the next one starts without Maven. Runs after {@code package}, so the
 * classes jar is there, on the JDK 25 {@code ./mvnw} picks.
 */
class SpringBootRunIT {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final Path CLASSES_JAR = PROJECT.resolve("target/run/foiarchive-classes.jar");
  private static final Path CACHE = PROJECT.resolve("target/run/foiarchive.aot");
  private static final Path LAUNCH_RECORD = PROJECT.resolve("target/run/launch.args");

  /** Not an AOT cache at all: what a crash or another JDK could leave behind. */
  private static final byte[] NOT_A_CACHE = "not an AOT cache".getBytes(StandardCharsets.US_ASCII);

  /** The line the wrapper prints when it starts the recorded server without Maven. */
  private static final String SHORTCUT = "mvnw: nothing changed since the last build";

  /**
   * Maven's report that the server it forked ended on the SIGTERM the test sends to stop the run
   * (exit code 143), followed by its help text naming MojoExecutionException. Whether Maven prints
   * it depends on which of the two processes the signal stops first; all the server printed comes
   * before it.
   */
  private static final String STOPPED_BY_THE_TEST = "Process terminated with exit code: 143";

  @Test
  void aCacheTheJvmCannotMapCostsOneWarningIsRemovedAndTheServerStillServes(@TempDir Path dir)
      throws Exception {
    // Newer than every source, the pom and the classes: the wrapper offers it to the JVM.
    plantCache(System.currentTimeMillis() + 60_000);

    String output = runUntilItAnswers(dir.resolve("run.log"), true);

    assertThat(output.lines().filter(SpringBootRunIT::aboutTheCache)).as(output).hasSize(1);
    assertThat(beforeTheStop(output)).doesNotContain("[error]").doesNotContain("Exception");
    assertThat(CACHE).as("removed, so that the next start records one").doesNotExist();
  }

  @Test
  void aCacheOlderThanTheClassesIsRecordedAgainWhenTheServerStops(@TempDir Path dir)
      throws Exception {
    plantCache(Files.getLastModifiedTime(CLASSES_JAR).toMillis() - 60_000);

    String output = runUntilItAnswers(dir.resolve("run.log"), true);

    assertThat(output.lines().filter(SpringBootRunIT::aboutTheCache)).as(output).isEmpty();
    assertThat(output).doesNotContain("[error]");
    awaitARecordedCache();
  }

  @Test
  void whenNothingChangedSinceMavenStartedTheServerTheNextStartsWithoutMaven(@TempDir Path dir)
      throws Exception {
    String throughMaven = runUntilItAnswers(dir.resolve("maven.log"), true);
    assertThat(throughMaven).doesNotContain(SHORTCUT);
    assertThat(LAUNCH_RECORD).as("written by the server Maven started").exists();
    awaitARecordedCache();

    String direct = runUntilItAnswers(dir.resolve("direct.log"), false);

    assertThat(direct).as(direct).contains(SHORTCUT).doesNotContain("[INFO]");
    assertThat(beforeTheStop(direct)).doesNotContain("[error]").doesNotContain("Exception");

    // A launch record older than the classes jar (a build since) sends the start through Maven.
    Files.setLastModifiedTime(
        LAUNCH_RECORD,
        FileTime.fromMillis(Files.getLastModifiedTime(CLASSES_JAR).toMillis() - 60_000));
    String afterABuild = runUntilItAnswers(dir.resolve("rebuilt.log"), false);
    assertThat(afterABuild).doesNotContain(SHORTCUT).contains("[INFO]");
  }

  /** The next run records a real cache again (a planted one is never one the JVM could map). */
  @AfterEach
  void forgetThePlantedCache() throws Exception {
    if (Files.exists(CACHE) && Files.size(CACHE) <= NOT_A_CACHE.length) {
      Files.delete(CACHE);
    }
  }

  /** What a run printed up to Maven's report of the stop the test made, if Maven made one. */
  private static String beforeTheStop(String output) {
    int stop = output.indexOf(STOPPED_BY_THE_TEST);
    return stop < 0 ? output : output.substring(0, output.lastIndexOf('\n', stop) + 1);
  }

  /** A line saying the JVM could not use an AOT cache: the application's, or the JVM's own. */
  private static boolean aboutTheCache(String line) {
    return line.contains("could not use the AOT cache")
        || line.contains("[aot]")
        || line.contains("[cds]");
  }

  private static void plantCache(long modifiedMillis) throws Exception {
    assertThat(CLASSES_JAR).as("packed at process-classes").exists();
    Files.write(CACHE, NOT_A_CACHE);
    Files.setLastModifiedTime(CACHE, FileTime.fromMillis(modifiedMillis));
  }

  /** The JVM writes the cache as it exits, which may be after Maven has returned. */
  private static void awaitARecordedCache() {
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> Files.size(CACHE) > NOT_A_CACHE.length);
  }

  /**
   * Runs {@code ./mvnw spring-boot:run} (through Maven whatever changed, if {@code throughMaven}),
   * waits for its first answered search, stops it.
   */
  private static String runUntilItAnswers(Path log, boolean throughMaven) throws Exception {
    int port = ServerProcess.freePort();
    List<String> command = new ArrayList<>(List.of(PROJECT.resolve("mvnw").toString(), "-o"));
    command.addAll(throughMaven ? List.of("-q", "-B") : List.of("-B"));
    command.add("spring-boot:run");
    command.add(
        "-Dspring-boot.run.arguments=--port="
            + port
            + " --index="
            + TestArchive.index()
            + " --foiarchive.ingest-on-start=false --foiarchive.warm-up.searches=0");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(PROJECT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    if (throughMaven) {
      builder.environment().put("FOIARCHIVE_RUN", "maven");
    } else {
      builder.environment().remove("FOIARCHIVE_RUN");
    }
    return ServerProcess.untilFirstSearch(builder.start(), port, Duration.ofMinutes(10), log);
  }
}
