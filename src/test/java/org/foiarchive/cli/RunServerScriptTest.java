package org.foiarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .mvn/run-server.sh}, which {@code ./mvnw} sources for {@code spring-boot:run}: it names
 * the class cache the application starts with (used when nothing changed since it was written,
 * recorded afresh otherwise), and starts the recorded server directly, without Maven, only when
 * nothing changed since the last build and everything it names is still there. Run in a project of
 * its own with a JDK whose {@code java} prints what it was asked, and a wrapper that prints what
 * Maven would have been given.
 */
class RunServerScriptTest {
  private static final Path SCRIPTS = Path.of(".mvn").toAbsolutePath();
  private static final Instant BUILT = Instant.parse("2026-01-01T10:00:00Z");

  @TempDir Path project;
  private Path jdk;
  private Path run;
  private Path dependency;

  @BeforeEach
  void aBuiltProject() throws IOException {
    Files.createDirectories(project.resolve(".mvn"));
    for (String script : List.of("select-jdk.sh", "run-server.sh")) {
      Files.copy(SCRIPTS.resolve(script), project.resolve(".mvn").resolve(script));
    }
    executable(
        project.resolve("mvnw"),
        "#!/bin/sh\nset -euf\n. \"$(dirname \"$0\")/.mvn/select-jdk.sh\"\n"
            + ". \"$(dirname \"$0\")/.mvn/run-server.sh\"\necho \"maven $*\"\n");
    jdk = jdk("25.0.3");
    run = Files.createDirectories(project.resolve("target/run"));
    dependency = Files.createDirectories(project.resolve("repository")).resolve("lib.jar");
    Files.writeString(dependency, "a dependency");
    at(Files.writeString(project.resolve("pom.xml"), "<project/>"), BUILT);
    Path source = Files.createDirectories(project.resolve("src/main/java")).resolve("A.java");
    at(Files.writeString(source, "class A {}"), BUILT);
    // A folder's time changes when a file is added or removed in it, which is a change too.
    at(source.getParent(), BUILT);
    at(project.resolve("src/main"), BUILT);
    at(Files.writeString(run.resolve("foiarchive-classes.jar"), "classes"), BUILT.plusSeconds(10));
  }

  @Test
  void nothingChangedSinceTheRecordStartsTheRecordedServerWithItsCacheAndNoMaven()
      throws Exception {
    record(BUILT.plusSeconds(20));
    Path cache =
        at(Files.writeString(run.resolve("foiarchive.aot"), "cache"), BUILT.plusSeconds(30));

    String output = mvnw("-o", "spring-boot:run", "-Dspring-boot.run.arguments=--port=18509 -x");

    assertThat(output.lines()).noneMatch(line -> line.startsWith("maven "));
    assertThat(output).contains("nothing changed since the last build");
    assertThat(javaCall(output))
        .startsWith("-XX:TieredStopAtLevel=1 --enable-native-access=ALL-UNNAMED ")
        .contains("-XX:AOTCache=" + cache + " -Dfoiarchive.aot-cache=" + cache)
        .contains("-Dfoiarchive.launch-record=" + run.resolve("launch.args"))
        .contains(
            "-cp " + run.resolve("foiarchive-classes.jar") + ":" + dependency + " org.example.Main")
        .endsWith("org.example.Main --port=18509 -x");
  }

  @Test
  void withoutACacheTheRecordedServerRecordsOne() throws Exception {
    record(BUILT.plusSeconds(20));

    String output = mvnw("spring-boot:run");

    assertThat(javaCall(output))
        .contains("-XX:AOTCacheOutput=" + run.resolve("foiarchive.aot"))
        .doesNotContain("-XX:AOTCache=");
  }

  @Test
  void aSourceChangedSinceTheRecordGoesThroughMavenAndRecordsTheCacheAgain() throws Exception {
    record(BUILT.plusSeconds(20));
    at(Files.writeString(run.resolve("foiarchive.aot"), "cache"), BUILT.plusSeconds(30));
    at(project.resolve("src/main/java/A.java"), BUILT.plusSeconds(40));

    String output = mvnw("spring-boot:run");

    assertThat(output.lines()).noneMatch(line -> line.startsWith("java "));
    assertThat(output)
        .contains(
            "maven spring-boot:run -Dfoiarchive.run.class-cache=\"-XX:AOTCacheOutput="
                + run.resolve("foiarchive.aot")
                + "\" \"-Dfoiarchive.launch-record="
                + run.resolve("launch.args")
                + "\" -Xlog:aot=off -Xlog:cds=off");
  }

