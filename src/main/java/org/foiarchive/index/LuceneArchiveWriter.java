package org.foiarchive.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Source;
import org.foiarchive.passage.Passage;
import org.foiarchive.passage.PassageForm;
import org.foiarchive.passage.Voice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ArchiveWriter} on an embedded Lucene index in a new generation folder of an {@link
 * IndexLocation}.
 */
public final class LuceneArchiveWriter implements ArchiveWriter {
  private static final Logger LOG = LoggerFactory.getLogger(LuceneArchiveWriter.class);

  /**
   * Stored, tokenized, with offsets in the postings so the UnifiedHighlighter needs no re-analysis.
   */
  static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  /**
   * The title is scored word by word (BM25: frequencies and length) but never searched as a phrase
   * and never highlighted, so its words' positions are not written: the title repeats on every
   * passage of a document, and each of its words' positions was written, flushed and merged once
   * per passage.
   */
  static final FieldType TITLE_WORDS = wordsOnly(IndexOptions.DOCS_AND_FREQS, false);

  /**
   * The publisher's name only filters ("publisher:ico"), never scores: which records hold a word is
   * all it needs, not how often, where, or the name's length.
   */
  static final FieldType FILTER_WORDS = wordsOnly(IndexOptions.DOCS, true);

  /**
   * The fields a search scores, each given to every record, empty where a record has none of it:
   * document records have no text, and many passages no context. An empty field adds no word and
   * leaves BM25's statistics as they were (its count of records counts only those with a word), but
   * it gives the record a length, so that every field's lengths are stored for every record. Lucene
   * then reads a block of matches' lengths at once, where for a field some records lack it looks
   * each one up in the list of records that have it: a sixth of a search's CPU time at a million
   * passages (JFR), for the same scores.
   */
  private static final List<Map.Entry<String, FieldType>> SCORED_FIELDS =
      List.of(
          Map.entry(ArchiveFields.TEXT, notStored(TEXT_WITH_OFFSETS)),
          Map.entry(ArchiveFields.EXACT, TextField.TYPE_NOT_STORED),
          Map.entry(ArchiveFields.CONTEXT, TextField.TYPE_NOT_STORED),
          Map.entry(ArchiveFields.TITLE, TITLE_WORDS));

  /** Analysed words, not stored, indexed with only what their queries read. */
  private static FieldType wordsOnly(IndexOptions options, boolean omitNorms) {
    FieldType words = new FieldType(TextField.TYPE_NOT_STORED);
    words.setIndexOptions(options);
    words.setOmitNorms(omitNorms);
    words.freeze();
    return words;
  }

  private static FieldType notStored(FieldType type) {
    FieldType indexedOnly = new FieldType(type);
    indexedOnly.setStored(false);
    indexedOnly.freeze();
    return indexedOnly;
  }

  private final IndexLocation location;
  private final Path generation;
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final FacetsConfig facets = ArchiveFacets.config();
  private final ArchiveAnalyzers analyzers;

  /** True when writing a whole new index, false when updating a copy of the serving one. */
  private final boolean rebuilding;

  private boolean committed;

  /**
   * Memory for buffered documents before a segment is flushed: larger buffers mean fewer, larger
   * segments to merge at the end.
   */
  public static final double RAM_BUFFER_MB = 128;

  /**
   * The share of an index's records an update in place may leave deleted (replaced or removed
   * documents' old passages, still on disk and still counted in term statistics) before the
   * segments holding them are rewritten without them. Rewriting costs about as much as the segments
   * are large, so it is paid once every so many updates, not on each.
   */
  public static final double MAX_DELETED_SHARE = 0.10;

  /** Threads that write out buffered documents and merge segments at the end of a rebuild. */
  public static final int MERGE_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

  /** A writer of a whole new index, in a new generation: an ingest from scratch. */
  public LuceneArchiveWriter(IndexLocation location, ArchiveAnalyzers analyzers)
      throws IOException {
    this(location, analyzers, location.newGeneration(), IndexWriterConfig.OpenMode.CREATE);
  }

