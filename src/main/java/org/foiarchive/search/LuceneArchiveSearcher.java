package org.foiarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.ArchiveFacets;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.passage.Passage;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.tag.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ArchiveSearcher} over the embedded Lucene index. It serves one index generation at a time
 * and switches to a newer one when an ingest completes, without a restart ({@link Generations}):
 * searches in flight finish on the generation they started with. It orchestrates: the query builder
 * reads the query, Lucene finds and scores candidates, the {@link Reranker} reorders the top,
 * {@link HitMapper} makes the hits, {@link TopHitFacets} counts the facets and {@link Speller}
 * offers a correction.
 */
public final class LuceneArchiveSearcher implements ArchiveSearcher {
  private static final Logger log = LoggerFactory.getLogger(LuceneArchiveSearcher.class);

  /** How often, at most, a search checks whether an ingest has completed a newer generation. */
  private static final long REFRESH_INTERVAL_NANOS = 1_000_000_000L;

  private static final int FACET_VALUES = 25;

  /**
   * Searches run at once, at most: a search is CPU work, and more of them than a couple per core
   * only share out the same cores and their caches (on 2 cores, 4 at a time answered 45% more
   * requests a second under load than Tomcat's 200 threads did). The rest wait their turn, in
   * order.
   */
  private static final Semaphore SEARCH_SLOTS =
      new Semaphore(2 * Runtime.getRuntime().availableProcessors(), true);

  /**
   * How long one search may run before it stops with the hits found so far: a query no bound in the
   * front end foresaw still cannot hold a thread for long.
   */
  public static final long SEARCH_TIMEOUT_MILLIS = 2_000;

  /** The timeout's notice in English, as the JSON API gives it. */
  static final String TIMED_OUT_NOTICE = Notice.of(Notice.Code.TIMED_OUT).english();

  /**
   * How many matches are counted exactly: beyond this the total is "at least" this many and the
   * facets count a sample of this many. Paging stops here too ({@link SearchRequest#MAX_WINDOW}).
   */
  static final int COUNTED_HITS = SearchRequest.MAX_WINDOW;

  private static final Notice MANY_HITS_NOTICE =
      Notice.of(Notice.Code.MANY_HITS, String.format(Locale.UK, "%,d", COUNTED_HITS));

  /**
   * How many times deeper than the reranker's depth candidates are found, when a cheaper query
   * finds them.
   */
  static final int CANDIDATE_DEPTH_FACTOR = 2;

  private final long searchTimeoutMillis;
  private final Supplier<QueryTimeout> timeouts;
  private final ArchiveQueryBuilder queries;
  private final Ranking ranking;
  private final Reranker reranker;
  private final Generations generations;
  private volatile long lastRefreshCheck;

  public LuceneArchiveSearcher(
      IndexLocation location, ArchiveAnalyzers analyzers, ReferenceRecognizer references)
      throws IOException {
    this(location, analyzers, references, Ranking.DEFAULT, SEARCH_TIMEOUT_MILLIS);
  }

  /**
   * @param searchTimeoutMillis how long one search may run before it returns what it has found
   */
  public LuceneArchiveSearcher(
      IndexLocation location,
      ArchiveAnalyzers analyzers,
      ReferenceRecognizer references,
      long searchTimeoutMillis)
      throws IOException {
    this(location, analyzers, references, Ranking.DEFAULT, searchTimeoutMillis);
  }

  public LuceneArchiveSearcher(
      IndexLocation location,
      ArchiveAnalyzers analyzers,
      ReferenceRecognizer references,
      Ranking ranking,
      long searchTimeoutMillis)
      throws IOException {
    this(location, analyzers, references, ranking, searchTimeoutMillis, 0);
  }

  /**
   * @param resultCacheBytes about how many bytes of answers each index generation keeps, to answer
   *     the same request again from memory ({@link ResultCache}); 0 keeps none, so every request is
   *     searched (the command line's searches and benchmarks measure the engine)
   */
  public LuceneArchiveSearcher(
      IndexLocation location,
      ArchiveAnalyzers analyzers,
      ReferenceRecognizer references,
      Ranking ranking,
      long searchTimeoutMillis,
      long resultCacheBytes)
      throws IOException {
    this(
        location,
        analyzers,
        references,
        ranking,
        searchTimeoutMillis,
        () -> new QueryTimeoutImpl(searchTimeoutMillis),
        resultCacheBytes);
  }

