package org.foiarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .mvn/select-jdk.sh}, which {@code ./mvnw} and {@code ./foiarchive} source before anything
 * else: it learns a JDK's version from the JDK's own {@code release} file, so that every command
 * does not start a JVM (or several) only to ask, and still asks one that has no such file.
 */
class SelectJdkScriptTest {
  private static final Path SCRIPT = Path.of(".mvn", "select-jdk.sh").toAbsolutePath();

  @Test
  void readsTheVersionFromTheReleaseFileWithoutStartingTheJvm(@TempDir Path dir) throws Exception {
    Path jdk = fakeJdk(dir, "JAVA_VERSION=\"25.0.3\"\n");
    Path asked = dir.resolve("asked");
    javaThatAnswers(jdk, "22", asked);

    assertThat(javaMajor(jdk.resolve("bin/java"))).isEqualTo("25");
    assertThat(asked).as("the JVM was started to ask its version").doesNotExist();
  }

  @Test
  void aJava8ReleaseReadsAsOlderThan21(@TempDir Path dir) throws Exception {
    Path jdk = fakeJdk(dir, "JAVA_VERSION=\"1.8.0_392\"\n");
    javaThatAnswers(jdk, "1.8", dir.resolve("asked"));

    assertThat(Integer.parseInt(javaMajor(jdk.resolve("bin/java")))).isLessThan(21);
  }

  @Test
  void asksTheJvmWhenTheJdkHasNoReleaseFile(@TempDir Path dir) throws Exception {
    Path jdk = fakeJdk(dir, null);
    Path asked = dir.resolve("asked");
    javaThatAnswers(jdk, "22", asked);

    assertThat(javaMajor(jdk.resolve("bin/java"))).isEqualTo("22");
    assertThat(asked).exists();
  }

  private static Path fakeJdk(Path dir, String release) throws IOException {
    Path jdk = Files.createDirectories(dir.resolve("jdk"));
    Files.createDirectories(jdk.resolve("bin"));
    if (release != null) {
      Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\n" + release);
    }
    return jdk;
  }

  /** A {@code bin/java} that answers as a JVM of that version would, and notes that it ran. */
  private static void javaThatAnswers(Path jdk, String specificationVersion, Path asked)
      throws IOException {
    Path java = jdk.resolve("bin/java");
    Files.writeString(
        java,
        "#!/bin/sh\ntouch '"
            + asked
            + "'\necho '    java.specification.version = "
            + specificationVersion
            + "' >&2\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static String javaMajor(Path java) throws IOException, InterruptedException {
    Process sh =
        new ProcessBuilder(
                "sh",
                "-c",
                ". \"$0\" >/dev/null 2>&1; foiarchive_java_major \"$1\"",
                SCRIPT.toString(),
                java.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(sh.waitFor(1, TimeUnit.MINUTES)).as("finished").isTrue();
    return output.strip();
  }
}
