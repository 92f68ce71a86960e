package org.foiarchive.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceVersions;
import org.foiarchive.extract.Document;
import org.foiarchive.extract.DocumentExtractor;
import org.foiarchive.extract.ExtractionException;
import org.foiarchive.extract.ExtractionLimits;
import org.foiarchive.extract.IsolatedTextExtractor;
import org.foiarchive.index.AnalysedText;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.index.ArchiveWriter;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.index.LuceneArchiveWriter;
import org.foiarchive.passage.Passage;
import org.foiarchive.passage.Passages;
import org.foiarchive.tag.Reference;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.tag.TopicTagger;
import org.foiarchive.tag.Topics;

/**
 * Builds a complete new index from a corpus, offline: read each snapshot (checking its checksum),
 * extract it, cut it into passages, tag them, write them. A source that fails is reported and
 * skipped; the new index replaces the serving one only when it is complete. Files are read within
 * {@link ExtractionLimits} (size, time, memory), so no file can stop the ingest. One ingest at a
 * time per index folder.
 */
public final class IngestPipeline {
  private final ArchiveAnalyzers analyzers;
  private final DocumentExtractor extractor;
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
        new DocumentExtractor(isolated),
        new Passages(),
        new ReferenceRecognizer(),
        Math.max(1, Runtime.getRuntime().availableProcessors()),
        limits,
        isolated);
  }

  public IngestPipeline(
      ArchiveAnalyzers analyzers,
      DocumentExtractor extractor,
      Passages passages,
      ReferenceRecognizer references,
      int threads) {
    this(analyzers, extractor, passages, references, threads, ExtractionLimits.DEFAULT, null);
  }

  private IngestPipeline(
      ArchiveAnalyzers analyzers,
      DocumentExtractor extractor,
      Passages passages,
      ReferenceRecognizer references,
      int threads,
      ExtractionLimits limits,
      IsolatedTextExtractor isolated) {
    this.analyzers = analyzers;
    this.extractor = extractor;
    this.passages = passages;
    this.references = references;
    this.threads = threads;
    this.limits = limits;
    this.isolated = isolated;
  }

  /** The fingerprint an index built from this corpus by this code, with these synonyms, records. */
  public static String fingerprintOf(Corpus corpus, ArchiveAnalyzers analyzers) throws IOException {
    return corpus.fingerprint(ArchiveFields.FORMAT + "/" + analyzers.synonymsDigest());
  }

  /**
   * True when the index is missing, unfinished, or was built from a different corpus or by older
   * code.
   */
  public static boolean isStale(Corpus corpus, IndexLocation location, ArchiveAnalyzers analyzers)
      throws IOException {
    return !location.isFresh(fingerprintOf(corpus, analyzers));
  }

  /**
   * Builds and switches to a new index, then writes {@link IngestReport#FILE} beside it.
   * Generations left behind by an interrupted ingest are removed first.
   *
   * @throws IOException when the index cannot be written (the previous index keeps serving), or
   *     another ingest is running on the same index folder
   */
  public IngestReport run(Corpus corpus, IndexLocation location, IngestListener listener)
      throws IOException {
    try (IndexLocation.IngestLock lock = location.lockForIngest()) {
      location.removeAbandoned();
      IngestReport report = build(corpus, location, listener);
      report.write(location.root());
      return report;
    } finally {
      if (isolated != null) {
        isolated.close();
      }
    }
  }

  private IngestReport build(Corpus corpus, IndexLocation location, IngestListener listener)
      throws IOException {
    long start = System.nanoTime();
    Topics topics = Topics.load(corpus.topicsFile());
    ThreadLocal<TopicTagger> taggers =
        ThreadLocal.withInitial(
            () -> new TopicTagger(topics, analyzers.prose(), analyzers.query()));
    // A source that changed is indexed as each of its versions, so that what was cited before stays
    // citable.
    List<Source> sources = new ArrayList<>();
    for (Source source : corpus.manifest().sources()) {
      sources.add(source);
      sources.addAll(SourceVersions.earlierVersions(source));
    }
    listener.starting(sources.size());
    List<IngestReport.Failure> failures = Collections.synchronizedList(new ArrayList<>());
    List<IngestReport.Indexed> indexed = Collections.synchronizedList(new ArrayList<>());
    List<IngestReport.Warning> warnings = Collections.synchronizedList(new ArrayList<>());
    MessageFacts messageFacts = new MessageFacts(corpus);
    AtomicInteger documents = new AtomicInteger();
    AtomicLong passageCount = new AtomicLong();
    String fingerprint = fingerprintOf(corpus, analyzers);
    try (ArchiveWriter writer = new LuceneArchiveWriter(location, analyzers)) {
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
        for (Source source : sources) {
          work.add(
              pool.submit(
                  () -> {
                    try {
                      Ingested one = ingestOne(corpus, source, taggers.get(), writer, messageFacts);
                      int n = one.passages();
                      indexed.add(new IngestReport.Indexed(source.id(), n));
                      documents.incrementAndGet();
                      passageCount.addAndGet(n);
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
                      listener.failed(source.id(), reason);
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
      writer.commit(
          Map.of(
              IndexLocation.FINGERPRINT, fingerprint,
              IndexLocation.PASSAGES, String.valueOf(passageCount.get()),
              IndexLocation.DOCUMENTS, String.valueOf(documents.get())));
      long size = writer.sizeInBytes();
      List<IngestReport.Failure> sorted = new ArrayList<>(failures);
      sorted.sort(Comparator.comparing(IngestReport.Failure::sourceId));
      List<IngestReport.Indexed> sortedIndexed = new ArrayList<>(indexed);
      sortedIndexed.sort(Comparator.comparing(IngestReport.Indexed::sourceId));
      List<IngestReport.Warning> sortedWarnings = new ArrayList<>(warnings);
      sortedWarnings.sort(Comparator.comparing(IngestReport.Warning::sourceId));
      return new IngestReport(
          sources.size(),
          documents.get(),
          passageCount.get(),
          sorted,
          Duration.ofNanos(System.nanoTime() - start),
          size,
          sortedIndexed,
          sortedWarnings);
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
      TopicTagger tagger,
      ArchiveWriter writer,
      MessageFacts messageFacts)
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
      AnalysedText tokens = AnalysedText.of(analyzers.index(), ArchiveFields.TEXT, passage.text());
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
    writer.add(indexed, tagged, analysed);
    return new Ingested(tagged.size(), warningOf(document, tagged.size()));
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