  /**
   * @param timeouts a new timeout for each search's Lucene calls: the clock's, except in tests that
   *     need a search to run out of time at a chosen step
   */
  LuceneArchiveSearcher(
      IndexLocation location,
      ArchiveAnalyzers analyzers,
      ReferenceRecognizer references,
      Ranking ranking,
      long searchTimeoutMillis,
      Supplier<QueryTimeout> timeouts)
      throws IOException {
    this(location, analyzers, references, ranking, searchTimeoutMillis, timeouts, 0);
  }

  LuceneArchiveSearcher(
      IndexLocation location,
      ArchiveAnalyzers analyzers,
      ReferenceRecognizer references,
      Ranking ranking,
      long searchTimeoutMillis,
      Supplier<QueryTimeout> timeouts,
      long resultCacheBytes)
      throws IOException {
    this.searchTimeoutMillis = searchTimeoutMillis;
    this.timeouts = timeouts;
    this.ranking = ranking;
    this.queries = new ArchiveQueryBuilder(analyzers, references, ranking);
    this.reranker = new Reranker(ranking);
    this.generations = new Generations(location, analyzers, ranking, resultCacheBytes);
    this.lastRefreshCheck = System.nanoTime();
  }

  private IndexGeneration acquire() {
    maybeRefresh();
    try {
      return generations.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void release(IndexGeneration g) {
    try {
      generations.release(g);
    } catch (IOException e) {
      // The generation was replaced and this was its last search: closing it failed, serving goes
      // on.
      log.warn("Could not close the replaced index generation {}: {}", g.path, e.toString());
    }
  }

  /**
   * Switches to a newer generation if an ingest has completed one since the last check. A
   * generation that cannot be opened is logged and the current one keeps serving; the next check
   * tries again.
   */
  public void maybeRefresh() {
    long now = System.nanoTime();
    if (now - lastRefreshCheck < REFRESH_INTERVAL_NANOS) {
      return;
    }
    lastRefreshCheck = now;
    try {
      generations.maybeRefresh();
    } catch (IOException e) {
      log.warn(
          "Could not open the newer index generation; still serving the current one: {}",
          e.toString());
    }
  }

  /** Readers' searches under way: the warm-up gives way to them. */
  private final ReadersSearching readers = new ReadersSearching();

  @Override
  public SearchResults search(SearchRequest request) {
    return search(request, null);
  }

  @Override
  public SearchResults latest(SearchRequest request) {
    return search(request, NEWEST_FIRST);
  }

  /**
   * Passages newest first by their date, undated ones last, then by score, then in {@link
   * StableOrder}.
   */
  private static final Sort NEWEST_FIRST = newestFirst();

  private static Sort newestFirst() {
    SortField byDate =
        new SortedNumericSortField(ArchiveFields.DATE_DAY, SortField.Type.LONG, true);
    byDate.setMissingValue(Long.MIN_VALUE); // undated passages after dated ones
    return new Sort(byDate, SortField.FIELD_SCORE, StableOrder.BY_DOCUMENT);
  }

  @Override
  public SearchResults searchUnkept(SearchRequest request) {
    return searchUnkept(request, false);
  }

  /**
   * A search whose answer is not kept for readers: the warm-up's questions are no reader's, and
   * must not take the place of their answers.
   */
  SearchResults searchUnkept(SearchRequest request, boolean newestFirst) {
    return search(request, newestFirst ? NEWEST_FIRST : null, false);
  }

  private SearchResults search(SearchRequest request, Sort sort) {
    return search(request, sort, true);
  }

  /**
   * The generation's kept answer to this request when it has one (no search slot is needed for it),
   * else a search, whose answer is kept when it is complete and {@code keep} says so.
   */
  private SearchResults search(SearchRequest request, Sort sort, boolean keep) {
    if (!keep) {
      return answer(request, sort, false);
    }
    readers.enter();
    try {
      return answer(request, sort, true);
    } finally {
      readers.leave();
    }
  }

  /**
   * Waits while a reader's search runs, up to {@code deadline} ({@link System#nanoTime()}): the
   * warm-up asks its next question only then, so that it never takes a core from a reader.
   *
   * @return whether no reader is searching; false when the deadline came first
   */
  boolean awaitNoReader(long deadline) throws InterruptedException {
    return readers.awaitNone(deadline);
  }

  /**
   * As {@link #awaitNoReader}, and also until no reader's search has ended for {@code quietNanos}.
   */
  boolean awaitNoReader(long deadline, long quietNanos) throws InterruptedException {
    return readers.awaitQuiet(deadline, quietNanos);
  }

  private SearchResults answer(SearchRequest request, Sort sort, boolean keep) {
    long start = System.nanoTime();
    IndexGeneration g = acquire();
    try {
      ResultCache.Asked asked = new ResultCache.Asked(request, sort != null);
      SearchResults kept = keep ? g.results.get(asked) : null;
      if (kept != null) {
        return kept.answeredIn(elapsedMs(start));
      }
      SearchResults found;
      SEARCH_SLOTS.acquireUninterruptibly();
      try {
        found = search(g, request, sort, start);
      } finally {
        SEARCH_SLOTS.release();
      }
      // Within its time nothing was cut short (every bound of a search is its start plus the
      // timeout), so the answer is the index's own, not the load's.
      if (keep
          && System.nanoTime() - start < searchTimeoutMillis * 1_000_000
          && ResultCache.complete(found)) {
        g.results.put(asked, found);
      }
      return found;
    } finally {
      release(g);
    }
  }

  private SearchResults search(IndexGeneration g, SearchRequest request, Sort sort, long start) {
    long deadline = start + searchTimeoutMillis * 1_000_000;
    ArchiveQuery query = query(g, request, deadline);
    try {
      return run(g, request, query, start, List.of(), sort);
    } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
      // Lucene refused the query as written; the words alone still deserve an answer.
      log.debug("Searching the words of '{}' instead: {}", request.query(), e.toString());
      return wordsInstead(g, request, query, start, sort);
    } catch (IOException e) {
      log.warn("Search for '{}' failed: {}", request.query(), e.toString());
      return notRun(request, start);
    }
  }

  /**
   * The request's query as built for this generation: from its cache when asked before, else built
   * (and kept unless the deadline cut its spelling corrections short).
   */
  private ArchiveQuery query(IndexGeneration g, SearchRequest request, long deadline) {
    SearchRequest key = request.toBuilder().offset(0).limit(1).facets(true).build();
    ArchiveQuery kept = g.queries.getIfPresent(key);
    if (kept != null) {
      return kept;
    }
    boolean[] cut = {false};
    IndexVocabulary.Lookups vocabulary = g.vocabulary.until(deadline);
    ArchiveQuery built =
        queries.build(
            request,
            word -> {
              Optional<String> known = g.corrections.getIfPresent(word);
              if (known != null) {
                return known;
              }
              if (System.nanoTime() - deadline > 0) {
                cut[0] = true;
                return Optional.empty();
              }
              Optional<String> found = Speller.correction(g.reader, word, deadline);
              g.corrections.put(word, found);
              return found;
            },
            vocabulary);
    if (!cut[0] && !vocabulary.cut()) {
      g.queries.put(key, built);
    }
    return built;
  }

  private SearchResults wordsInstead(
      IndexGeneration g, SearchRequest request, ArchiveQuery query, long start, Sort sort) {
    String words = String.join(" ", query.parsed().words());
    ArchiveQuery fallback = queries.build(request.toBuilder().query(words).build());
    try {
      return run(g, request, fallback, start, List.of(Notice.of(Notice.Code.WORDS_INSTEAD)), sort);
    } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException | IOException e) {
      log.warn(
          "Search for '{}' failed, also as its words alone: {}", request.query(), e.toString());
      return notRun(request, start);
    }
  }

