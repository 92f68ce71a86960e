package org.foiarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relevance on real pages nobody tuned to: the evaluation corpus imported beside the seed corpus,
 * ingested, and the frozen half of its questions held at floors just under the scores measured with
 * the knobs {@code bench fit} chose on the tuning halves, framing passages lowered and claimants'
 * everyday phrases searched also as the official term (MRR@10 0.566, Recall@10 0.76 on 29
 * questions; 0.525 before any tuning, 0.528 in issue 14r, 0.531 with the fitted knobs alone, 0.546
 * with framing alone, 0.548 before the everyday phrases). The blind sets ({@code blind-queries.tsv}
 * and {@code blind-3-queries.tsv}, frozen whole) are held at their own floors on the same index.
 * Raise the floors as ranking improves; never lower them to make a change pass.
 */
class EvalCorpusIT {
  static final Path SPLIT = Path.of("src", "test", "resources", "eval", "split.tsv");
  static final double FROZEN_MRR = 0.56;
  static final double FROZEN_RECALL = 0.75;

  /**
   * Floors for {@code blind-queries.tsv} (95 questions written blind on 2 December 2026, all
   * frozen): about one question's worth under main 27354a7's MRR@10 0.593, Recall@10 0.768 (73 of
   * 95), measured once, after the set was committed.
   */
  static final double BLIND_MRR = 0.58;

  static final double BLIND_RECALL = 0.75;

  /**
   * Floors for {@code blind-3-queries.tsv} (80 questions written blind on 2 December 2026, all
   * frozen): about one question's worth under MRR@10 0.573, Recall@10 0.787 (63 of 80), measured
   * with index format 24's splitter, which keeps a list item hard-wrapped onto a capitalised word
   * whole (T58's quote was cut in two before; main 76194b7 measured 0.560 / 0.775 once, after the
   * set was committed).
   */
  static final double THIRD_BLIND_MRR = 0.56;

  static final double THIRD_BLIND_RECALL = 0.77;

  @TempDir static Path work;
  private static ArchiveSearcher searcher;
  private static IngestReport report;

  @BeforeAll
  static void ingestTheSeedsAndTheEvaluationPages() throws IOException {
    Path corpus = work.resolve("corpus");
    copy(TestArchive.CORPUS, corpus);
    CorpusImporter importer = new CorpusImporter();
    for (EvalCorpus.Entry entry : EvalCorpus.entries()) {
      assertThat(importer.importFile(corpus, entry.path(), entry.metadata()).added())
          .as(entry.file())
          .isTrue();
    }
    IndexLocation index = new IndexLocation(work.resolve("index"));
    report =
        new IngestPipeline(new ArchiveAnalyzers())
            .run(Corpus.open(corpus), index, IngestListener.SILENT);
    searcher = new LuceneArchiveSearcher(index, new ArchiveAnalyzers(), new ReferenceRecognizer());
  }

  @AfterAll
  static void close() {
    if (searcher != null) {
      searcher.close();
    }
  }

  @Test
  void everyPageIsIngested() throws IOException {
    assertThat(report.failures()).isEmpty();
    for (EvalCorpus.Entry entry : EvalCorpus.entries()) {
      assertThat(searcher.documentInfo(entry.docId())).as(entry.docId()).isPresent();
    }
  }

  @Test
  void everyExpectedQuoteIsInOnePassageOfTheDocumentItNames() throws IOException {
    List<RelevanceEvaluation.Case> questions =
        new ArrayList<>(RelevanceEvaluation.read(EvalCorpus.QUESTIONS));
    questions.addAll(RelevanceEvaluation.read(EvalCorpus.BLIND_QUESTIONS));
    questions.addAll(RelevanceEvaluation.read(EvalCorpus.BLIND_3_QUESTIONS));
    List<String> notInOnePassage = new ArrayList<>();
    for (RelevanceEvaluation.Case question : questions) {
      String docId = EvalCorpus.answerOf(question.seedFile()).docId();
      List<SearchHit> passages = searcher.document(docId, "").orElseThrow().passages();
      String quote = RelevanceEvaluation.normalise(question.quote());
      if (passages.stream()
          .noneMatch(p -> RelevanceEvaluation.normalise(p.text()).contains(quote))) {
        notInOnePassage.add(question.id() + " in " + docId);
      }
    }
    assertThat(notInOnePassage).isEmpty();
  }

  @Test
  void theFrozenHalfKeepsItsScores() throws IOException {
    EvaluationSplit split = EvaluationSplit.read(SPLIT);
    List<RelevanceEvaluation.Case> questions = RelevanceEvaluation.read(EvalCorpus.QUESTIONS);
    assertThat(questions)
        .allSatisfy(q -> assertThat(split.halfOf(q.id())).as(q.id() + " is in a half").isPresent());
    List<RelevanceEvaluation.Case> frozen =
        questions.stream()
            .filter(q -> split.halfOf(q.id()).orElseThrow() == EvaluationSplit.Half.FROZEN)
            .toList();
    assertThat(frozen).hasSize(29);
    RelevanceEvaluation.Score score = RelevanceEvaluation.run(searcher, frozen);
    assertThat(score.mrr()).as(ScoreTable.of(score)).isGreaterThanOrEqualTo(FROZEN_MRR);
    assertThat(score.recall()).as(ScoreTable.of(score)).isGreaterThanOrEqualTo(FROZEN_RECALL);
  }

  @Test
  void theBlindSetKeepsItsScores() throws IOException {
    List<RelevanceEvaluation.Case> blind = RelevanceEvaluation.read(EvalCorpus.BLIND_QUESTIONS);
    assertThat(blind).hasSize(95);
    RelevanceEvaluation.Score score = RelevanceEvaluation.run(searcher, blind);
    assertThat(score.mrr()).as(ScoreTable.of(score)).isGreaterThanOrEqualTo(BLIND_MRR);
    assertThat(score.recall()).as(ScoreTable.of(score)).isGreaterThanOrEqualTo(BLIND_RECALL);
  }

  @Test
  void theThirdBlindSetKeepsItsScores() throws IOException {
    List<RelevanceEvaluation.Case> blind = RelevanceEvaluation.read(EvalCorpus.BLIND_3_QUESTIONS);
    assertThat(blind).hasSize(80);
    RelevanceEvaluation.Score score = RelevanceEvaluation.run(searcher, blind);
    assertThat(score.mrr()).as(ScoreTable.of(score)).isGreaterThanOrEqualTo(THIRD_BLIND_MRR);
    assertThat(score.recall()).as(ScoreTable.of(score)).isGreaterThanOrEqualTo(THIRD_BLIND_RECALL);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