  @Test
  void aFreshCloneGoesThroughMaven() throws Exception {
    Files.delete(run.resolve("foiarchive-classes.jar"));

    String output = mvnw("spring-boot:run");

    assertThat(output).startsWith("maven spring-boot:run -Dfoiarchive.run.class-cache=");
    assertThat(output).contains("-XX:AOTCacheOutput=");
  }

  @Test
  void aMissingClassPathEntryOrAnotherJdkGoesThroughMaven() throws Exception {
    record(BUILT.plusSeconds(20));
    Files.delete(dependency);
    assertThat(mvnw("spring-boot:run")).startsWith("maven spring-boot:run");

    Files.writeString(dependency, "a dependency");
    Path otherJdk = jdk("25.0.4");
    assertThat(mvnw(Map.of("JAVA_HOME", otherJdk.toString()), "spring-boot:run"))
        .startsWith("maven spring-boot:run");
  }

  @Test
  void otherGoalsOptionsOrAskingForMavenGoThroughMavenUnchanged() throws Exception {
    record(BUILT.plusSeconds(20));

    assertThat(mvnw("-q", "verify")).isEqualTo("maven -q verify");
    assertThat(mvnw("-Pjmh", "spring-boot:run")).startsWith("maven -Pjmh spring-boot:run -D");
    assertThat(mvnw("spring-boot:run", "-Dspring-boot.run.arguments=\"--port=1\""))
        .startsWith("maven spring-boot:run");
    assertThat(mvnw(Map.of("FOIARCHIVE_RUN", "maven"), "spring-boot:run"))
        .startsWith("maven spring-boot:run");
  }

  @Test
  void aServerStartedWithOtherOptionsIsNotRecordedForThePlainCommand() throws Exception {
    record(BUILT.plusSeconds(20));

    String output = mvnw("-Pdev", "spring-boot:run");

    assertThat(output).startsWith("maven -Pdev spring-boot:run").doesNotContain("launch-record");
    assertThat(run.resolve("launch.args"))
        .as("its options would start the next plain command")
        .doesNotExist();
  }

  @Test
  void beforeJdk25AClassDataArchiveOlderThanTheClassesIsRemoved() throws Exception {
    Path jdk21 = jdk("21.0.9");
    Path archive =
        at(Files.writeString(run.resolve("foiarchive.jsa"), "archive"), BUILT.plusSeconds(5));

    String output = mvnw(Map.of("JAVA_HOME", jdk21.toString()), "spring-boot:run");

    assertThat(output)
        .contains(
            "-Dfoiarchive.run.class-cache=\"-XX:SharedArchiveFile="
                + archive
                + "\" -XX:+AutoCreateSharedArchive \"-Dfoiarchive.launch-record="
                + run.resolve("launch.args")
                + "\" -Xlog:cds=off");
    assertThat(archive).doesNotExist();
  }

  /** The launch record the application writes as Maven starts it, written at {@code when}. */
  private void record(Instant when) throws IOException {
    Path record =
        Files.write(
            run.resolve("launch.args"),
            List.of(
                jdk.toString(),
                "org.example.Main",
                run.resolve("foiarchive-classes.jar") + ":" + dependency,
                "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED"));
    at(record, when);
  }

  /** A JDK of that version whose {@code java} prints what it was asked. */
  private Path jdk(String version) throws IOException {
    Path home = Files.createDirectories(project.resolve("jdk-" + version));
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
    executable(home.resolve("bin/java"), "#!/bin/sh\necho \"java $*\"\n");
    executable(home.resolve("bin/javac"), "#!/bin/sh\n");
    return home;
  }

  private static String javaCall(String output) {
    return output.lines().filter(l -> l.startsWith("java ")).findFirst().orElse("").substring(5);
  }

  private String mvnw(String... args) throws IOException, InterruptedException {
    return mvnw(Map.of(), args);
  }

  private String mvnw(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(project.resolve("mvnw").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("FOIARCHIVE_RUN");
    builder.environment().put("JAVA_HOME", jdk.toString());
    builder.environment().putAll(environment);
    Process mvnw = builder.start();
    String output = new String(mvnw.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(mvnw.waitFor(1, TimeUnit.MINUTES)).as("finished").isTrue();
    return output.strip();
  }

  private static Path at(Path file, Instant when) throws IOException {
    Files.setLastModifiedTime(file, FileTime.from(when));
    return file;
  }

  private static void executable(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