  private static SearchResults notRun(SearchRequest request, long start) {
    return new SearchResults(
        request.query(),
        0,
        elapsedMs(start),
        List.of(),
        noFacets(),
        List.of(Notice.of(Notice.Code.NOT_RUN)),
        null,
        request.offset(),
        request.limit());
  }

  private SearchResults run(
      IndexGeneration g,
      SearchRequest request,
      ArchiveQuery query,
      long start,
      List<Notice> extra,
      Sort sort)
      throws IOException {
    IndexSearcher searcher = searcherFor(g);
    PreparedSearch prepared = prepared(g, searcher, query);
    ArchiveQuery ready = prepared.query();
    int window = request.offset() + request.limit();
    Found found =
        sort != null
            ? new Found(sorted(searcher, ready, sort, window), null, null)
            : ranked(searcher, prepared, window, request.limit(), 0);
    TopDocs top = found.top();
    boolean lowerBound = top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
    Reranker.Reranked ordered =
        sort == null
            ? reranker.rerank(
                searcher, top.scoreDocs, ready, window, request.limit(), found.reach())
            : new Reranker.Reranked(top.scoreDocs, Map.of());
    int foldedAway = Math.min(window, top.scoreDocs.length) - ordered.hits().length;
    if (sort == null && foldedAway > 0 && top.scoreDocs.length < top.totalHits.value()) {
      // Copies folded into one place left the page short of hits that were not found: find as many
      // more, so a page past the reordered ones is full and begins where the one before ended.
      found = ranked(searcher, prepared, window, request.limit(), foldedAway);
      top = found.top();
      ordered =
          reranker.rerank(searcher, top.scoreDocs, ready, window, request.limit(), found.reach());
    }
    List<SearchHit> hits =
        HitMapper.hits(g, page(ordered.hits(), request), ready.highlight(), ordered.copies());
    // The facet sample is the search's last pass over the matches: its time can run out there too,
    // and then the facets are partial, which the notices must say.
    int[] facetSample =
        !request.facets()
            ? null
            : found.firstMatches() != null
                ? found.firstMatches()
                : TopHitFacets.sample(searcher, prepared.matches(), COUNTED_HITS);
    List<Notice> notices = notices(query, extra, searcher.timedOut(), lowerBound);
    long total = top.totalHits.value();
    String suggestion =
        total == 0
            ? Speller.suggest(g.reader, request.query(), start + searchTimeoutMillis * 1_000_000)
            : null;
    boolean counted = !lowerBound && !searcher.timedOut();
    Answer answer = new Answer(request, total, hits, notices, suggestion, start);
    return facetSample != null
        ? answer.withFacets(g, facetSample, counted)
        : answer.withoutFacets(counted);
  }

