package org.foiarchive.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.passage.PassageSplitter;
import org.foiarchive.passage.Segment;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.tag.TopicTagger;
import org.foiarchive.tag.Topics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What ingest spends its time on, per passage: analysis of the prose and exact fields, topic
 * tagging, reference recognition, and splitting a document into passages. Passages come from a
 * generated corpus in the real corpus's words. Run with {@code ./mvnw -Pjmh -DskipTests verify
 * -Djmh.args=IngestHotPaths}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IngestHotPathsBenchmark {
  private final ArchiveAnalyzers analyzers = new ArchiveAnalyzers();
  private final ReferenceRecognizer references = new ReferenceRecognizer();
  private final PassageSplitter splitter = new PassageSplitter();
  private TopicTagger tagger;
  private List<String> passages;
  private List<String> documents;
  private int next;

  @Setup
  public void generate() throws IOException {
    Path dir = Files.createTempDirectory("foiarchive-jmh-ingest-");
    Corpus real = Corpus.open(Path.of("corpus"));
    CorpusGenerator.learningFrom(real, 1).generate(dir, 5_000, real.topicsFile());
    Corpus generated = Corpus.open(dir);
    documents = new ArrayList<>();
    passages = new ArrayList<>();
    for (var source : generated.manifest().sources()) {
      if ("text/plain".equals(source.contentType())) {
        String text = new String(generated.snapshots().read(source), StandardCharsets.UTF_8);
        documents.add(text);
        splitter.split(text).stream().map(Segment::text).forEach(passages::add);
      }
    }
    tagger = new TopicTagger(Topics.load(real.topicsFile()), analyzers.prose(), analyzers.query());
  }

  private String passage() {
    next = (next + 1) % passages.size();
    return passages.get(next);
  }

  @Benchmark
  public int analyseProse() throws IOException {
    return consume(analyzers.index(), ArchiveFields.TEXT, passage());
  }

  @Benchmark
  public int analyseExact() throws IOException {
    return consume(analyzers.index(), ArchiveFields.EXACT, passage());
  }

  @Benchmark
  public List<String> tagTopics() {
    return tagger.topicsOf(passage());
  }

  @Benchmark
  public int recogniseReferences() {
    return references.find(passage()).size();
  }

  @Benchmark
  public int splitDocument() {
    next = (next + 1) % documents.size();
    return splitter.split(documents.get(next)).size();
  }

  private static int consume(Analyzer analyzer, String field, String text) throws IOException {
    int tokens = 0;
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      stream.reset();
      while (stream.incrementToken()) {
        tokens++;
      }
      stream.end();
    }
    return tokens;
  }
}
