package org.foiarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.index.LuceneArchiveWriter;
import org.foiarchive.tag.ReferenceRecognizer;

/**
 * A test's own small index, written once, searched with the ranking as it ships and with one
 * ranking mechanism switched off at a time, so that a test can show the order the mechanism changes
 * ({@code eval --without}), and what those searches rank first.
 */
final class SmallArchive implements AutoCloseable {
  /** What a test writes into its index before it is committed. */
  @FunctionalInterface
  interface Contents {
    void writeTo(LuceneArchiveWriter writer) throws IOException;
  }

  private final IndexLocation location;
  private final ArchiveAnalyzers analyzers;
  private final LuceneArchiveSearcher searcher;
  private final Map<RankingMechanism, LuceneArchiveSearcher> without =
      new EnumMap<>(RankingMechanism.class);

  private SmallArchive(IndexLocation location, ArchiveAnalyzers analyzers) throws IOException {
    this.location = location;
    this.analyzers = analyzers;
    this.searcher = new LuceneArchiveSearcher(location, analyzers, new ReferenceRecognizer());
  }

  /** Writes {@code contents} into an index in {@code dir}, commits it and opens it. */
  static SmallArchive write(Path dir, Contents contents) throws IOException {
    IndexLocation location = new IndexLocation(dir);
    ArchiveAnalyzers analyzers = new ArchiveAnalyzers();
    try (LuceneArchiveWriter writer = new LuceneArchiveWriter(location, analyzers)) {
      contents.writeTo(writer);
      writer.commit(Map.of());
    }
    return new SmallArchive(location, analyzers);
  }

  /** The index searched with the ranking as it ships. */
  LuceneArchiveSearcher searcher() {
    return searcher;
  }

  /** The same index searched with {@code mechanism} switched off (opened once, on first use). */
  synchronized LuceneArchiveSearcher without(RankingMechanism mechanism) {
    return without.computeIfAbsent(
        mechanism,
        m -> {
          try {
            return new LuceneArchiveSearcher(
                location,
                analyzers,
                new ReferenceRecognizer(),
                Ranking.DEFAULT.without(Set.of(m)),
                LuceneArchiveSearcher.SEARCH_TIMEOUT_MILLIS);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The same index searched with another ranking; the caller closes it. */
  LuceneArchiveSearcher with(Ranking ranking) throws IOException {
    return new LuceneArchiveSearcher(
        location,
        analyzers,
        new ReferenceRecognizer(),
        ranking,
        LuceneArchiveSearcher.SEARCH_TIMEOUT_MILLIS);
  }

  /** The documents of the first ten hits {@code searcher} gives for {@code query}, best first. */
  static List<String> docIds(LuceneArchiveSearcher searcher, String query) {
    return docIds(searcher, query, 10);
  }

  /** The documents of the first {@code count} hits for {@code query}, best first. */
  static List<String> docIds(LuceneArchiveSearcher searcher, String query, int count) {
    return ranked(searcher, query, count, SearchHit::docId);
  }

  /** What {@code of} reads from each of the first {@code count} hits for {@code query}. */
  static <T> List<T> ranked(
      LuceneArchiveSearcher searcher, String query, int count, Function<SearchHit, T> of) {
    return searcher.search(SearchRequest.of(query, count)).hits().stream().map(of).toList();
  }

  @Override
  public synchronized void close() {
    searcher.close();
    without.values().forEach(LuceneArchiveSearcher::close);
  }
}