  /** The query as Lucene runs it on this generation: kept from an earlier search, else made. */
  static PreparedSearch prepared(IndexGeneration g, IndexSearcher searcher, ArchiveQuery query)
      throws IOException {
    PreparedSearch kept = g.prepared.getIfPresent(query);
    if (kept == null) {
      kept = PreparedSearch.of(searcher, query);
      g.prepared.put(query, kept);
    }
    return kept;
  }

  /**
   * A searcher of its own for this request: the timeout belongs to one search, not to every thread.
   */
  private IndexSearcher searcherFor(IndexGeneration g) {
    IndexSearcher searcher = new IndexSearcher(g.reader);
    searcher.setSimilarity(g.searcher.getSimilarity());
    searcher.setTimeout(timeouts.get());
    return searcher;
  }

  private static TopDocs sorted(IndexSearcher searcher, ArchiveQuery query, Sort sort, int window)
      throws IOException {
    return searcher.search(
        query.ranking(), new TopFieldCollectorManager(sort, window, null, COUNTED_HITS));
  }

  /** The requested page of the ordered hits (empty past their end). */
  private static ScoreDoc[] page(ScoreDoc[] ordered, SearchRequest request) {
    int window = request.offset() + request.limit();
    return ordered.length <= request.offset()
        ? new ScoreDoc[0]
        : Arrays.copyOfRange(ordered, request.offset(), Math.min(ordered.length, window));
  }

  /** The query's own notices, the caller's, and whether the search was cut short or capped. */
  private static List<Notice> notices(
      ArchiveQuery query, List<Notice> extra, boolean timedOut, boolean lowerBound) {
    List<Notice> notices = new ArrayList<>(query.notices());
    notices.addAll(extra);
    if (timedOut) {
      notices.add(Notice.of(Notice.Code.TIMED_OUT));
    } else if (lowerBound) {
      notices.add(MANY_HITS_NOTICE);
    }
    return List.copyOf(notices);
  }

