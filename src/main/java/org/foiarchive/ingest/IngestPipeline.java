package org.foiarchive.ingest;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.Source;
import org.foiarchive.extract.Document;
import org.foiarchive.extract.DocumentExtractor;
import org.foiarchive.extract.ExtractionException;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.index.ArchiveWriter;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.index.LuceneArchiveWriter;
import org.foiarchive.passage.Passage;
import org.foiarchive.passage.Passages;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.tag.TopicTagger;
import org.foiarchive.tag.Topics;

/**
 * Builds a complete new index from a corpus, offline: read each snapshot (checking its checksum), extract
 * it, cut it into passages, tag them, write them. A source that fails is reported and skipped; the new
 * index replaces the serving one only when it is complete.
 */
public final class IngestPipeline {
  private final ArchiveAnalyzers analyzers;
  private final DocumentExtractor extractor;
  private final Passages passages;
  private final ReferenceRecognizer references;
  private final int threads;

  public IngestPipeline(ArchiveAnalyzers analyzers) {
    this(analyzers, new DocumentExtractor(), new Passages(), new ReferenceRecognizer(),
        Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  public IngestPipeline(ArchiveAnalyzers analyzers, DocumentExtractor extractor, Passages passages,
      ReferenceRecognizer references, int threads) {
    this.analyzers = analyzers;
    this.extractor = extractor;
    this.passages = passages;
    this.references = references;
    this.threads = threads;
  }

  /** The fingerprint an index built from this corpus by this code, with these synonyms, records. */
  public static String fingerprintOf(Corpus corpus, ArchiveAnalyzers analyzers) throws IOException {
    return corpus.fingerprint(ArchiveFields.FORMAT + "/" + analyzers.synonymsDigest());
  }

  /** True when the index is missing, unfinished, or was built from a different corpus or by older code. */
  public static boolean isStale(Corpus corpus, IndexLocation location, ArchiveAnalyzers analyzers) throws IOException {
    return !location.isFresh(fingerprintOf(corpus, analyzers));
  }

  public IngestReport run(Corpus corpus, IndexLocation location, IngestListener listener) throws IOException {
    long start = System.nanoTime();
    Topics topics = Topics.load(corpus.topicsFile());
    ThreadLocal<TopicTagger> taggers = ThreadLocal.withInitial(
        () -> new TopicTagger(topics, analyzers.prose(), analyzers.query()));
    List<Source> sources = corpus.manifest().sources();
    List<IngestReport.Failure> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger documents = new AtomicInteger();
    AtomicLong passageCount = new AtomicLong();
    String fingerprint = fingerprintOf(corpus, analyzers);
    try (ArchiveWriter writer = new LuceneArchiveWriter(location, analyzers)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "ingest");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<?>> work = new ArrayList<>();
        for (Source source : sources) {
          work.add(pool.submit(() -> {
            try {
              int n = ingestOne(corpus, source, taggers.get(), writer);
              documents.incrementAndGet();
              passageCount.addAndGet(n);
              listener.indexed(source.id(), n);
            } catch (ExtractionException | IOException | RuntimeException e) {
              String reason = reasonOf(e);
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
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IOException("ingest failed: " + reasonOf(e.getCause()), e.getCause());
      } finally {
        pool.shutdownNow();
      }
      writer.commit(Map.of(
          IndexLocation.FINGERPRINT, fingerprint,
          IndexLocation.PASSAGES, String.valueOf(passageCount.get()),
          IndexLocation.DOCUMENTS, String.valueOf(documents.get())));
      long size = writer.sizeInBytes();
      List<IngestReport.Failure> sorted = new ArrayList<>(failures);
      sorted.sort(java.util.Comparator.comparing(IngestReport.Failure::sourceId));
      return new IngestReport(sources.size(), documents.get(), passageCount.get(), sorted,
          Duration.ofNanos(System.nanoTime() - start), size);
    }
  }

  private int ingestOne(Corpus corpus, Source source, TopicTagger tagger, ArchiveWriter writer)
      throws IOException, ExtractionException {
    byte[] bytes = corpus.snapshots().read(source);
    Document document = extractor.extract(source, bytes);
    List<String> documentRefs = document.source().references().stream()
        .map(r -> references.canonical(r).orElse(r)).toList();
    List<Passage> tagged = new ArrayList<>();
    Set<String> docTopics = new LinkedHashSet<>();
    Set<String> docRefs = new LinkedHashSet<>(documentRefs);
    for (Passage passage : passages.of(document)) {
      Set<String> refs = new LinkedHashSet<>();
      references.find(passage.text()).forEach(r -> refs.add(r.canonical()));
      references.find(passage.context()).forEach(r -> refs.add(r.canonical()));
      if (passage.quotedReference() != null) {
        references.canonical(passage.quotedReference()).ifPresent(refs::add);
      }
      refs.addAll(documentRefs);
      List<String> passageTopics = tagger.topicsOf(passage.text());
      docTopics.addAll(passageTopics);
      docRefs.addAll(refs);
      tagged.add(passage.withTags(List.copyOf(refs), passageTopics));
    }
    docTopics.addAll(document.source().topics());
    // The document's own facts (a notice's date, a request's authority) fill what the manifest left empty.
    IndexedDocument indexed = new IndexedDocument(document.source(), document.title(), document.contentType(),
        document.status(), tagged.size(), List.copyOf(docTopics), List.copyOf(docRefs));
    writer.add(indexed, tagged);
    return tagged.size();
  }

  static String reasonOf(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      message = e.getClass().getSimpleName();
    }
    return message.replaceAll("\\s+", " ").strip();
  }
}
