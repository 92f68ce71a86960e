package org.foiarchive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/foiarchive.jar}, as a user types it, on the Java the machine has. Many
 * machines (these included) default to Java 17, where the archive's classes cannot load: the user
 * must read which Java is needed, not a class-version stack trace. Runs after {@code package}.
 */
class JavaJarIT {
  private static final Path JAR = Path.of("target", "foiarchive.jar").toAbsolutePath();
  private static final Path JDKS = Path.of("/usr/lib/jvm");
  private static final Pattern RELEASE = Pattern.compile("JAVA_VERSION=\"(\\d+)");

  @Test
  void anOlderJavaSaysInOneLineWhichJavaTheArchiveNeeds() throws Exception {
    Optional<Path> olderJava = javaOfRelease(17, 20);
    assumeTrue(olderJava.isPresent(), "no JDK 17 to 20 under " + JDKS);

    Result result = run(olderJava.get().toString(), "search", "consent");

    assertThat(result.exit).as(result.output).isEqualTo(1);
    assertThat(result.output.strip())
        .startsWith("foiarchive needs Java 21 or newer; this is Java ")
        .doesNotContain("\n")
        .doesNotContain("Exception");
  }

  @Test
  void theJavaItIsBuiltForRunsTheCommandAsTyped() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");

    Result result = run(java.toString(), "--version");

    assertThat(result.exit).as(result.output).isZero();
    assertThat(result.output).startsWith("foiarchive ");
  }

  @Test
  void importingAnOutlookMessagePrintsTheCommandsOwnLinesOnly(@TempDir Path work) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path message = Path.of("src/test/resources/fixtures/tika/testMSG_forwarded.msg");

    Result result =
        run(
            java.toString(),
            "import",
            "--corpus",
            work.resolve("corpus").toString(),
            message.toAbsolutePath().toString());

    assertThat(result.exit).as(result.output).isZero();
    // Apache POI notes every Outlook property it does not know: a hundred lines without the fix
    assertThat(result.output.strip().lines())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("added ")
        .contains("testMSG_forwarded.msg as 'fw-testing'");
  }

  /** The letter is read in a worker process the jar starts from itself, as the ingest's are. */
  @Test
  void importingALetterPrintsWhatItsHeadFiledItBy(@TempDir Path work) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path letter = work.resolve("reply.pdf");
    Files.write(
        letter,
        org.foiarchive.testing.TestDocuments.pdf(
            List.of(
                "DWP Central Freedom of Information Team",
                "Our Ref: FOI2017/31337",
                "14 March 2017",
                "Dear Ms Claimant,",
                "Your request about potoroo placements",
                "Claimants cannot be required to join a potoroo placement.",
                "Yours sincerely,",
                "DWP Central FoI Team")));

    Result result =
        run(
            java.toString(),
            "import",
            "--corpus",
            work.resolve("corpus").toString(),
            letter.toString());

    assertThat(result.exit).as(result.output).isZero();
    assertThat(result.output.strip().lines())
        .as(result.output)
        .containsExactly(
            "added "
                + letter
                + " as 'your-request-about-potoroo-placements' (application/pdf, snapshots/"
                + org.foiarchive.corpus.Sha256.of(letter)
                + ".pdf)",
            "  read from the letter (edit sources.yml to correct): foi-response, 'Your request"
                + " about potoroo placements', Department for Work and Pensions, signed DWP Central"
                + " FoI Team, 2017-03-14, ref FOI2017/31337");
  }

  private static Optional<Path> javaOfRelease(int lowest, int highest) throws IOException {
    if (!Files.isDirectory(JDKS)) {
      return Optional.empty();
    }
    try (Stream<Path> jdks = Files.list(JDKS)) {
      return jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
          .filter(jdk -> featureRelease(jdk).filter(r -> r >= lowest && r <= highest).isPresent())
          .map(jdk -> jdk.resolve("bin/java"))
          .findFirst();
    }
  }

  private static Optional<Integer> featureRelease(Path jdk) {
    try {
      Matcher matcher = RELEASE.matcher(Files.readString(jdk.resolve("release")));
      return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // not a JDK with a release file: not one to try
    }
  }

  private record Result(int exit, String output) {}

  private static Result run(String java, String... args) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toString());
    builder.command().addAll(List.of(args));
    Process process = builder.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
    return new Result(process.exitValue(), output);
  }
}
