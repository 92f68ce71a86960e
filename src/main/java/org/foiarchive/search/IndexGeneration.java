package org.foiarchive.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.FSDirectory;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.ArchiveFacets;

/**
 * One open index generation (a folder an ingest completed) and what is read from it once: its
 * searcher with the ranking's BM25, the facet state, the highlighter, its document records and
 * statistics. The reader's own reference count keeps it open while a search uses it ({@link
 * Generations}).
 */
final class IndexGeneration {
  /** Passages longer than this are highlighted in their first this-many characters only. */
  private static final int MAX_HIGHLIGHTED_CHARS = 20_000;

  /**
   * Words whose spelling correction is kept: a few thousand distinct words typed cover most of what
   * a public archive is asked, and each costs a few hundred bytes.
   */
  static final int KEPT_CORRECTIONS = 10_000;

  /**
   * Queries kept as built: the questions asked again and again (a topic's, a link shared, the next
   * page of results) are a small set; each is a few kilobytes of Lucene queries.
   */
  static final int KEPT_QUERIES = 1_000;

  /**
   * Queries kept ready to run, with their scoring Weights: each Weight holds a table of BM25 norms
   * per word and field (a kilobyte), so a long question's are a few hundred kilobytes.
   */
  static final int KEPT_PREPARED = 100;

  final Path path;
  final DirectoryReader reader;
  final IndexSearcher searcher;

  /** Null for an index written without facets. */
  final SortedSetDocValuesReaderState facetState;

  final LoadedTextHighlighter highlighter;
  final Map<String, String> commitData;
  final DocumentRecords records;

  /**
   * The closest word this generation holds for a word it does not (empty when none is close): a
   * fuzzy look-up costs a search as much as the rest of it, and the answer changes only with the
   * index.
   */
  final Cache<String, Optional<String>> corrections =
      Caffeine.newBuilder().maximumSize(KEPT_CORRECTIONS).build();

  /**
   * Queries as built for this generation (their spelling corrections come from it), by the request
   * with its page left out: reading, expanding and correcting a question is a quarter of a search.
   */
  final Cache<SearchRequest, ArchiveQuery> queries =
      Caffeine.newBuilder().maximumSize(KEPT_QUERIES).build();

  /** What this generation holds of words and phrases, for the other ways it writes a word typed. */
  final IndexVocabulary vocabulary;

  /** Answers by the request that asked for them: the same request asked again is not searched. */
  final ResultCache results;

  /** The same for as long as the generation serves: counted once, not on every home page. */
  volatile ArchiveStats stats;

  /**
   * The queries above as Lucene runs them on this generation ({@link PreparedSearch}): rewritten,
   * their words looked up and their scoring Weights made once, where every search did all three
   * again. Keyed by the query as built (by identity), and dropped with it.
   */
  final Cache<ArchiveQuery, PreparedSearch> prepared =
      Caffeine.newBuilder().weakKeys().maximumSize(KEPT_PREPARED).build();

  private IndexGeneration(
      Path path,
      DirectoryReader reader,
      ArchiveAnalyzers analyzers,
      Ranking ranking,
      long resultCacheBytes)
      throws IOException {
    this.path = path;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.searcher.setSimilarity(new BM25Similarity(ranking.k1(), ranking.b()));
    this.facetState =
        hasFacets(reader)
            ? new DefaultSortedSetDocValuesReaderState(reader, ArchiveFacets.config())
            : null;
    this.highlighter = new LoadedTextHighlighter(highlighting(searcher, analyzers));
    this.commitData = reader.getIndexCommit().getUserData();
    this.records = new DocumentRecords(searcher);
    this.vocabulary = new IndexVocabulary(searcher);
    this.results = ResultCache.ofBytes(resultCacheBytes);
  }

  /** How passages are highlighted: whole, with each match in a {@code <mark>}. */
  static UnifiedHighlighter.Builder highlighting(
      IndexSearcher searcher, ArchiveAnalyzers analyzers) {
    return UnifiedHighlighter.builder(searcher, analyzers.query())
        .withBreakIterator(WholeBreakIterator::new)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
        .withScorer(new CountingPassageScorer())
        .withHighlightPhrasesStrictly(true)
        .withMaxLength(MAX_HIGHLIGHTED_CHARS);
  }

  /** A generation that keeps no answers. */
  static IndexGeneration open(Path path, ArchiveAnalyzers analyzers, Ranking ranking)
      throws IOException {
    return open(path, analyzers, ranking, 0);
  }

  /**
   * @param resultCacheBytes about how many bytes of answers it keeps ({@link ResultCache}); 0 keeps
   *     none
   */
  static IndexGeneration open(
      Path path, ArchiveAnalyzers analyzers, Ranking ranking, long resultCacheBytes)
      throws IOException {
    DirectoryReader reader = DirectoryReader.open(FSDirectory.open(path));
    try {
      return new IndexGeneration(path, reader, analyzers, ranking, resultCacheBytes);
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  private static boolean hasFacets(DirectoryReader reader) {
    return reader.leaves().stream()
        .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo("$facets") != null);
  }
}
