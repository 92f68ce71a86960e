package org.foiarchive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK AOT cache {@code ./mvnw spring-boot:run} starts with (pom.xml, profile aot-cache), named
 * by {@code -Dfoiarchive.aot-cache}. The build records a new cache only when there is none or the
 * classes changed; one the JVM could not map (written by another JDK, cut short as it was written)
 * would otherwise be offered to every later start and ignored by each. So it is reported in one
 * line and removed, and the next start records a fresh one.
 */
final class AotCache {
  private static final Logger log = LoggerFactory.getLogger(AotCache.class);

  /** The system property naming the cache this JVM was started with. */
  static final String PROPERTY = "foiarchive.aot-cache";

  private AotCache() {}

  /** Removes the named cache when this JVM runs without one (it could not map it). */
  static void forgetIfUnused() {
    String named = System.getProperty(PROPERTY);
    if (named == null || named.isBlank() || mapped(System.getProperty("java.vm.info"))) {
      return;
    }
    Path cache = Path.of(named);
    try {
      if (Files.deleteIfExists(cache)) {
        log.warn(
            "The JVM could not use the AOT cache {}; it is removed, and the next start records a new"
                + " one",
            cache);
      }
    } catch (IOException e) {
      log.warn("The JVM could not use the AOT cache {}, nor could it be removed: {}", cache, e);
    }
  }

  /** Whether the JVM maps a class cache: it then says "sharing" in {@code java.vm.info}. */
  static boolean mapped(String vmInfo) {
    return vmInfo != null && vmInfo.contains("sharing");
  }
}