  /** What a search found, made into results with or without its facets. */
  private record Answer(
      SearchRequest request,
      long total,
      List<SearchHit> hits,
      List<Notice> notices,
      String suggestion,
      long start) {

    /**
     * Not asked for: no second pass over the matches. The documents are only the page's, exact only
     * when the page holds every match.
     */
    SearchResults withoutFacets(boolean counted) {
      return results(
          noFacets(),
          hits.stream().map(SearchHit::docId).distinct().count(),
          counted && request.offset() == 0 && hits.size() == total);
    }

    /** Facets and documents counted over a bounded sample of the matches. */
    SearchResults withFacets(IndexGeneration g, int[] sample, boolean counted) throws IOException {
      return results(
          TopHitFacets.count(g.reader, sample, FACET_VALUES),
          TopHitFacets.documents(g.reader, sample),
          counted);
    }

    private SearchResults results(
        Map<String, Map<String, Long>> facets, long documents, boolean counted) {
      return new SearchResults(
          request.query(),
          total,
          elapsedMs(start),
          hits,
          facets,
          notices,
          suggestion,
          request.offset(),
          request.limit(),
          documents,
          counted);
    }
  }

  /** Every facet dimension, with no values: the shape of facets that were not counted. */
  private static Map<String, Map<String, Long>> noFacets() {
    Map<String, Map<String, Long>> none = new LinkedHashMap<>();
    ArchiveFacets.DIMENSIONS.forEach(d -> none.put(d, new LinkedHashMap<>()));
    return none;
  }

  /**
   * The top hits, and the first {@link #COUNTED_HITS} matches in index order when the search was
   * given them (else null): then the facets count those instead of a second pass over the matches.
   */
  /**
   * @param reach for each hit of {@code top}, the first page whose own search reaches it (see
   *     {@link Reranker#rerank(IndexSearcher, ScoreDoc[], ArchiveQuery, int, int, int[])}); null
   *     when that is its position
   */
  private record Found(TopDocs top, int[] firstMatches, BitSet[] reach) {}

  /**
   * The top of the relevance order, deep enough for the reranker: found with pruning (block-max
   * scores skip passages that cannot make the page) and counted exactly only up to {@link
   * #COUNTED_HITS}, so the cost does not grow with the number of matches.
   */
  /**
   * The best hits for a page of {@code pageSize} ending at {@code window}, and {@code beyond} more
   * after them.
   */
  private Found ranked(
      IndexSearcher searcher, PreparedSearch prepared, int window, int pageSize, int beyond)
      throws IOException {
    ArchiveQuery query = prepared.query();
    int depth = rankedDepth(window) + beyond;
    if (query.candidates() == null || !ranking.exactRescoring()) {
      TopDocs first = StableOrder.top(searcher, query.ranking(), depth, COUNTED_HITS);
      if (query.proximity() == null || first.scoreDocs.length == 0) {
        return new Found(first, null, null);
      }
      TopDocs top = QueryRescorer.rescore(searcher, first, query.proximity(), 1, depth);
      StableOrder.breakTies(searcher, top.scoreDocs);
      return new Found(top, null, reach(first, top, window, pageSize, 1));
    }
    // Found deeper than the reranker looks, since the candidates' order is only close to the
    // ranking's.
    int deeper = depth * CANDIDATE_DEPTH_FACTOR;
    FirstMatches<?> candidates =
        new FirstMatches<>(StableOrder.oneMore(deeper, COUNTED_HITS), COUNTED_HITS);
    TopDocs first = searcher.search(query.candidates(), candidates);
    TopDocs found = StableOrder.cut(searcher, first, deeper);
    if (found == null) {
      // Candidates of equal score run past the cut: found again, compared by their documents (the
      // first matches, which the facets count, are the same).
      found =
          StableOrder.again(
              first,
              searcher.search(
                  query.candidates(),
                  new FirstMatches<>(
                      StableOrder.byScore(deeper, COUNTED_HITS, StableOrder.tiedAt(first, deeper)),
                      COUNTED_HITS)));
    }
    boolean sampled = prepared.candidatesMatchAsRanking() && !searcher.timedOut();
    TopDocs top =
        ExactRescorer.byExactScore(searcher, found, prepared.exact(), query.ranking(), depth);
    return new Found(
        top,
        sampled ? candidates.sample() : null,
        reach(found, top, window, pageSize, CANDIDATE_DEPTH_FACTOR));
  }

