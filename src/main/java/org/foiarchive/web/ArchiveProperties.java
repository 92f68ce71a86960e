package org.foiarchive.web;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the served archive lives ({@code foiarchive.corpus}, {@code foiarchive.index}) and whether
 * to build the index at start-up when it is missing or stale ({@code foiarchive.ingest-on-start}).
 */
@ConfigurationProperties("foiarchive")
public record ArchiveProperties(Path corpus, Path index, Boolean ingestOnStart) {
  public ArchiveProperties {
    corpus = corpus == null ? Path.of("corpus") : corpus;
    index = index == null ? Path.of("index") : index;
    ingestOnStart = ingestOnStart == null || ingestOnStart;
  }
}
