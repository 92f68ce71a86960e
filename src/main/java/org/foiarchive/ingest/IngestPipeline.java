package org.foiarchive.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.Sha256;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceManifest;
import org.foiarchive.corpus.SourceVersions;
import org.foiarchive.extract.CachingTextExtractor;
import org.foiarchive.extract.Document;
import org.foiarchive.extract.DocumentExtractor;
import org.foiarchive.extract.ExtractionException;
import org.foiarchive.extract.ExtractionLimits;
import org.foiarchive.extract.IsolatedTextExtractor;
import org.foiarchive.extract.TextExtractor;
import org.foiarchive.index.AnalysedText;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.index.ArchiveWriter;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.index.IndexedSources;
import org.foiarchive.index.IngestStamp;
import org.foiarchive.index.LuceneArchiveWriter;
import org.foiarchive.passage.Passage;
import org.foiarchive.passage.Passages;
import org.foiarchive.tag.Reference;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.tag.TopicTagger;
import org.foiarchive.tag.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an index up to date with a corpus, offline: read each snapshot (checking its checksum),
 * extract it, cut it into passages, tag them, write them. Only what changed is redone: each
 * document in the index carries a digest of what it was built from (its snapshot's SHA-256 and
 * manifest entry), so an ingest re-indexes new and changed documents and deletes removed ones in a
 * copy of the serving index, and text Tika already read comes from the extraction cache. The whole
 * index is rebuilt when asked ({@link Mode#REBUILD}), when there is none, or when something every
 * document depends on changed (index format, analysis, topic definitions, extractor version).
 *
 * <p>A source that fails is reported and left out; the new generation replaces the serving one, in
 * one atomic switch, only when it is complete. Files are read within {@link ExtractionLimits}
 * (size, time, memory), so no file can stop the ingest. One ingest at a time per index folder.
 */
public final class IngestPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);

  /** Whether an ingest may update the serving index in place or must build a new one. */
  public enum Mode {
    /** Re-index only what changed, unless a change to the pipeline forces a rebuild. */
    UPDATE,
    /** Build the whole index again (extracted text still comes from the cache). */
    REBUILD
  }

  /** Why a rebuild was done rather than an update in place, for the report. */
  static final String NO_INDEX = "there was no index";

  static final String ASKED = "asked to rebuild";
  static final String PIPELINE_CHANGED =
      "the index format, analysis, topic definitions or extractor changed";
  static final String UNREADABLE = "the serving index could not be read";

  /**
   * Documents read, split, tagged and indexed at once: one per core, each thread doing all of a
   * document's work (Lucene then flushes and merges on the same cores).
   */
  public static final int INDEXING_THREADS =
      Math.max(1, Runtime.getRuntime().availableProcessors());

  private final ArchiveAnalyzers analyzers;
  private final TextExtractor text;
  private final int extractorVersion;
  private final Passages passages;
  private final ReferenceRecognizer references;
  private final int threads;
  private final ExtractionLimits limits;

  /**
   * The worker processes this pipeline started, stopped at the end of each run; null if not ours.
   */
  private final IsolatedTextExtractor isolated;

  public IngestPipeline(ArchiveAnalyzers analyzers) {
    this(analyzers, ExtractionLimits.DEFAULT);
  }

  public IngestPipeline(ArchiveAnalyzers analyzers, ExtractionLimits limits) {
    this(analyzers, new IsolatedTextExtractor(limits), limits);
  }

  private IngestPipeline(
      ArchiveAnalyzers analyzers, IsolatedTextExtractor isolated, ExtractionLimits limits) {
    this(
        analyzers,
        isolated,
        CachingTextExtractor.EXTRACTOR_VERSION,
        INDEXING_THREADS,
        limits,
        isolated);
  }

  /**
   * A pipeline reading snapshots with {@code text} (behind the extraction cache) as extractor
   * version {@code extractorVersion}: for tests and tools that watch or replace extraction.
   */
  public IngestPipeline(ArchiveAnalyzers analyzers, TextExtractor text, int extractorVersion) {
    this(analyzers, text, extractorVersion, INDEXING_THREADS, ExtractionLimits.DEFAULT, null);
  }

  private IngestPipeline(
      ArchiveAnalyzers analyzers,
      TextExtractor text,
      int extractorVersion,
      int threads,
      ExtractionLimits limits,
      IsolatedTextExtractor isolated) {
    this.analyzers = analyzers;
    this.text = text;
    this.extractorVersion = extractorVersion;
    this.passages = new Passages();
    this.references = new ReferenceRecognizer();
    this.threads = threads;
    this.limits = limits;
    this.isolated = isolated;
  }

  /** The fingerprint an index built from this corpus by this code, with these synonyms, records. */
  public static String fingerprintOf(Corpus corpus, ArchiveAnalyzers analyzers) throws IOException {
    return fingerprintOf(corpus, analyzers, CachingTextExtractor.EXTRACTOR_VERSION);
  }

  private static String fingerprintOf(
      Corpus corpus, ArchiveAnalyzers analyzers, int extractorVersion) throws IOException {
    return corpus.fingerprint(
        ArchiveFields.FORMAT + "/" + analyzers.analysisDigest() + "/extractor-" + extractorVersion);
  }

  /**
   * True when the index is missing, unfinished, or was built from a different corpus or by older
   * code.
   */
  public static boolean isStale(Corpus corpus, IndexLocation location, ArchiveAnalyzers analyzers)
      throws IOException {
    return !location.isFresh(fingerprintOf(corpus, analyzers));
  }

  /** As {@link #run(Corpus, IndexLocation, IngestListener, Mode)}, updating in place if it can. */
  public IngestReport run(Corpus corpus, IndexLocation location, IngestListener listener)
      throws IOException {
    return run(corpus, location, listener, Mode.UPDATE);
  }

  /**
   * Brings the index up to date (or rebuilds it) and switches to the new generation, then writes
   * {@link IngestReport#FILE} beside it. Generations left behind by an interrupted ingest are
   * removed first. When nothing changed, the serving index is left as it is.
   *
   * @throws IOException when the index cannot be written (the previous index keeps serving), or
   *     another ingest is running on the same index folder
   */
  public IngestReport run(Corpus corpus, IndexLocation location, IngestListener listener, Mode mode)
      throws IOException {
    try (IndexLocation.IngestLock lock = location.lockForIngest()) {
      location.removeAbandoned();
      CachingTextExtractor cache =
          new CachingTextExtractor(text, location.extractionCache(), extractorVersion);
      cache.removeOtherVersions();
      IngestReport report = build(corpus, location, listener, mode, cache);
      report.write(location.root());
      return report;
    } finally {
      if (isolated != null) {
        isolated.close();
      }
    }
  }

  /**
   * What every document's indexing depends on besides its own source: a change rebuilds the index.
   */
  private String pipelineOf(Corpus corpus) throws IOException {
    Path topics = corpus.topicsFile();
    String topicsDigest = Files.exists(topics) ? Sha256.of(topics) : "none";
    return ArchiveFields.FORMAT
        + "/"
        + analyzers.analysisDigest()
        + "/topics-"
        + topicsDigest
        + "/extractor-"
        + extractorVersion;
  }

  /**
   * What a document is built from besides the pipeline: its manifest entry (which names its
   * snapshot by SHA-256) and, for an attachment, its message's entry (whose facts it may take).
   */
  static String digestOf(Source source, SourceManifest manifest) {
    String own = SourceManifest.toJson(source);
    String parent =
        source.parent() == null
            ? ""
            : manifest.find(source.parent()).map(SourceManifest::toJson).orElse("");
    return Sha256.of((own + "\u0000" + parent).getBytes(StandardCharsets.UTF_8));
  }

  private IngestReport build(
      Corpus corpus,
      IndexLocation location,
      IngestListener listener,
      Mode mode,
      CachingTextExtractor cache)
      throws IOException {
    long start = System.nanoTime();
    Topics topics = Topics.load(corpus.topicsFile());
    ThreadLocal<TopicTagger> taggers =
        ThreadLocal.withInitial(
            () -> new TopicTagger(topics, analyzers.prose(), analyzers.query()));
    DocumentExtractor extractor = new DocumentExtractor(cache);
    String fingerprint = fingerprintOf(corpus, analyzers, extractorVersion);
    String pipeline = pipelineOf(corpus);
    if (mode == Mode.UPDATE) {
      Optional<IngestReport> untouched =
          unchangedSinceLastIngest(location, fingerprint, pipeline, cache, start);
      if (untouched.isPresent()) {
        listener.starting(0);
        return untouched.get();
      }
    }
    // A source that changed is indexed as each of its versions, so that what was cited before stays
    // citable.
    SourceManifest manifest = corpus.manifest();
    List<Source> sources = new ArrayList<>();
    for (Source source : manifest.sources()) {
      sources.add(source);
      sources.addAll(SourceVersions.earlierVersions(source));
    }
    Map<String, String> digests = new HashMap<>();
    for (Source source : sources) {
      digests.put(source.id(), digestOf(source, manifest));
    }

    // What the serving index holds, if it can be updated in place rather than rebuilt.
    Optional<Path> serving = location.current();
    Map<String, String> servingData = location.currentCommitData().orElse(Map.of());
    String rebuildReason = null;
    Map<String, IndexedSources.Held> held = Map.of();
    if (mode == Mode.REBUILD) {
      rebuildReason = ASKED;
    } else if (serving.isEmpty() || servingData.isEmpty()) {
      rebuildReason = NO_INDEX;
    } else if (!pipeline.equals(servingData.get(IndexLocation.PIPELINE))) {
      rebuildReason = PIPELINE_CHANGED;
    } else {
      try {
        held = IndexedSources.read(serving.get());
      } catch (IOException e) {
        LOG.warn("Could not read the serving index {}; rebuilding it", serving.get(), e);
        rebuildReason = UNREADABLE;
      }
    }
    // Sources that failed to read from the same snapshot and entry are not read again by an update.
    Map<String, RememberedFailures.Failed> failedBefore =
        rebuildReason == null
            ? RememberedFailures.parse(servingData.get(IndexLocation.FAILED))
            : Map.of();
    Map<String, RememberedFailures.Failed> failing = new ConcurrentHashMap<>();
    List<IngestReport.Failure> skipped = new ArrayList<>();
    Map<String, IndexedSources.Held> unchanged = new HashMap<>();
    List<Source> toIndex = new ArrayList<>();
    for (Source source : sources) {
      IndexedSources.Held h = held.get(source.id());
      RememberedFailures.Failed failed = failedBefore.get(source.id());
      if (h != null && digests.get(source.id()).equals(h.stamp().digest())) {
        unchanged.put(source.id(), h);
      } else if (failed != null && digests.get(source.id()).equals(failed.digest())) {
        failing.put(source.id(), failed);
        skipped.add(failed.skipped(source.id()));
      } else {
        toIndex.add(source);
      }
    }
    if (!skipped.isEmpty()) {
      LOG.info(
          "{} sources that failed to read before, unchanged since, are not read again",
          skipped.size());
    }
    Set<String> toRemove = new HashSet<>(held.keySet());
    toRemove.removeAll(digests.keySet());

    if (rebuildReason == null
        && toIndex.isEmpty()
        && toRemove.isEmpty()
        && fingerprint.equals(servingData.get(IndexLocation.FINGERPRINT))) {
      listener.starting(0);
      return report(
          sources.size(),
          unchanged,
          List.of(),
          skipped,
          List.of(),
          start,
          sizeOf(serving.get()),
          new IngestReport.Changes(null, 0, unchanged.size(), 0, cache));
    }

    listener.starting(toIndex.size());
    List<IngestReport.Failure> failures = Collections.synchronizedList(new ArrayList<>(skipped));
    List<IngestReport.Indexed> indexed = Collections.synchronizedList(new ArrayList<>());
    List<IngestReport.Warning> warnings = Collections.synchronizedList(new ArrayList<>());
    MessageFacts messageFacts = new MessageFacts(corpus);
    Map<String, IndexedSources.Held> replaced = held;
    try (ArchiveWriter writer =
        rebuildReason == null
            ? LuceneArchiveWriter.updating(location, analyzers, serving.get())
            : new LuceneArchiveWriter(location, analyzers)) {
      for (String id : toRemove) {
        writer.remove(id);
      }
      ExecutorService pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "ingest");
                t.setDaemon(true);
                return t;
              });
      try {
        List<Future<?>> work = new ArrayList<>();
        for (Source source : toIndex) {
          IngestStamp stamp = new IngestStamp(digests.get(source.id()), null);
          work.add(
              pool.submit(
                  () -> {
                    try {
                      Ingested one =
                          ingestOne(
                              corpus,
                              source,
                              extractor,
                              taggers.get(),
                              writer,
                              messageFacts,
                              stamp);
                      int n = one.passages();
                      indexed.add(new IngestReport.Indexed(source.id(), n));
                      listener.indexed(source.id(), n);
                      if (one.warning() != null) {
                        warnings.add(new IngestReport.Warning(source.id(), one.warning()));
                        listener.warned(source.id(), one.warning());
                      }
                    } catch (ExtractionException
                        | IOException
                        | RuntimeException
                        | StackOverflowError e) {
                      String reason =
                          e instanceof StackOverflowError
                              ? "the text is nested too deeply to read"
                              : reasonOf(e);
                      failures.add(new IngestReport.Failure(source.id(), reason));
                      // What the extractor could not read it will not read next time either; a
                      // snapshot that could not be opened (a disk error) or whose reading ran out
                      // of time (sooner on a busy machine) is tried again.
                      if (e instanceof ExtractionException failure && failure.wouldFailAgain()) {
                        failing.put(
                            source.id(), new RememberedFailures.Failed(stamp.digest(), reason));
                      }
                      listener.failed(source.id(), reason);
                      // A changed source that no longer reads is left out, as a rebuild would
                      // leave it: its old passages are not the snapshot the manifest now names.
                      if (replaced.containsKey(source.id())) {
                        writer.remove(source.id());
                      }
                    }
                    return null;
                  }));
        }
        for (Future<?> f : work) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("ingest interrupted; the previous index is still serving", e);
      } catch (ExecutionException e) {
        throw new IOException("ingest failed: " + reasonOf(e.getCause()), e.getCause());
      } finally {
        pool.shutdownNow();
      }
      long passageTotal =
          unchanged.values().stream().mapToLong(IndexedSources.Held::passages).sum()
              + indexed.stream().mapToLong(IngestReport.Indexed::passages).sum();
      writer.commit(
          Map.of(
              IndexLocation.FINGERPRINT,
              fingerprint,
              IndexLocation.PIPELINE,
              pipeline,
              IndexLocation.PASSAGES,
              String.valueOf(passageTotal),
              IndexLocation.DOCUMENTS,
              String.valueOf(unchanged.size() + indexed.size()),
              IndexLocation.SOURCES,
              String.valueOf(sources.size()),
              IndexLocation.FAILED,
              RememberedFailures.toJson(failing)));
      int removed = (int) toRemove.stream().filter(held::containsKey).count();
      return report(
          sources.size(),
          unchanged,
          indexed,
          failures,
          warnings,
          start,
          writer.sizeInBytes(),
          new IngestReport.Changes(
              rebuildReason, toIndex.size(), unchanged.size(), removed, cache));
    }
  }

  /**
   * The report of an ingest with nothing to do, found without reading the manifest (seconds for a
   * large archive): the corpus is byte for byte the one the serving index was built from (same
   * fingerprint, same pipeline), and that ingest left no source to try again, every one being in
   * the index or remembered as failing to read. Empty when any of that is not so, or not known (an
   * index built before the source count was recorded): the ingest then compares source by source.
   */
  private static Optional<IngestReport> unchangedSinceLastIngest(
      IndexLocation location,
      String fingerprint,
      String pipeline,
      CachingTextExtractor cache,
      long start)
      throws IOException {
    Optional<Path> serving = location.current();
    Map<String, String> data = location.currentCommitData().orElse(Map.of());
    String sourceCount = data.get(IndexLocation.SOURCES);
    if (serving.isEmpty()
        || sourceCount == null
        || !fingerprint.equals(data.get(IndexLocation.FINGERPRINT))
        || !pipeline.equals(data.get(IndexLocation.PIPELINE))) {
      return Optional.empty();
    }
    Map<String, IndexedSources.Held> held;
    try {
      held = IndexedSources.read(serving.get());
    } catch (IOException e) {
      LOG.debug("Serving index {} not read here; the full comparison decides", serving.get(), e);
      return Optional.empty();
    }
    Map<String, RememberedFailures.Failed> failed =
        RememberedFailures.parse(data.get(IndexLocation.FAILED));
    int sources;
    try {
      sources = Integer.parseInt(sourceCount);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (held.size() + failed.size() != sources) {
      return Optional.empty(); // a source failed for a reason that may pass: it is tried again
    }
    List<IngestReport.Failure> skipped = new ArrayList<>();
    failed.forEach((id, f) -> skipped.add(f.skipped(id)));
    return Optional.of(
        report(
            sources,
            held,
            List.of(),
            skipped,
            List.of(),
            start,
            sizeOf(serving.get()),
            new IngestReport.Changes(null, 0, held.size(), 0, cache)));
  }

  /** The report over every source: those just indexed and those left as they were. */
  private static IngestReport report(
      int sources,
      Map<String, IndexedSources.Held> unchanged,
      List<IngestReport.Indexed> indexedNow,
      List<IngestReport.Failure> failures,
      List<IngestReport.Warning> warningsNow,
      long start,
      long size,
      IngestReport.Changes changes) {
    List<IngestReport.Indexed> indexed = new ArrayList<>(indexedNow);
    List<IngestReport.Warning> warnings = new ArrayList<>(warningsNow);
    unchanged.forEach(
        (id, h) -> {
          indexed.add(new IngestReport.Indexed(id, h.passages()));
          if (h.stamp().warning() != null) {
            warnings.add(new IngestReport.Warning(id, h.stamp().warning()));
          }
        });
    indexed.sort(Comparator.comparing(IngestReport.Indexed::sourceId));
    warnings.sort(Comparator.comparing(IngestReport.Warning::sourceId));
    List<IngestReport.Failure> sortedFailures = new ArrayList<>(failures);
    sortedFailures.sort(Comparator.comparing(IngestReport.Failure::sourceId));
    return new IngestReport(
        sources,
        indexed.size(),
        indexed.stream().mapToLong(IngestReport.Indexed::passages).sum(),
        sortedFailures,
        Duration.ofNanos(System.nanoTime() - start),
        size,
        indexed,
        warnings,
        changes);
  }

  private static long sizeOf(Path generation) throws IOException {
    try (Stream<Path> files = Files.walk(generation)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  /**
   * What ingesting one source gave: its passage count, and what the report must say about it, or
   * null.
   */
  private record Ingested(int passages, String warning) {}

  private Ingested ingestOne(
      Corpus corpus,
      Source source,
      DocumentExtractor extractor,
      TopicTagger tagger,
      ArchiveWriter writer,
      MessageFacts messageFacts,
      IngestStamp stamp)
      throws IOException, ExtractionException {
    // Too large to read is decided from the file's size: reading 500 MB to find out would exhaust
    // the heap.
    long size = Files.size(corpus.snapshots().pathOf(source));
    if (size > limits.maxFileBytes()) {
      throw new ExtractionException(limits.tooLarge(size));
    }
    byte[] bytes = corpus.snapshots().read(source);
    Document document = messageFacts.fillIn(extractor.extract(source, bytes));
    List<String> documentRefs =
        document.source().provenance().references().stream()
            .map(r -> references.canonical(r).orElse(r))
            .toList();
    List<Passage> tagged = new ArrayList<>();
    // Each passage's text is analysed once: the same tokens tag it and index it.
    List<AnalysedText> analysed = new ArrayList<>();
    Set<String> docTopics = new LinkedHashSet<>();
    Set<String> docRefs = new LinkedHashSet<>(documentRefs);
    // A heading's context repeats over every passage under it: recognise its references once.
    Map<String, List<Reference>> contextRefs = new HashMap<>();
    for (Passage passage : passages.of(document)) {
      Set<String> refs = new LinkedHashSet<>();
      references.find(passage.text()).forEach(r -> refs.add(r.canonical()));
      contextRefs
          .computeIfAbsent(
              passage.location().context() == null ? "" : passage.location().context(),
              references::find)
          .forEach(r -> refs.add(r.canonical()));
      if (passage.speaker().quotedReference() != null) {
        references.canonical(passage.speaker().quotedReference()).ifPresent(refs::add);
      }
      refs.addAll(documentRefs);
      AnalysedText tokens = analyzers.analyseText(passage.text());
      analysed.add(tokens);
      // Topics the manifest gives the document by hand hold for each of its passages, beside those
      // found.
      Set<String> passageTopics =
          new LinkedHashSet<>(tagger.topicsOf(passage.text(), tokens.stream()));
      passageTopics.addAll(document.source().provenance().topics());
      docTopics.addAll(passageTopics);
      docRefs.addAll(refs);
      tagged.add(passage.withTags(List.copyOf(refs), List.copyOf(passageTopics)));
    }
    docTopics.addAll(document.source().provenance().topics());
    // The document's own facts (a notice's date, a request's authority) fill what the manifest left
    // empty.
    IndexedDocument indexed =
        new IndexedDocument(
            document.source(),
            document.title(),
            document.contentType(),
            document.status(),
            tagged.size(),
            List.copyOf(docTopics),
            List.copyOf(docRefs));
    String warning = warningOf(document, tagged.size());
    writer.add(indexed, tagged, analysed, new IngestStamp(stamp.digest(), warning));
    return new Ingested(tagged.size(), warning);
  }

  /**
   * A document with no passages is never left unexplained: the extractor's reason, or what is
   * known.
   */
  static String warningOf(Document document, int passages) {
    if (document.warning() != null) {
      return document.warning();
    }
    if (passages > 0) {
      return null;
    }
    boolean text = document.parts().stream().anyMatch(p -> !p.text().isBlank());
    return text
        ? "its text gave no passages (only rules, page numbers or punctuation)"
        : "the file holds no text";
  }

  static String reasonOf(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      message = e.getClass().getSimpleName();
    }
    return message.replaceAll("\\s+", " ").strip();
  }
}