  /**
   * Where a first page's search of {@code request} places the first passage whose text {@code
   * isQuote} accepts, pass by pass: for {@code eval --explain}, to tell an answer the candidate
   * pass never finds, or finds too low, from one the exact score or the reranker places below the
   * page.
   */
  public Stages stages(SearchRequest request, Predicate<String> isQuote) throws IOException {
    IndexGeneration g = acquire();
    try {
      IndexSearcher searcher = searcherFor(g);
      long start = System.nanoTime();
      PreparedSearch prepared =
          prepared(g, searcher, query(g, request, start + searchTimeoutMillis * 1_000_000));
      ArchiveQuery query = prepared.query();
      int depth = rankedDepth(request.offset() + request.limit());
      boolean rescored = query.candidates() != null && ranking.exactRescoring();
      int deeper = rescored ? depth * CANDIDATE_DEPTH_FACTOR : depth;
      TopDocs every =
          searcher.search(
              rescored ? query.candidates() : query.ranking(), Math.max(1, g.reader.maxDoc()));
      StableOrder.breakTies(searcher, every.scoreDocs);
      int candidate = placeOf(searcher, every.scoreDocs, isQuote);
      ScoreDoc[] found = Arrays.copyOf(every.scoreDocs, Math.min(deeper, every.scoreDocs.length));
      ScoreDoc[] exact =
          rescored
              ? ExactRescorer.byExactScore(
                      searcher,
                      new TopDocs(every.totalHits, found),
                      prepared.exact(),
                      query.ranking(),
                      deeper)
                  .scoreDocs
              : found;
      return new Stages(
          every.scoreDocs.length, candidate, deeper, placeOf(searcher, exact, isQuote), depth);
    } finally {
      release(g);
    }
  }

  /**
   * A quote's places in one search's passes ({@link #stages}).
   *
   * @param matched how many passages the candidate pass matches
   * @param candidate the quote's place in the candidate pass's order, 0 when it does not match
   * @param candidates how many of the first the search scores exactly
   * @param exact the quote's place among those by the exact score, 0 when it is not among them
   * @param reranked how many of the best by the exact score the reranker reorders
   */
  public record Stages(int matched, int candidate, int candidates, int exact, int reranked) {
    /** "candidate 134 of 2,345; exact - of 100; reranked 50". */
    public String line() {
      return String.format(
          Locale.ROOT,
          "candidate %s of %d; exact %s of %d; reranked %d",
          candidate == 0 ? "-" : String.valueOf(candidate),
          matched,
          exact == 0 ? "-" : String.valueOf(exact),
          candidates,
          reranked);
    }
  }

