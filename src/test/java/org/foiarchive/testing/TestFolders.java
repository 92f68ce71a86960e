package org.foiarchive.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Folders for what a test must set up before JUnit can hand it a {@code @TempDir} (an index shared
 * by several test classes, a server's settings read before the test instance exists). They go under
 * the build's own {@code target/}, which {@code mvn clean} removes, never into the system temp
 * folder.
 */
public final class TestFolders {
  private static final Path ROOT = Path.of("target", "test-folders").toAbsolutePath();

  private TestFolders() {}

  /** A new, empty folder whose name starts with {@code prefix}. */
  public static Path create(String prefix) {
    try {
      Files.createDirectories(ROOT);
      return Files.createTempDirectory(ROOT, prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
