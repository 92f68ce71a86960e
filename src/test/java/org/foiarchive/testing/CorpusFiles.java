package org.foiarchive.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.Sha256;

/**
 * Corpus folders for tests: a new one with the shipped topics, and every file of one with its
 * SHA-256, to show a failed operation changed nothing.
 */
public final class CorpusFiles {
  private CorpusFiles() {}

  /**
   * A new, empty corpus folder tagged by the topics the archive ships ({@code corpus/topics.yml}).
   */
  public static Path withShippedTopics(Path corpus) throws IOException {
    Files.createDirectories(corpus);
    Files.copy(Path.of("corpus", Corpus.TOPICS_FILE), corpus.resolve(Corpus.TOPICS_FILE));
    return corpus;
  }

  public static Map<String, String> state(Path corpus) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(corpus)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(corpus)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(corpus.relativize(p).toString().replace('\\', '/'), Sha256.of(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
