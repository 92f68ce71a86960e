package org.foiarchive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the application writes for {@code ./mvnw} to start the next server without Maven, and how it
 * tells that the JVM could not map its AOT cache.
 */
class LaunchRecordTest {
  @Test
  void theRecordKeepsTheJvmOptionsButNotTheClassCacheChosenForEachStart() {
    List<String> lines =
        LaunchRecord.lines(
            "/jdk",
            "org.example.Main",
            "/a.jar:/b.jar",
            List.of(
                "-XX:TieredStopAtLevel=1",
                "--add-modules=jdk.incubator.vector",
                "-XX:AOTCacheOutput=/run/foiarchive.aot",
                "-XX:AOTCache=/run/foiarchive.aot",
                "-Dfoiarchive.aot-cache=/run/foiarchive.aot",
                "-XX:SharedArchiveFile=/run/foiarchive.jsa",
                "-XX:+AutoCreateSharedArchive",
                "-Xlog:aot=off",
                "-Xlog:cds=off",
                "-Dfoiarchive.launch-record=/run/launch.args",
                "-Dfile.encoding=UTF-8"));

    assertThat(lines)
        .containsExactly(
            "/jdk",
            "org.example.Main",
            "/a.jar:/b.jar",
            "-XX:TieredStopAtLevel=1",
            "--add-modules=jdk.incubator.vector",
            "-Dfile.encoding=UTF-8");
  }

  @Test
  void aJvmRunningWithoutSharingDidNotMapItsCache() {
    assertThat(AotCache.mapped("mixed mode, sharing")).isTrue();
    assertThat(AotCache.mapped("mixed mode")).isFalse();
    assertThat(AotCache.mapped(null)).isFalse();
  }

  @Test
  void theRecordIsWrittenWhereTheJvmWasAskedToWriteIt(@TempDir Path dir) throws Exception {
    Path record = dir.resolve("launch.args");
    System.setProperty(LaunchRecord.PROPERTY, record.toString());
    try {
      LaunchRecord.writeIfAsked(LaunchRecordTest.class);
    } finally {
      System.clearProperty(LaunchRecord.PROPERTY);
    }

    List<String> lines = Files.readAllLines(record);
    assertThat(lines.get(0)).isEqualTo(System.getProperty("java.home"));
    assertThat(lines.get(1)).isEqualTo(LaunchRecordTest.class.getName());
    assertThat(lines.get(2)).isEqualTo(System.getProperty("java.class.path"));
    assertThat(dir.resolve("launch.args.tmp")).doesNotExist();
  }
}
