package org.foiarchive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench http --aot} records its cache from the jar it runs from: an executable jar is
 * extracted first, while the extracted jar {@code ./foiarchive} runs every command from is used as
 * it is (tools mode cannot extract it again: the bench failed with "unknown command 'extract'").
 */
class AotTrainingTest {

  @Test
  void anExecutableJarWithItsLibrariesInsideIsExtractedFirst(@TempDir Path dir) throws IOException {
    Path jar =
        jar(
            dir.resolve("foiarchive.jar"),
            Map.of(
                "Main-Class", "org.springframework.boot.loader.launch.JarLauncher",
                "Spring-Boot-Classes", "BOOT-INF/classes/",
                "Spring-Boot-Lib", "BOOT-INF/lib/"));

    assertThat(AotTraining.isExtracted(jar)).isFalse();
  }

  @Test
  void theExtractedJarWithItsLibrariesBesideItIsUsedAsItIs(@TempDir Path dir) throws IOException {
    Path jar =
        jar(
            dir.resolve("foiarchive.jar"),
            Map.of(
                "Main-Class", "org.foiarchive.JavaVersionGuard",
                "Spring-Boot-Version", "4.1.2",
                "Class-Path", "lib/lucene-core.jar lib/spring-boot.jar"));

    assertThat(AotTraining.isExtracted(jar)).isTrue();
  }

  @Test
  void theTrainingRunGetsTheServersJvmOptionsSoItsProfilesAreOfTheSameJvm() {
    assertThat(
            AotTraining.SEARCHES.training(
                List.of("-XX:CompileThresholdScaling=0.5"), Path.of("app", "foiarchive.aot")))
        .containsExactly(
            "-XX:CompileThresholdScaling=0.5",
            "-XX:AOTCacheOutput=" + Path.of("app", "foiarchive.aot"),
            "-Dfoiarchive.warm-up.then-exit=true");
  }

  private static Path jar(Path path, Map<String, String> attributes) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    attributes.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
    try (OutputStream out = Files.newOutputStream(path);
        JarOutputStream jar = new JarOutputStream(out, manifest)) {
      jar.closeEntry();
    }
    return path;
  }
}
