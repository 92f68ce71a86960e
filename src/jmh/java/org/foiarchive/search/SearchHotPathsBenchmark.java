package org.foiarchive.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.FSDirectory;
import org.foiarchive.bench.CorpusGenerator;
import org.foiarchive.bench.QueryMix;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.ArchiveFacets;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.ingest.IngestListener;
import org.foiarchive.ingest.IngestPipeline;
import org.foiarchive.tag.ReferenceRecognizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The search hot paths on one index: a whole search (hits, highlighting, facets) over the fixed
 * query mix, highlighting the top ten alone, and facet counting over a bounded sample against
 * counting every match (what the sample saves). The index is a generated one of 100,000 passages,
 * or the one named by {@code -Dfoiarchive.bench.index=DIR} (e.g. a million-passage index built by
 * {@code bench ingest}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchHotPathsBenchmark {
  private static final List<SearchRequest> MIX = QueryMix.REQUESTS;

  private LuceneArchiveSearcher searcher;
  private DirectoryReader reader;
  private IndexSearcher indexSearcher;
  private UnifiedHighlighter highlighter;
  private DefaultSortedSetDocValuesReaderState facetState;
  private ArchiveQuery[] queries;
  private TopDocs[] topTen;
  private int next;

  @Setup(Level.Trial)
  public void open() throws IOException {
    String given = System.getProperty("foiarchive.bench.index");
    Path index;
    if (given != null) {
      index = Path.of(given);
    } else {
      Path dir = Files.createTempDirectory("foiarchive-jmh-search-");
      Corpus real = Corpus.open(Path.of("corpus"));
      CorpusGenerator.learningFrom(real, 1)
          .generate(dir.resolve("corpus"), 100_000, real.topicsFile());
      index = dir.resolve("index");
      new IngestPipeline(new ArchiveAnalyzers())
          .run(Corpus.open(dir.resolve("corpus")), new IndexLocation(index), IngestListener.SILENT);
    }
    ArchiveAnalyzers analyzers = new ArchiveAnalyzers();
    IndexLocation location = new IndexLocation(index);
    searcher = new LuceneArchiveSearcher(location, analyzers, new ReferenceRecognizer());
    reader = DirectoryReader.open(FSDirectory.open(location.current().orElseThrow()));
    indexSearcher = new IndexSearcher(reader);
    highlighter =
        UnifiedHighlighter.builder(indexSearcher, analyzers.query())
            .withBreakIterator(WholeBreakIterator::new)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
            .withHighlightPhrasesStrictly(true)
            .withMaxLength(20_000)
            .build();
    facetState = new DefaultSortedSetDocValuesReaderState(reader, ArchiveFacets.config());
    ArchiveQueryBuilder builder = new ArchiveQueryBuilder(analyzers, new ReferenceRecognizer());
    queries = MIX.stream().map(builder::build).toArray(ArchiveQuery[]::new);
    topTen = new TopDocs[queries.length];
    for (int i = 0; i < queries.length; i++) {
      topTen[i] = indexSearcher.search(queries[i].ranking(), 10);
    }
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    searcher.close();
    reader.close();
  }

  private int nextQuery() {
    next = (next + 1) % MIX.size();
    return next;
  }

  @Benchmark
  public SearchResults searchWithHighlightsAndFacets() {
    return searcher.search(MIX.get(nextQuery()));
  }

  /** Highlighting alone: the ten hits of each query were found once, in the set-up. */
  @Benchmark
  public String[] highlightTopTen() throws IOException {
    int i = nextQuery();
    return highlighter.highlight(ArchiveFields.TEXT, queries[i].highlight(), topTen[i], 1);
  }

  @Benchmark
  public Object facetsOverABoundedSample() throws IOException {
    ArchiveQuery query = queries[nextQuery()];
    return TopHitFacets.count(
        reader, TopHitFacets.sample(indexSearcher, query.ranking(), 1000), 25);
  }

  @Benchmark
  public Object facetsOverEveryMatch() throws IOException {
    ArchiveQuery query = queries[nextQuery()];
    var result =
        FacetsCollectorManager.search(
            indexSearcher, query.ranking(), 10, new FacetsCollectorManager());
    return new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector()).getAllDims(25);
  }
}