  /**
   * A writer that updates a copy of the generation {@code base} in a new generation (its files
   * linked, not copied: Lucene never changes a file it has written), leaving {@code base} serving
   * until {@link #commit}: documents added replace those of the same id, {@link #remove} deletes.
   */
  public static LuceneArchiveWriter updating(
      IndexLocation location, ArchiveAnalyzers analyzers, Path base) throws IOException {
    return new LuceneArchiveWriter(
        location, analyzers, location.newGenerationFrom(base), IndexWriterConfig.OpenMode.APPEND);
  }

  private LuceneArchiveWriter(
      IndexLocation location,
      ArchiveAnalyzers analyzers,
      Path generation,
      IndexWriterConfig.OpenMode mode)
      throws IOException {
    this.location = location;
    this.analyzers = analyzers;
    this.generation = generation;
    this.rebuilding = mode == IndexWriterConfig.OpenMode.CREATE;
    try {
      this.directory = FSDirectory.open(generation);
      IndexWriterConfig config =
          new IndexWriterConfig(analyzers.index())
              .setOpenMode(mode)
              .setCodec(new ArchiveCodec())
              .setRAMBufferSizeMB(RAM_BUFFER_MB)
              // A rebuild ends with a merge into one segment: merging along the way would merge the
              // same passages twice (a tenth of a million-passage ingest's CPU time, JFR).
              .setMergePolicy(rebuilding ? NoMergePolicy.INSTANCE : updateMergePolicy())
              // An update's merges run in the thread that asks for them, so that commit can wait
              // for them and put them in the new generation (merges still running at close would
              // be thrown away with the writer).
              .setMergeScheduler(rebuilding ? finalMergeScheduler() : new SerialMergeScheduler())
              // A rebuild's flushed segments live only until its final merge: packing each into a
              // compound file first would copy every byte once more for nothing. (The merged
              // segment is never compound: it is the whole index, over the merge policy's ratio.)
              .setUseCompoundFile(!rebuilding)
              .setCommitOnClose(false);
      this.writer = new IndexWriter(directory, config);
    } catch (IOException | RuntimeException e) {
      location.discard(generation);
      throw e;
    }
  }

  @Override
  public void add(IndexedDocument document, List<Passage> passages) throws IOException {
    List<AnalysedText> analysed = new ArrayList<>(passages.size());
    for (Passage p : passages) {
      analysed.add(analyzers.analyseText(p.text()));
    }
    add(document, passages, analysed);
  }

  @Override
  public void add(IndexedDocument document, List<Passage> passages, List<AnalysedText> analysed)
      throws IOException {
    add(document, passages, analysed, IngestStamp.NONE);
  }

  @Override
  public void add(
      IndexedDocument document,
      List<Passage> passages,
      List<AnalysedText> analysed,
      IngestStamp stamp)
      throws IOException {
    if (analysed.size() != passages.size()) {
      throw new IllegalArgumentException(
          analysed.size() + " analysed texts for " + passages.size() + " passages");
    }
    // What repeats over a document's passages (its title, publisher, headings) is analysed once.
    Shared shared = new Shared(analyzers.index(), document);
    List<Document> records = new ArrayList<>(passages.size() + 1);
    records.add(withEveryScoredField(documentRecord(document, stamp)));
    for (int i = 0; i < passages.size(); i++) {
      Document record = passageRecord(document, passages.get(i), analysed.get(i), shared);
      NeighbourWindows neighbours = PassageText.neighbours(passages, analysed, i);
      if (neighbours != null) {
        record.add(new NumericDocValuesField(ArchiveFields.NEIGHBOURS, neighbours.encode()));
      }
      records.add(facets.build(withEveryScoredField(record)));
    }
    // One delete term per document: re-adding a document replaces all its records, never duplicates
    // them. The records go in as one block, kept together and in order by merges: a passage's
    // neighbours are the records beside it (NeighbourWindows).
    writer.updateDocuments(new Term(ArchiveFields.DOC_ID, document.docId()), records);
  }

  /** The record with each of {@link #SCORED_FIELDS} it lacks added empty. */
  private static Document withEveryScoredField(Document record) {
    for (Map.Entry<String, FieldType> field : SCORED_FIELDS) {
      if (record.getField(field.getKey()) == null) {
        record.add(new Field(field.getKey(), "", field.getValue()));
      }
    }
    return record;
  }

