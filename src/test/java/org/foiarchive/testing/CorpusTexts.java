package org.foiarchive.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real text the project holds: each snapshot of the seed corpus and of the evaluation corpus,
 * for tests that check a reading of text against another on every real page.
 */
public final class CorpusTexts {
  private CorpusTexts() {}

  public static List<String> all() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path dir :
        List.of(
            Path.of("corpus", "snapshots"),
            Path.of("src", "test", "resources", "eval", "corpus"))) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        }
      }
    }
    return texts;
  }
}
