package org.foiarchive.cli;

/**
 * Starts the web archive with the given Spring Boot settings and returns while it runs. The
 * application class hands one to the command line, so that the command line need not know the
 * application or the web layer (dependencies run from the application to the CLI, never back).
 */
@FunctionalInterface
public interface WebServer {
  void start(String[] springArguments);
}
