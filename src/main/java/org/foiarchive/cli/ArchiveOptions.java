package org.foiarchive.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the corpus and the index live; shared by every command that reads them. */
public class ArchiveOptions {
  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      defaultValue = "corpus",
      description = "Corpus folder (sources.yml, snapshots/). Default: ${DEFAULT-VALUE}")
  Path corpus;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "index",
      description = "Index folder, rebuilt from the corpus by ingest. Default: ${DEFAULT-VALUE}")
  Path index;
}
