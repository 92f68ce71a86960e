package org.foiarchive;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.util.Map;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * The libraries' logging on the command line, as {@code application.properties} sets it for the
 * server: without Spring, logback prints everything, so importing one Outlook message printed a
 * hundred lines of Apache POI's notes on the file's internals among the command's own output. Their
 * notes are for their developers; what a user needs is in the command's report.
 */
final class CommandLineLogging {
  /** The loggers quietened, each to the level application.properties gives it. */
  static final Map<String, Level> LIBRARY_LEVELS =
      Map.of(
          "org.apache.poi", Level.ERROR,
          "org.apache.pdfbox", Level.ERROR,
          "org.apache.fontbox", Level.ERROR,
          "org.apache.tika", Level.WARN);

  private CommandLineLogging() {}

  static void quietenLibraries() {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (factory instanceof LoggerContext context) {
      LIBRARY_LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }
  }
}