  private static int placeOf(IndexSearcher searcher, ScoreDoc[] hits, Predicate<String> isQuote)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    for (int i = 0; i < hits.length; i++) {
      String text = stored.document(hits[i].doc).get(ArchiveFields.TEXT);
      if (text != null && isQuote.test(text)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** How deep the hits for a page ending at {@code window} are ranked. */
  private int rankedDepth(int window) {
    return Math.max(window, reranker.depth(window));
  }

  /**
   * For each page up to the one ending at {@code window}, the hits of {@code top} ({@code first}'s
   * candidates in a new order) that page's own search reaches: page k's search (pages of {@code
   * pageSize}, the k-th ending at (k + 1) × {@code pageSize}) takes the first {@code factor} × its
   * depth of {@code first}'s order as candidates and keeps the best of them, as many as its depth.
   * The last page's is every hit. Null for a first page, whose own search this is.
   */
  private BitSet[] reach(TopDocs first, TopDocs top, int window, int pageSize, int factor) {
    int lastPage = (window - 1) / Math.max(1, pageSize);
    if (lastPage == 0) {
      return null;
    }
    Map<Integer, Integer> firstRank = new HashMap<>();
    for (int i = 0; i < first.scoreDocs.length; i++) {
      firstRank.put(first.scoreDocs[i].doc, i);
    }
    BitSet[] reach = new BitSet[lastPage + 1];
    for (int page = 0; page < lastPage; page++) {
      int depth = rankedDepth((page + 1) * pageSize);
      long candidates = (long) depth * factor;
      reach[page] = new BitSet(top.scoreDocs.length);
      int kept = 0;
      for (int i = 0; i < top.scoreDocs.length && kept < depth; i++) {
        Integer rank = firstRank.get(top.scoreDocs[i].doc);
        if (rank != null && rank < candidates) {
          reach[page].set(i);
          kept++;
        }
      }
    }
    reach[lastPage] = new BitSet(top.scoreDocs.length);
    reach[lastPage].set(0, top.scoreDocs.length);
    return reach;
  }

  @Override
  public TopicResults topic(Topic topic, SearchRequest filters) {
    long start = System.nanoTime();
    IndexGeneration g = acquire();
    try {
      List<String> topics = new ArrayList<>(filters.topics());
      if (!topics.contains(topic.id())) {
        topics.add(topic.id());
      }
      SearchRequest request = filters.toBuilder().query("").topics(topics).build();
      ArchiveQuery all = queries.build(request);
      Query definition = queries.topicQuery(topic);
      Query ranking =
          definition == null
              ? all.ranking()
              : new BooleanQuery.Builder()
                  .add(all.ranking(), Occur.MUST)
                  .add(definition, Occur.SHOULD)
                  .build();
      ArchiveQuery query =
          new ArchiveQuery(ranking, definition, all.notices(), all.parsed(), false, List.of());
      SearchResults results = run(g, request, query, start, List.of(), null);
      return new TopicResults(results, countByDocument(g, all.ranking()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(g);
    }
  }

  /** How many passages matching the query each document has, most first (then by id). */
  private static Map<String, Long> countByDocument(IndexGeneration g, Query query)
      throws IOException {
    Map<String, Long> counts = g.searcher.search(query, new DocumentCounts());
    Map<String, Long> ordered = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  @Override
  public Optional<DocumentView> document(String docId, String highlightQuery) {
    IndexGeneration g = acquire();
    try {
      IndexedDocument info = g.records.get(docId);
      if (info == null) {
        return Optional.empty();
      }
      Query passagesOf =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(ArchiveFields.DOC_ID, docId)), Occur.FILTER)
              .add(
                  new TermQuery(new Term(ArchiveFields.RECORD, ArchiveFields.RECORD_PASSAGE)),
                  Occur.FILTER)
              .build();
      Sort byOrdinal =
          new Sort(new SortedNumericSortField(ArchiveFields.ORDINAL, SortField.Type.INT));
      TopDocs top = g.searcher.search(passagesOf, Math.max(1, info.passageCount() + 1), byOrdinal);
      Query highlight =
          highlightQuery == null || highlightQuery.isBlank()
              ? null
              : queries.build(SearchRequest.of(highlightQuery, 1)).highlight();
      List<SearchHit> passages = HitMapper.hits(g, top, highlight, false);
      List<IndexedDocument> attachments =
          g.records.all().stream().filter(d -> docId.equals(d.source().parent())).toList();
      return Optional.of(new DocumentView(info, passages, attachments));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(g);
    }
  }

  @Override
  public Optional<SearchHit> passage(String passageId) {
    IndexGeneration g = acquire();
    try {
      Query byId = passageQuery(passageId);
      TopDocs top = byId == null ? null : g.searcher.search(byId, 1);
      if (top == null || top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(
          HitMapper.hit(g, g.searcher.storedFields().document(top.scoreDocs[0].doc), 0f, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(g);
    }
  }

  /**
   * The passage record of an id ({docId}-p{n}): its document's keyword and its position, or null
   * when the id has no such form.
   */
  static Query passageQuery(String passageId) {
    Optional<Passage.Id> id = Passage.Id.parse(passageId);
    if (id.isEmpty()) {
      return null;
    }
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(ArchiveFields.DOC_ID, id.get().docId())), Occur.FILTER)
        .add(IntField.newExactQuery(ArchiveFields.ORDINAL, id.get().ordinal()), Occur.FILTER)
        .add(
            new TermQuery(new Term(ArchiveFields.RECORD, ArchiveFields.RECORD_PASSAGE)),
            Occur.FILTER)
        .build();
  }

  @Override
  public Optional<IndexedDocument> documentInfo(String docId) {
    IndexGeneration g = acquire();
    try {
      return Optional.ofNullable(g.records.get(docId));
    } finally {
      release(g);
    }
  }

  @Override
  public List<IndexedDocument> documents() {
    IndexGeneration g = acquire();
    try {
      return g.records.all();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(g);
    }
  }

  /** Questions of this index's own words and filter values, for {@link WarmUp}. */
  List<WarmUp.Question> warmUpQuestions(int count) {
    IndexGeneration g = acquire();
    try {
      return WarmUp.questions(g.reader, count);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(g);
    }
  }

  @Override
  public ArchiveStats stats() {
    IndexGeneration g = acquire();
    try {
      return ArchiveStatistics.of(g, FACET_VALUES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(g);
    }
  }

  private static long elapsedMs(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** How long one search may run before it returns what it has found. */
  public long timeoutMillis() {
    return searchTimeoutMillis;
  }

  @Override
  public void close() {
    try {
      generations.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
