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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.similarities.BM25Similarity;
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
import org.foiarchive.tag.Topic;

/**
 * {@link ArchiveSearcher} over the embedded Lucene index. It serves one index generation at a time and
 * switches to a newer one when an ingest completes, without a restart: searches in flight finish on the
 * generation they started with.
 */
public final class LuceneArchiveSearcher implements ArchiveSearcher {
  private static final long REFRESH_INTERVAL_NANOS = 1_000_000_000L;
  private static final int FACET_VALUES = 25;
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
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

  /** How many times deeper than the reranker's depth candidates are found, when a cheaper query finds them. */
  static final int CANDIDATE_DEPTH_FACTOR = 2;

  private final IndexLocation location;
  private final long searchTimeoutMillis;
  private final ArchiveAnalyzers analyzers;
  private final ArchiveQueryBuilder queries;
  private final Ranking ranking;
  private final Reranker reranker;
  private final Object switchLock = new Object();
  private volatile Generation generation;
  private volatile long lastRefreshCheck;

  public LuceneArchiveSearcher(IndexLocation location, ArchiveAnalyzers analyzers, ReferenceRecognizer references)
      throws IOException {
    this(location, analyzers, references, Ranking.DEFAULT, SEARCH_TIMEOUT_MILLIS);
  }

  /** @param searchTimeoutMillis how long one search may run before it returns what it has found */
  public LuceneArchiveSearcher(IndexLocation location, ArchiveAnalyzers analyzers, ReferenceRecognizer references,
      long searchTimeoutMillis) throws IOException {
    this(location, analyzers, references, Ranking.DEFAULT, searchTimeoutMillis);
  }

