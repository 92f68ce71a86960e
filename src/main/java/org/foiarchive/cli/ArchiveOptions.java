package org.foiarchive.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the corpus and the index live; shared by every command that reads them. */
public class ArchiveOptions {
  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      defaultValue = "corpus",
      descriptionKey = "archive.corpus")
  Path corpus;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "index",
      descriptionKey = "archive.index")
  Path index;
}