  /** The analysis of what a document's passages share, done once per document. */
  private static final class Shared {
    private final Analyzer analyzer;
    final AnalysedText title;
    final AnalysedText publisher;
    private final Map<String, AnalysedText> contexts = new HashMap<>();

    Shared(Analyzer analyzer, IndexedDocument document) {
      this.analyzer = analyzer;
      this.title = AnalysedText.of(analyzer, ArchiveFields.TITLE, document.title());
      String publisherName = document.source().provenance().publisher();
      this.publisher =
          publisherName == null
              ? null
              : AnalysedText.of(analyzer, ArchiveFields.PUBLISHER_TEXT, publisherName);
    }

    AnalysedText context(String context) {
      return contexts.computeIfAbsent(
          context, c -> AnalysedText.of(analyzer, ArchiveFields.CONTEXT, c));
    }

    /**
     * The publisher's name analysed, for the document's own publisher once and for another (a site)
     * as met.
     */
    AnalysedText publisher(String name, String documentPublisher) {
      return name.equals(documentPublisher)
          ? publisher
          : contexts.computeIfAbsent(
              "\u0000publisher:" + name,
              n -> AnalysedText.of(analyzer, ArchiveFields.PUBLISHER_TEXT, name));
    }
  }

  /** A field indexed from tokens analysed beforehand, stored (if its type says so) as its text. */
  private static final class PreAnalysed extends Field {
    private final AnalysedText tokens;

    PreAnalysed(String name, String text, FieldType type, AnalysedText tokens) {
      super(name, text, type);
      this.tokens = tokens;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      return tokens.stream();
    }
  }

  @Override
  public void remove(String docId) throws IOException {
    writer.deleteDocuments(new Term(ArchiveFields.DOC_ID, docId));
  }

  private static Document documentRecord(IndexedDocument document, IngestStamp stamp) {
    Document doc = new Document();
    doc.add(new StringField(ArchiveFields.RECORD, ArchiveFields.RECORD_DOCUMENT, Field.Store.NO));
    doc.add(new StringField(ArchiveFields.DOC_ID, document.docId(), Field.Store.YES));
    // Lucene requires one schema per field: document records carry docId's doc values too.
    doc.add(new SortedDocValuesField(ArchiveFields.DOC_ID, new BytesRef(document.docId())));
    doc.add(new StoredField(ArchiveFields.DOCUMENT_JSON, document.toJson()));
    if (stamp.digest() != null) {
      doc.add(new BinaryDocValuesField(ArchiveFields.INGEST_DIGEST, new BytesRef(stamp.digest())));
      doc.add(new NumericDocValuesField(ArchiveFields.INGEST_PASSAGES, document.passageCount()));
    }
    if (stamp.warning() != null) {
      doc.add(
          new BinaryDocValuesField(ArchiveFields.INGEST_WARNING, new BytesRef(stamp.warning())));
    }
    return doc;
  }

