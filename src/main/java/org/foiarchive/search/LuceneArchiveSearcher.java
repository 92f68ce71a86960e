package org.foiarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.FSDirectory;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.ArchiveFacets;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.tag.ReferenceRecognizer;

/**
 * {@link ArchiveSearcher} over the embedded Lucene index. It serves one index generation at a time and
 * switches to a newer one when an ingest completes, without a restart: searches in flight finish on the
 * generation they started with.
 */
public final class LuceneArchiveSearcher implements ArchiveSearcher {
  private static final long REFRESH_INTERVAL_NANOS = 1_000_000_000L;
  private static final int FACET_VALUES = 25;
  /**
   * Searches run at once, at most: a search is CPU work, and more of them than a couple per core only
   * share out the same cores and their caches (on 2 cores, 4 at a time answered 45% more requests a
   * second under load than Tomcat's 200 threads did). The rest wait their turn, in order.
   */
  private static final Semaphore SEARCH_SLOTS = new Semaphore(2 * Runtime.getRuntime().availableProcessors(), true);
  /** Document records kept in memory at most (each a few hundred bytes); beyond, the cache starts again. */
  private static final int MAX_CACHED_DOCUMENTS = 50_000;
  /**
   * How long one search may run before it stops with the hits found so far: a query no bound in the
   * front end foresaw still cannot hold a thread for long.
   */
  static final long SEARCH_TIMEOUT_MILLIS = 2_000;
  static final String TIMED_OUT_NOTICE = "The search took too long and was stopped early; results may be incomplete.";
  /**
   * How many matches are counted exactly: beyond this the total is "at least" this many and the facets
   * count a sample of this many. Paging stops here too ({@link SearchRequest#MAX_WINDOW}).
   */
  static final int COUNTED_HITS = SearchRequest.MAX_WINDOW;
  static final String MANY_HITS_NOTICE = "More than " + String.format(Locale.UK, "%,d", COUNTED_HITS)
      + " passages match: the best are shown first, and the counts beside the results are of the first "
      + String.format(Locale.UK, "%,d", COUNTED_HITS) + " found. Add words or a filter to narrow the search.";

  private final IndexLocation location;
  private final long searchTimeoutMillis;
  private final ArchiveAnalyzers analyzers;
  private final ArchiveQueryBuilder queries;
  private final Object switchLock = new Object();
  private volatile Generation generation;
  private volatile long lastRefreshCheck;

  public LuceneArchiveSearcher(IndexLocation location, ArchiveAnalyzers analyzers, ReferenceRecognizer references)
      throws IOException {
    this(location, analyzers, references, SEARCH_TIMEOUT_MILLIS);
  }

  /** @param searchTimeoutMillis how long one search may run before it returns what it has found */
  public LuceneArchiveSearcher(IndexLocation location, ArchiveAnalyzers analyzers, ReferenceRecognizer references,
      long searchTimeoutMillis) throws IOException {
    this.searchTimeoutMillis = searchTimeoutMillis;
    this.location = location;
    this.analyzers = analyzers;
    this.queries = new ArchiveQueryBuilder(analyzers, references);
    Path current = location.current().orElseThrow(() -> new IOException(
        "no index in " + location.root() + "; run `ingest` first"));
    this.generation = Generation.open(current, analyzers);
    this.lastRefreshCheck = System.nanoTime();
  }

  /** One open index generation, reference-counted so a switch never closes it under a running search. */
  private static final class Generation {
    final Path path;
    final DirectoryReader reader;
    final IndexSearcher searcher;
    final SortedSetDocValuesReaderState facetState;
    final UnifiedHighlighter highlighter;
    final Map<String, String> commitData;
    /** Document records read so far: looked up when a hit needs one, not all at start-up. */
    private final Map<String, Optional<IndexedDocument>> documentCache = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile List<IndexedDocument> allDocuments;
    volatile ArchiveStats stats;
    final AtomicInteger refs = new AtomicInteger(1);

