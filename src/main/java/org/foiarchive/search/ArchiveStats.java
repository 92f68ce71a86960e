package org.foiarchive.search;

import java.util.Map;

/** What the serving index holds, for the home page and the health check. */
public record ArchiveStats(
    int documents,
    long passages,
    String builtAt,
    Map<String, Long> kinds,
    Map<String, Long> topics) {}
