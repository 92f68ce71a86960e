package org.foiarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import org.foiarchive.testing.ServerProcess;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, {@code ./mvnw spring-boot:run}, with the class-data archive it starts
 * from (pom.xml): an archive the JVM cannot use never stops the server, and one older than the
 * classes is replaced by a fresh one when the server stops. Runs after {@code package}, so the
 * classes jar is there.
 */
class SpringBootRunIT {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final Path CLASSES_JAR = PROJECT.resolve("target/run/foiarchive-classes.jar");
  private static final Path ARCHIVE = PROJECT.resolve("target/run/foiarchive.jsa");

  /** Not a class-data archive at all: what a crash or another JDK could leave behind. */
  private static final byte[] NOT_AN_ARCHIVE =
      "not a class-data archive".getBytes(StandardCharsets.US_ASCII);

  @Test
  void anArchiveTheJvmCannotUseCostsOneWarningAndTheServerStillServes(@TempDir Path dir)
      throws Exception {
    plantArchive(Files.getLastModifiedTime(CLASSES_JAR).toMillis() + 60_000);

    String output = runUntilItAnswers(dir.resolve("run.log"));

    assertThat(output.lines().filter(SpringBootRunIT::aboutTheArchive)).as(output).hasSize(1);
    assertThat(output).doesNotContain("[error]").doesNotContain("Exception");
  }

  @Test
  void anArchiveOlderThanTheClassesIsReplacedWhenTheServerStops(@TempDir Path dir)
      throws Exception {
    plantArchive(Files.getLastModifiedTime(CLASSES_JAR).toMillis() - 60_000);

    String output = runUntilItAnswers(dir.resolve("run.log"));

    assertThat(output.lines().filter(SpringBootRunIT::aboutTheArchive)).as(output).isEmpty();
    assertThat(output).doesNotContain("[error]");
    // The JVM writes the archive as it exits, which may be after Maven has returned.
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> Files.size(ARCHIVE) > NOT_AN_ARCHIVE.length);
  }

  /** The next run records a real archive again (the JVM never replaces one it cannot read). */
  @AfterEach
  void forgetThePlantedArchive() throws Exception {
    Files.deleteIfExists(ARCHIVE);
  }

  /** A line the JVM prints about a class-data archive (CDS) it could not use. */
  private static boolean aboutTheArchive(String line) {
    return line.contains("CDS") || line.contains("shared archive") || line.contains(".jsa");
  }

  private static void plantArchive(long modifiedMillis) throws Exception {
    assertThat(CLASSES_JAR).as("packed at process-classes").exists();
    Files.write(ARCHIVE, NOT_AN_ARCHIVE);
    Files.setLastModifiedTime(ARCHIVE, FileTime.fromMillis(modifiedMillis));
  }

  /** Runs {@code ./mvnw spring-boot:run}, waits for its first answered search, stops it. */
  private static String runUntilItAnswers(Path log) throws Exception {
    int port = ServerProcess.freePort();
    Process maven =
        new ProcessBuilder(
                PROJECT.resolve("mvnw").toString(),
                "-o",
                "-q",
                "-B",
                "spring-boot:run",
                "-Dspring-boot.run.arguments=--port="
                    + port
                    + " --index="
                    + TestArchive.index()
                    + " --foiarchive.ingest-on-start=false --foiarchive.warm-up.searches=0")
            .directory(PROJECT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    return ServerProcess.untilFirstSearch(maven, port, Duration.ofMinutes(10), log);
  }
}