    private Generation(Path path, DirectoryReader reader, ArchiveAnalyzers analyzers) throws IOException {
      this.path = path;
      this.reader = reader;
      this.searcher = new IndexSearcher(reader);
      this.facetState = hasFacets(reader)
          ? new DefaultSortedSetDocValuesReaderState(reader, ArchiveFacets.config()) : null;
      this.highlighter = UnifiedHighlighter.builder(searcher, analyzers.query())
          .withBreakIterator(WholeBreakIterator::new)
          .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
          .withHighlightPhrasesStrictly(true)
          .withMaxLength(20_000)
          .build();
      this.commitData = reader.getIndexCommit().getUserData();
    }

    static Generation open(Path path, ArchiveAnalyzers analyzers) throws IOException {
      DirectoryReader reader = DirectoryReader.open(FSDirectory.open(path));
      try {
        return new Generation(path, reader, analyzers);
      } catch (IOException | RuntimeException e) {
        reader.close();
        throw e;
      }
    }

    private static boolean hasFacets(DirectoryReader reader) {
      return reader.leaves().stream().anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo("$facets") != null);
    }

    /** The document record for an id, read from the index on first need and kept. */
    IndexedDocument info(String docId) {
      if (docId == null) {
        return null;
      }
      if (documentCache.size() > MAX_CACHED_DOCUMENTS) {
        documentCache.clear();
      }
      return documentCache.computeIfAbsent(docId, id -> {
        try {
          Query record = new BooleanQuery.Builder()
              .add(new TermQuery(new Term(ArchiveFields.DOC_ID, id)), Occur.FILTER)
              .add(new TermQuery(new Term(ArchiveFields.RECORD, ArchiveFields.RECORD_DOCUMENT)), Occur.FILTER)
              .build();
          TopDocs top = searcher.search(record, 1);
          return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(IndexedDocument.fromJson(
              searcher.storedFields().document(top.scoreDocs[0].doc).get(ArchiveFields.DOCUMENT_JSON)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).orElse(null);
    }

    /** Every document, newest first: read in full only when a page lists them all. */
    List<IndexedDocument> all() throws IOException {
      List<IndexedDocument> all = allDocuments;
      if (all == null) {
        synchronized (this) {
          all = allDocuments;
          if (all == null) {
            all = List.copyOf(loadDocuments(searcher).values());
            allDocuments = all;
          }
        }
      }
      return all;
    }

    int documentCount() throws IOException {
      return searcher.count(new TermQuery(new Term(ArchiveFields.RECORD, ArchiveFields.RECORD_DOCUMENT)));
    }

    private static Map<String, IndexedDocument> loadDocuments(IndexSearcher searcher) throws IOException {
      Query query = new TermQuery(new Term(ArchiveFields.RECORD, ArchiveFields.RECORD_DOCUMENT));
      int max = Math.max(1, searcher.getIndexReader().maxDoc());
      TopDocs top = searcher.search(query, max);
      List<IndexedDocument> docs = new ArrayList<>();
      var stored = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        docs.add(IndexedDocument.fromJson(stored.document(sd.doc).get(ArchiveFields.DOCUMENT_JSON)));
      }
      docs.sort(Comparator.comparing((IndexedDocument d) -> d.source().date() == null ? "" : d.source().date())
          .reversed().thenComparing(IndexedDocument::title));
      Map<String, IndexedDocument> byId = new LinkedHashMap<>();
      docs.forEach(d -> byId.put(d.docId(), d));
      return byId;
    }

    boolean tryAcquire() {
      for (int n = refs.get(); n > 0; n = refs.get()) {
        if (refs.compareAndSet(n, n + 1)) {
          return true;
        }
      }
      return false;
    }

    void release() {
      if (refs.decrementAndGet() == 0) {
        try {
          reader.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private Generation acquire() {
    maybeRefresh();
    while (true) {
      Generation g = generation;
      if (g.tryAcquire()) {
        return g;
      }
    }
  }

  /** Switches to a newer generation if an ingest has completed one since the last check. */
  public void maybeRefresh() {
    long now = System.nanoTime();
    if (now - lastRefreshCheck < REFRESH_INTERVAL_NANOS) {
      return;
    }
    lastRefreshCheck = now;
    refreshNow();
  }

  /** Checks for a newer generation now; returns true when it switched. */
  public boolean refreshNow() {
    synchronized (switchLock) {
      try {
        Optional<Path> current = location.current();
        if (current.isEmpty() || current.get().equals(generation.path)) {
          return false;
        }
        Generation next = Generation.open(current.get(), analyzers);
        Generation previous = generation;
        generation = next;
        previous.release();
        return true;
      } catch (IOException | RuntimeException e) {
        // Keep serving the generation we have; the next check tries again.
        return false;
      }
    }
  }

  @Override
  public SearchResults search(SearchRequest request) {
    long start = System.nanoTime();
    SEARCH_SLOTS.acquireUninterruptibly();
    try {
      return search(request, start);
    } finally {
      SEARCH_SLOTS.release();
    }
  }

  private SearchResults search(SearchRequest request, long start) {
    Generation g = acquire();
    try {
      ArchiveQuery query = queries.build(request);
      try {
        return run(g, request, query, start, List.of());
      } catch (IOException | RuntimeException e) {
        // Whatever went wrong with the query as written, the words alone still deserve an answer.
        String words = String.join(" ", query.parsed().words());
        ArchiveQuery fallback = queries.build(new SearchRequest(words, request.topics(), request.kinds(),
            request.voices(), request.publishers(), request.from(), request.to(), request.offset(), request.limit()));
        try {
          return run(g, request, fallback, start, List.of("The query could not be run as written; its words were searched instead."));
        } catch (IOException | RuntimeException again) {
          return new SearchResults(request.query(), 0, elapsedMs(start), List.of(), emptyFacets(),
              List.of("The query could not be run; try fewer or simpler words."), null, request.offset(), request.limit());
        }
      }
    } finally {
      g.release();
    }
  }

  private SearchResults run(Generation g, SearchRequest request, ArchiveQuery query, long start, List<String> extra)
      throws IOException {
    // A searcher of its own for this request: the timeout belongs to one search, not to every thread.
    IndexSearcher searcher = new IndexSearcher(g.reader);
    searcher.setTimeout(new QueryTimeoutImpl(searchTimeoutMillis));
    // The page's hits with pruning (block-max scores skip passages that cannot make the page), counting
    // exactly only up to COUNTED_HITS: the cost no longer grows with the number of matches, which for
    // everyday words is most of the archive.
    TopDocs top = searcher.search(query.ranking(),
        new TopScoreDocCollectorManager(request.offset() + request.limit(), COUNTED_HITS));
    long total = top.totalHits.value();
    boolean lowerBound = top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
    int end = Math.min(top.scoreDocs.length, request.offset() + request.limit());
    ScoreDoc[] page = end <= request.offset() ? new ScoreDoc[0]
        : Arrays.copyOfRange(top.scoreDocs, request.offset(), end);
    List<SearchHit> hits = toHits(g, page, query.highlight());
    List<String> notices = new ArrayList<>(query.notices());
    notices.addAll(extra);
    if (searcher.timedOut()) {
      notices.add(TIMED_OUT_NOTICE);
    } else if (lowerBound) {
      notices.add(MANY_HITS_NOTICE);
    }
    String suggestion = total == 0 ? suggest(g, query.parsed()) : null;
    return new SearchResults(request.query(), total, elapsedMs(start), hits,
        TopHitFacets.count(g.reader, TopHitFacets.sample(searcher, query.ranking(), COUNTED_HITS), FACET_VALUES),
        List.copyOf(notices), suggestion, request.offset(),
        request.limit());
  }

  private static long totalOf(FacetsCollector collector, TotalHits fallback) {
    long total = 0;
    for (FacetsCollector.MatchingDocs docs : collector.getMatchingDocs()) {
      total += docs.totalHits();
    }
    return collector.getMatchingDocs().isEmpty() ? fallback.value() : total;
  }

  private List<SearchHit> toHits(Generation g, ScoreDoc[] docs, Query highlight) throws IOException {
    if (docs.length == 0) {
      return List.of();
    }
    String[] marked = highlight == null ? new String[docs.length]
        : g.highlighter.highlight(ArchiveFields.TEXT, highlight,
            new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs), 1);
    List<SearchHit> hits = new ArrayList<>(docs.length);
    var stored = g.searcher.storedFields();
    for (int i = 0; i < docs.length; i++) {
      Document doc = stored.document(docs[i].doc);
      hits.add(toHit(g, doc, Float.isNaN(docs[i].score) ? 0f : docs[i].score, marked[i]));
    }
    return hits;
  }

  private static SearchHit toHit(Generation g, Document doc, float score, String marked) {
    String docId = doc.get(ArchiveFields.DOC_ID);
    IndexedDocument info = g.info(docId);
    String text = doc.get(ArchiveFields.TEXT);
    int ordinal = doc.getField(ArchiveFields.ORDINAL).numericValue().intValue();
    IndexableField page = doc.getField(ArchiveFields.PAGE);
    String anchor = doc.get(ArchiveFields.ANCHOR);
    String sourceUrl = info == null ? null : info.source().url();
    String url = sourceUrl == null ? null : anchor == null ? sourceUrl : sourceUrl.replaceFirst("#.*$", "") + "#" + anchor;
    return new SearchHit(
        doc.get(ArchiveFields.ID),
        docId,
        info == null ? docId : info.title(),
        doc.get(ArchiveFields.KIND),
        doc.get(ArchiveFields.PUBLISHER),
        doc.get(ArchiveFields.VOICE),
        doc.get(ArchiveFields.DATE),
        List.of(doc.getValues(ArchiveFields.REF)),
        List.of(doc.getValues(ArchiveFields.TOPIC)),
        doc.get(ArchiveFields.LABEL),
        page == null ? null : page.numericValue().intValue(),
        text,
        marked != null ? marked : Html.escape(text),
        url,
        "/doc/" + docId + "/raw",
        "/doc/" + docId + "#p" + ordinal,
        score,
        doc.get(ArchiveFields.AUTHOR),
        ordinal,
        doc.get(ArchiveFields.HEADING),
        doc.get(ArchiveFields.QUOTED_REFERENCE),
        anchor);
  }

  private static Map<String, Map<String, Long>> facets(Generation g, FacetsCollector collector) throws IOException {
    Map<String, Map<String, Long>> all = emptyFacets();
    if (g.facetState == null) {
      return all;
    }
    Facets counts = new SortedSetDocValuesFacetCounts(g.facetState, collector);
    for (String dim : ArchiveFacets.DIMENSIONS) {
      FacetResult result;
      try {
        result = counts.getTopChildren(FACET_VALUES, dim);
      } catch (IllegalArgumentException e) {
        result = null; // dimension not present in this index
      }
      if (result != null) {
        Map<String, Long> values = all.get(dim);
        for (LabelAndValue lv : result.labelValues) {
          values.put(lv.label, lv.value.longValue());
        }
      }
    }
    return all;
  }

  private static Map<String, Map<String, Long>> emptyFacets() {
    Map<String, Map<String, Long>> all = new LinkedHashMap<>();
    ArchiveFacets.DIMENSIONS.forEach(d -> all.put(d, new LinkedHashMap<>()));
    return all;
  }

  /** "Did you mean": each word that is not in the index replaced by its closest indexed word. */
  private static String suggest(Generation g, ParsedQuery parsed) {
    if (parsed.words().isEmpty()) {
      return null;
    }
    DirectSpellChecker spell = new DirectSpellChecker();
    List<String> out = new ArrayList<>();
    boolean changed = false;
    try {
      for (String word : parsed.words()) {
        String lower = word.toLowerCase(Locale.ROOT);
        SuggestWord[] best = spell.suggestSimilar(new Term(ArchiveFields.EXACT, lower), 1, g.reader,
            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (best.length > 0) {
          out.add(best[0].string);
          changed = true;
        } else {
          out.add(word);
        }
      }
    } catch (IOException e) {
      return null;
    }
    return changed ? String.join(" ", out) : null;
  }

  @Override
  public Optional<DocumentView> document(String docId, String highlightQuery) {
    Generation g = acquire();
    try {
      IndexedDocument info = g.info(docId);
      if (info == null) {
        return Optional.empty();
      }
      Query passagesOf = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(ArchiveFields.DOC_ID, docId)), Occur.FILTER)
          .add(new TermQuery(new Term(ArchiveFields.RECORD, ArchiveFields.RECORD_PASSAGE)), Occur.FILTER)
          .build();
      Sort byOrdinal = new Sort(new SortedNumericSortField(ArchiveFields.ORDINAL, SortField.Type.INT));
      TopDocs top = g.searcher.search(passagesOf, Math.max(1, info.passageCount() + 1), byOrdinal);
      Query highlight = highlightQuery == null || highlightQuery.isBlank() ? null
          : queries.build(SearchRequest.of(highlightQuery, 1)).highlight();
      String[] marked = highlight == null || top.scoreDocs.length == 0 ? new String[top.scoreDocs.length]
          : g.highlighter.highlight(ArchiveFields.TEXT, highlight, top, 1);
      List<SearchHit> passages = new ArrayList<>();
      var stored = g.searcher.storedFields();
      for (int i = 0; i < top.scoreDocs.length; i++) {
        passages.add(toHit(g, stored.document(top.scoreDocs[i].doc), 0f, marked[i]));
      }
      List<IndexedDocument> attachments = g.all().stream()
          .filter(d -> docId.equals(d.source().parent())).toList();
      return Optional.of(new DocumentView(info, passages, attachments));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      g.release();
    }
  }

  @Override
  public Optional<SearchHit> passage(String passageId) {
    Generation g = acquire();
    try {
      TopDocs top = g.searcher.search(new TermQuery(new Term(ArchiveFields.ID, passageId)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(toHit(g, g.searcher.storedFields().document(top.scoreDocs[0].doc), 0f, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      g.release();
    }
  }

  @Override
  public Optional<IndexedDocument> documentInfo(String docId) {
    Generation g = acquire();
    try {
      return Optional.ofNullable(g.info(docId));
    } finally {
      g.release();
    }
  }

  @Override
  public List<IndexedDocument> documents() {
    Generation g = acquire();
    try {
      return g.all();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      g.release();
    }
  }

  @Override
  public ArchiveStats stats() {
    Generation g = acquire();
    try {
      // The same for as long as the generation serves: counted once, not on every home page.
      ArchiveStats known = g.stats;
      if (known != null) {
        return known;
      }
      Query all = new BooleanQuery.Builder()
          .add(new MatchAllDocsQuery(), Occur.SHOULD)
          .add(new TermQuery(new Term(ArchiveFields.RECORD, ArchiveFields.RECORD_PASSAGE)), Occur.FILTER)
          .build();
      FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(g.searcher, all, 1,
          new FacetsCollectorManager());
      Map<String, Map<String, Long>> facets = facets(g, result.facetsCollector());
      long passages = totalOf(result.facetsCollector(), result.topDocs().totalHits);
      g.stats = new ArchiveStats(g.documentCount(), passages, g.commitData.get(IndexLocation.BUILT_AT),
          facets.get(ArchiveFields.KIND), facets.get(ArchiveFields.TOPIC));
      return g.stats;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      g.release();
    }
  }

  private static long elapsedMs(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Override
  public void close() {
    synchronized (switchLock) {
      generation.release();
    }
  }
}