  public LuceneArchiveSearcher(IndexLocation location, ArchiveAnalyzers analyzers, ReferenceRecognizer references,
      Ranking ranking, long searchTimeoutMillis) throws IOException {
    this.searchTimeoutMillis = searchTimeoutMillis;
    this.location = location;
    this.analyzers = analyzers;
    this.ranking = ranking;
    this.queries = new ArchiveQueryBuilder(analyzers, references, ranking);
    this.reranker = new Reranker(ranking);
    Path current = location.current().orElseThrow(() -> new IOException(
        "no index in " + location.root() + "; run `ingest` first"));
    this.generation = Generation.open(current, analyzers, ranking);
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

    private Generation(Path path, DirectoryReader reader, ArchiveAnalyzers analyzers, Ranking ranking)
        throws IOException {
      this.path = path;
      this.reader = reader;
      this.searcher = new IndexSearcher(reader);
      this.searcher.setSimilarity(new BM25Similarity(ranking.k1(), ranking.b()));
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

    static Generation open(Path path, ArchiveAnalyzers analyzers, Ranking ranking) throws IOException {
      DirectoryReader reader = DirectoryReader.open(FSDirectory.open(path));
      try {
        return new Generation(path, reader, analyzers, ranking);
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
        Generation next = Generation.open(current.get(), analyzers, ranking);
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
    return search(request, null);
  }

  @Override
  public SearchResults latest(SearchRequest request) {
    SortField byDate = new SortedNumericSortField(ArchiveFields.DATE_DAY, SortField.Type.LONG, true);
    byDate.setMissingValue(Long.MIN_VALUE); // undated passages after dated ones
    return search(request, new Sort(byDate, SortField.FIELD_SCORE));
  }

  private SearchResults search(SearchRequest request, Sort sort) {
    long start = System.nanoTime();
    SEARCH_SLOTS.acquireUninterruptibly();
    try {
      return search(request, sort, start);
    } finally {
      SEARCH_SLOTS.release();
    }
  }

  private SearchResults search(SearchRequest request, Sort sort, long start) {
    Generation g = acquire();
    try {
      long deadline = start + searchTimeoutMillis * 1_000_000;
      ArchiveQuery query = queries.build(request, word -> correction(g, word, deadline));
      try {
        return run(g, request, query, start, List.of(), sort);
      } catch (IOException | RuntimeException e) {
        // Whatever went wrong with the query as written, the words alone still deserve an answer.
        String words = String.join(" ", query.parsed().words());
        ArchiveQuery fallback = queries.build(new SearchRequest(words, request.topics(), request.kinds(),
            request.voices(), request.publishers(), request.from(), request.to(), request.offset(), request.limit()));
        try {
          return run(g, request, fallback, start, List.of("The query could not be run as written; its words were searched instead."), sort);
        } catch (IOException | RuntimeException again) {
          return new SearchResults(request.query(), 0, elapsedMs(start), List.of(), emptyFacets(),
              List.of("The query could not be run; try fewer or simpler words."), null, request.offset(), request.limit());
        }
      }
    } finally {
      g.release();
    }
  }

  private SearchResults run(Generation g, SearchRequest request, ArchiveQuery query, long start, List<String> extra,
      Sort sort) throws IOException {
    // A searcher of its own for this request: the timeout belongs to one search, not to every thread.
    IndexSearcher searcher = new IndexSearcher(g.reader);
    searcher.setSimilarity(g.searcher.getSimilarity());
    searcher.setTimeout(new QueryTimeoutImpl(searchTimeoutMillis));
    int window = request.offset() + request.limit();
    // Relevance order: the hits the reranker reorders, found with pruning (block-max scores skip passages
    // that cannot make the page) and counted exactly only up to COUNTED_HITS, so the cost does not grow with
    // the number of matches. Date order (feeds): the sort is the order, nothing to rerank.
    TopDocs top;
    if (sort != null) {
      top = searcher.search(query.ranking(), new TopFieldCollectorManager(sort, window, null, COUNTED_HITS));
    } else {
      int depth = Math.max(window, ranking.rerankDepth());
      if (query.candidates() == null) {
        top = searcher.search(query.ranking(), new TopScoreDocCollectorManager(depth, COUNTED_HITS));
        if (query.proximity() != null && top.scoreDocs.length > 0) {
          top = QueryRescorer.rescore(searcher, top, query.proximity(), 1, depth);
        }
      } else {
        // Found deeper than the reranker looks, since the candidates' order is only close to the ranking's.
        TopDocs found = searcher.search(query.candidates(),
            new TopScoreDocCollectorManager(depth * CANDIDATE_DEPTH_FACTOR, COUNTED_HITS));
        top = ExactRescorer.rescore(searcher, found, query.ranking(), query.proximity(), depth);
      }
    }
    long total = top.totalHits.value();
    boolean lowerBound = top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
    ScoreDoc[] ranked = sort == null ? reranker.rerank(searcher, top.scoreDocs, query) : top.scoreDocs;
    ScoreDoc[] page = ranked.length <= request.offset() ? new ScoreDoc[0]
        : Arrays.copyOfRange(ranked, request.offset(), Math.min(ranked.length, window));
    List<SearchHit> hits = toHits(g, page, query.highlight());
    List<String> notices = new ArrayList<>(query.notices());
    notices.addAll(extra);
    if (searcher.timedOut()) {
      notices.add(TIMED_OUT_NOTICE);
    } else if (lowerBound) {
      notices.add(MANY_HITS_NOTICE);
    }
    String suggestion = total == 0 ? suggest(g, request.query(), start + searchTimeoutMillis * 1_000_000) : null;
    int[] sample = TopHitFacets.sample(searcher, query.ranking(), COUNTED_HITS);
    return new SearchResults(request.query(), total, elapsedMs(start), hits,
        TopHitFacets.count(g.reader, sample, FACET_VALUES), List.copyOf(notices), suggestion, request.offset(),
        request.limit(), TopHitFacets.documents(g.reader, sample), !lowerBound && !searcher.timedOut());
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

  /** The closest word the index holds, while the search's time lasts: a correction is part of the search's cost. */
  private static Optional<String> correction(Generation g, String word, long deadline) {
    return System.nanoTime() - deadline > 0 ? Optional.empty() : Spelling.correction(g.reader, word);
  }

  /**
   * "Did you mean": the query as typed, with each word the index does not hold replaced by the closest
   * word it does; quotes, signs and filters stay as they were. Null when no word needed replacing.
   */
  private static String suggest(Generation g, String query, long deadline) {
    if (query == null || query.isBlank()) {
      return null;
    }
    // The query as searched: the front end cuts what is longer.
    String typed = query.length() > QueryFrontEnd.MAX_QUERY_CHARS ? query.substring(0, QueryFrontEnd.MAX_QUERY_CHARS)
        : query;
    Matcher words = WORD.matcher(typed);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (words.find()) {
      boolean filterName = words.end() < typed.length() && typed.charAt(words.end()) == ':';
      Optional<String> better = filterName ? Optional.empty() : correction(g, words.group(), deadline);
      words.appendReplacement(out, Matcher.quoteReplacement(better.orElse(words.group())));
      changed |= better.isPresent();
    }
    words.appendTail(out);
    return changed ? out.toString() : null;
  }

  @Override
  public TopicResults topic(Topic topic, SearchRequest filters) {
    long start = System.nanoTime();
    Generation g = acquire();
    try {
      List<String> topics = new ArrayList<>(filters.topics());
      if (!topics.contains(topic.id())) {
        topics.add(topic.id());
      }
      SearchRequest request = new SearchRequest("", topics, filters.kinds(), filters.voices(), filters.publishers(),
          filters.from(), filters.to(), filters.offset(), filters.limit());
      ArchiveQuery all = queries.build(request);
      Query definition = queries.topicQuery(topic);
      Query ranking = definition == null ? all.ranking() : new BooleanQuery.Builder()
          .add(all.ranking(), Occur.MUST)
          .add(definition, Occur.SHOULD)
          .build();
      ArchiveQuery query = new ArchiveQuery(ranking, definition, all.notices(), all.parsed(), false, List.of());
      SearchResults results = run(g, request, query, start, List.of(), null);
      return new TopicResults(results, countByDocument(g, all.ranking()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      g.release();
    }
  }

  /** How many passages matching the query each document has, most first (then by id). */
  private static Map<String, Long> countByDocument(Generation g, Query query) throws IOException {
    Map<String, Long> counts = g.searcher.search(query, new DocumentCounts());
    Map<String, Long> ordered = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
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