  private static Document passageRecord(
      IndexedDocument document, Passage p, AnalysedText text, Shared shared) {
    Source source = document.source();
    Document doc = new Document();
    doc.add(new StringField(ArchiveFields.RECORD, ArchiveFields.RECORD_PASSAGE, Field.Store.NO));
    doc.add(new StringField(ArchiveFields.DOC_ID, p.docId(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ArchiveFields.DOC_ID, new BytesRef(p.docId())));
    doc.add(new IntField(ArchiveFields.ORDINAL, p.ordinal(), Field.Store.YES));
    doc.add(new PreAnalysed(ArchiveFields.TEXT, p.text(), TEXT_WITH_OFFSETS, text));
    // The exact field's tokens come with the text's when one run of the tokenizer gave both.
    doc.add(
        text.exact() == null
            ? new TextField(ArchiveFields.EXACT, p.text(), Field.Store.NO)
            : new PreAnalysed(
                ArchiveFields.EXACT, p.text(), TextField.TYPE_NOT_STORED, text.exact()));
    doc.add(new NumericDocValuesField(ArchiveFields.WORDS, PassageText.words(p.text())));
    doc.add(new NumericDocValuesField(ArchiveFields.TEXT_HASH, PassageText.hash(p.text())));
    doc.add(
        new NumericDocValuesField(
            ArchiveFields.QUESTION, PassageText.isQuestion(p.text()) ? 1 : 0));
    PassageForm form = PassageForm.of(p, document.title());
    doc.add(new NumericDocValuesField(ArchiveFields.WORDING, form.wording().code()));
    doc.add(new NumericDocValuesField(ArchiveFields.ROLE, form.role().code()));
    doc.add(new NumericDocValuesField(ArchiveFields.STATED_VALUES, form.statedValues()));
    if (p.location().context() != null && !p.location().context().isBlank()) {
      doc.add(
          new PreAnalysed(
              ArchiveFields.CONTEXT,
              p.location().context(),
              TextField.TYPE_NOT_STORED,
              shared.context(p.location().context())));
    }
    doc.add(new PreAnalysed(ArchiveFields.TITLE, document.title(), TITLE_WORDS, shared.title));
    if (p.location().label() != null) {
      doc.add(new StoredField(ArchiveFields.LABEL, p.location().label()));
      doc.add(
          new StringField(
              ArchiveFields.LABEL, p.location().label().toLowerCase(Locale.ROOT), Field.Store.NO));
    }
    addDimension(doc, ArchiveFields.KIND, source.provenance().kind().id());
    addDimension(doc, ArchiveFields.VOICE, p.speaker().voice().id());
    doc.add(new SortedDocValuesField(ArchiveFields.VOICE, new BytesRef(p.speaker().voice().id())));
    if (source.provenance().publisher() != null) {
      // The facet and the publisher: filter both follow who published the passage's words.
      String publisher = publisherOf(source, p.speaker().voice());
      addDimension(doc, ArchiveFields.PUBLISHER, publisher);
      doc.add(
          new PreAnalysed(
              ArchiveFields.PUBLISHER_TEXT,
              publisher,
              FILTER_WORDS,
              shared.publisher(publisher, source.provenance().publisher())));
    }
    for (String topic : p.topics()) {
      addDimension(doc, ArchiveFields.TOPIC, topic);
    }
    for (String ref : p.references()) {
      doc.add(new KeywordField(ArchiveFields.REF, ref, Field.Store.YES));
    }
    PartialDate date = p.speaker().date();
    if (date != null) {
      doc.add(new LongField(ArchiveFields.DATE_DAY, date.start().toEpochDay(), Field.Store.NO));
      addDimension(doc, ArchiveFields.YEAR, String.valueOf(date.year()), Field.Store.NO);
      doc.add(new StoredField(ArchiveFields.DATE, date.toString()));
    }
    if (p.location().page() != null) {
      doc.add(new StoredField(ArchiveFields.PAGE, p.location().page()));
    }
    storeIfPresent(doc, ArchiveFields.ANCHOR, p.location().anchor());
    storeIfPresent(doc, ArchiveFields.HEADING, p.location().heading());
    storeIfPresent(doc, ArchiveFields.AUTHOR, p.speaker().author());
    storeIfPresent(doc, ArchiveFields.QUOTED_REFERENCE, p.speaker().quotedReference());
    if (p.ocr()) {
      doc.add(new StoredField(ArchiveFields.OCR, "true"));
    }
    return doc;
  }

  /**
   * Who published a passage's words: on a request page, the requester's messages and the
   * annotations are published by the site that carries them (its host name, e.g.
   * whatdotheyknow.com), not by the body the request was made to; everything else by the document's
   * publisher.
   */
  static String publisherOf(Source source, Voice voice) {
    if ((voice == Voice.REQUESTER || voice == Voice.ANNOTATION)
        && source.provenance().url() != null) {
      try {
        String host = new java.net.URI(source.provenance().url().strip()).getHost();
        if (host != null && !host.isBlank()) {
          return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        }
      } catch (java.net.URISyntaxException e) {
        // An address that is not a URI names no site: the document's publisher stands.
      }
    }
    return source.provenance().publisher();
  }

  /** A filterable keyword (stored for display) plus its facet value. */
  private static void addDimension(Document doc, String field, String value) {
    addDimension(doc, field, value, Field.Store.YES);
  }

  /** A filterable keyword, stored if a hit shows it, plus its facet value. */
  private static void addDimension(Document doc, String field, String value, Field.Store store) {
    if (value == null || value.isBlank()) {
      return;
    }
    doc.add(new StringField(field, value, store));
    doc.add(new SortedSetDocValuesFacetField(field, value));
  }

  private static void storeIfPresent(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new StoredField(field, value));
    }
  }

  @Override
  public void commit(Map<String, String> commitData) throws IOException {
    Map<String, String> data = new HashMap<>(commitData);
    data.putIfAbsent(IndexLocation.BUILT_AT, Instant.now().toString());
    writer.setLiveCommitData(data.entrySet());
    // One segment: searches then set up one scorer per term instead of one per segment, facet
    // ordinals need no global map, and at a million passages queries take about a third less time.
    // Paid once per rebuild (about half a minute then); an update in place adds small segments
    // instead, which the merge policy folds in as they accumulate, rather than rewriting the index
    // to add one document.
    if (rebuilding) {
      flushInParallel();
      writer.getConfig().setMergePolicy(new TieredMergePolicy());
      writer.forceMerge(1);
    } else {
      foldInUpdates();
    }
    writer.commit();
    writer.close();
    directory.close();
    location.switchTo(generation);
    committed = true;
  }

  /**
   * Merges what updates in place leave behind: small segments, one or more per update, folded
   * together by the merge policy as they accumulate; and deleted records, rewritten away once they
   * exceed {@link #MAX_DELETED_SHARE} of the index.
   */
  private void foldInUpdates() throws IOException {
    writer.flush();
    writer.maybeMerge();
    IndexWriter.DocStats stats = writer.getDocStats();
    double deleted = stats.maxDoc == 0 ? 0 : 1 - (double) stats.numDocs / stats.maxDoc;
    if (deleted > MAX_DELETED_SHARE) {
      LOG.info(
          "{}% of the index's records are deleted, over {}%: rewriting the segments that hold them",
          Math.round(deleted * 100), Math.round(MAX_DELETED_SHARE * 100));
      writer.forceMergeDeletes(true);
    }
  }

  /**
   * The one merge a rebuild runs, at its end, may take a core for each of its parts (postings,
   * stored fields, doc values, norms, points are written by separate tasks): by then no document is
   * being indexed, and one thread would leave the other cores idle for the longest step of a large
   * ingest. What it writes is the same.
   */
  private static ConcurrentMergeScheduler finalMergeScheduler() {
    ConcurrentMergeScheduler scheduler = new ConcurrentMergeScheduler();
    scheduler.setMaxMergesAndThreads(MERGE_THREADS + 5, MERGE_THREADS);
    return scheduler;
  }

  /**
   * Writes out the documents still buffered in memory, each indexing thread's buffer on a thread of
   * its own, rather than one after another in the committing thread.
   */
  private void flushInParallel() throws IOException {
    List<Callable<Void>> flushes = new ArrayList<>();
    for (int i = 0; i < MERGE_THREADS; i++) {
      flushes.add(
          () -> {
            while (writer.flushNextBuffer()) {
              // Until no buffer is left to take.
            }
            return null;
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(MERGE_THREADS);
    try {
      for (Future<Void> flush : pool.invokeAll(flushes)) {
        flush.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the index", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("could not write the index: " + e.getCause().getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Tiered merging, with deleted records rewritten once a segment's share passes the limit. */
  private static TieredMergePolicy updateMergePolicy() {
    TieredMergePolicy policy = new TieredMergePolicy();
    policy.setForceMergeDeletesPctAllowed(MAX_DELETED_SHARE * 100);
    return policy;
  }

  @Override
  public long sizeInBytes() throws IOException {
    try (Stream<Path> files = Files.walk(generation)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        writer.rollback();
      } finally {
        directory.close();
        location.discard(generation);
      }
    }
  }
}
