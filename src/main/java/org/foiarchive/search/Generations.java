package org.foiarchive.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.search.ReferenceManager;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;

/**
 * Lucene's {@link ReferenceManager} over the archive's generations: an ingest writes each into a
 * folder of its own and switches {@link IndexLocation#current()} to it, so a refresh opens the new
 * folder rather than reopening one reader. Searches in flight finish on the generation they
 * acquired; the old one closes when the last of them releases it. Thread-safe.
 */
final class Generations extends ReferenceManager<IndexGeneration> {
  private final IndexLocation location;
  private final ArchiveAnalyzers analyzers;
  private final Ranking ranking;
  private final long resultCacheBytes;

  /**
   * @param resultCacheBytes each generation's bound on the answers it keeps ({@link ResultCache})
   */
  Generations(
      IndexLocation location, ArchiveAnalyzers analyzers, Ranking ranking, long resultCacheBytes)
      throws IOException {
    this.location = location;
    this.analyzers = analyzers;
    this.ranking = ranking;
    this.resultCacheBytes = resultCacheBytes;
    Path current =
        location
            .current()
            .orElseThrow(
                () -> new IOException("no index in " + location.root() + "; run `ingest` first"));
    this.current = IndexGeneration.open(current, analyzers, ranking, resultCacheBytes);
  }

  @Override
  protected IndexGeneration refreshIfNeeded(IndexGeneration serving) throws IOException {
    Optional<Path> newest = location.current();
    if (newest.isEmpty() || newest.get().equals(serving.path)) {
      return null;
    }
    return IndexGeneration.open(newest.get(), analyzers, ranking, resultCacheBytes);
  }

  @Override
  protected boolean tryIncRef(IndexGeneration generation) {
    return generation.reader.tryIncRef();
  }

  @Override
  protected void decRef(IndexGeneration generation) throws IOException {
    generation.reader.decRef();
  }

  @Override
  protected int getRefCount(IndexGeneration generation) {
    return generation.reader.getRefCount();
  }
}
