package org.foiarchive;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@code ./mvnw spring-boot:run} started this JVM, written where {@code
 * -Dfoiarchive.launch-record} says: the JDK, the main class, the class path and the JVM options,
 * one a line. When nothing has changed since (the pom, the sources, the classes jar), {@code ./mvnw
 * spring-boot:run} starts the next server from this record directly (.mvn/run-server.sh): Maven
 * would build nothing and start the same command, after seconds of its own start and dependency
 * resolution. The class cache's options are left out: the script chooses them for each start.
 */
final class LaunchRecord {
  private static final Logger log = LoggerFactory.getLogger(LaunchRecord.class);

  /** The system property naming the file to write. */
  static final String PROPERTY = "foiarchive.launch-record";

  /** Options the script decides afresh for each start, never replayed from a record. */
  private static final List<String> CHOSEN_EACH_START =
      List.of(
          "-XX:AOTCache=",
          "-XX:AOTCacheOutput=",
          "-XX:AOTConfiguration=",
          "-XX:AOTMode=",
          "-XX:SharedArchiveFile=",
          "-XX:+AutoCreateSharedArchive",
          "-Xlog:aot",
          "-Xlog:cds",
          "-D" + AotCache.PROPERTY + "=",
          "-D" + PROPERTY + "=");

  private LaunchRecord() {}

  /** Writes the record when asked to; a record that cannot be written only costs the shortcut. */
  static void writeIfAsked(Class<?> mainClass) {
    String named = System.getProperty(PROPERTY);
    if (named == null || named.isBlank()) {
      return;
    }
    Path record = Path.of(named);
    List<String> lines =
        lines(
            System.getProperty("java.home"),
            mainClass.getName(),
            System.getProperty("java.class.path"),
            ManagementFactory.getRuntimeMXBean().getInputArguments());
    try {
      Path written = record.resolveSibling(record.getFileName() + ".tmp");
      Files.write(written, lines, StandardCharsets.UTF_8);
      Files.move(written, record, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      log.debug("Could not write the launch record {}: {}", record, e.toString());
    }
  }

  /** The record's lines: JDK home, main class, class path, then each JVM option kept. */
  static List<String> lines(
      String javaHome, String mainClass, String classPath, List<String> jvmOptions) {
    List<String> lines = new ArrayList<>(List.of(javaHome, mainClass, classPath));
    for (String option : jvmOptions) {
      if (CHOSEN_EACH_START.stream().noneMatch(option::startsWith)) {
        lines.add(option);
      }
    }
    return lines;
  }
}
