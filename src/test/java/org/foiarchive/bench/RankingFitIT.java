package org.foiarchive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.ingest.EvaluationSplit;
import org.foiarchive.ingest.RelevanceEvaluation;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.ArchiveStats;
import org.foiarchive.search.DocumentView;
import org.foiarchive.search.Ranking;
import org.foiarchive.search.RankingMechanism;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.search.SearchResults;
import org.foiarchive.search.TopicResults;
import org.foiarchive.tag.Topic;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fit on the real seed corpus's index with the shared query sets and their committed split: it
 * searches tuning rows only, so the frozen half cannot steer it, and it keeps only changes that
 * gain.
 */
class RankingFitIT {
  static final Path DEV_SET = Path.of("..", "shared", "eval", "dev-queries.tsv");
  static final Path DEV_SET_2 = Path.of("..", "shared", "eval", "dev-queries-2.tsv");
  static final Path SPLIT = Path.of("src", "test", "resources", "eval", "split.tsv");

  /** Two knobs, one pass: enough to score a dozen rankings, quick enough for a test. */
  static final RankingFit.Settings TWO_KNOBS =
      new RankingFit.Settings(
          List.of(FittedKnob.SAME_DOCUMENT_DECAY, FittedKnob.COVERAGE_EXPONENT),
          1,
          RankingFit.Settings.MINIMUM_GAIN);

  /** The coverage knob alone, for as many passes as it takes to come back from nothing. */
  static final RankingFit.Settings COVERAGE =
      new RankingFit.Settings(
          List.of(FittedKnob.COVERAGE_EXPONENT), 3, RankingFit.Settings.MINIMUM_GAIN);

  static final Ranking WITHOUT_COVERAGE =
      Ranking.DEFAULT.without(List.of(RankingMechanism.COVERAGE));

  @Test
  void noFrozenQuestionIsEverSearched() throws IOException {
    EvaluationSplit split = EvaluationSplit.read(SPLIT);
    Set<String> searched = Collections.synchronizedSet(new HashSet<>());
    RankingFit.SearcherOpener real = RankingFit.SearcherOpener.overIndex(TestArchive.index());
    RankingFit.TuningSet set =
        RankingFit.TuningSet.read(
            "dev", List.of(DEV_SET, DEV_SET_2), split, r -> new Recording(real.open(r), searched));

    RankingFit.Result result =
        new RankingFit(List.of(set), TWO_KNOBS, line -> {}).fit(Ranking.DEFAULT);

    Set<String> tuning = new HashSet<>();
    Set<String> frozen = new HashSet<>();
    for (Path file : List.of(DEV_SET, DEV_SET_2)) {
      for (RelevanceEvaluation.Case row : RelevanceEvaluation.read(file)) {
        (split.halfOf(row.id()).orElseThrow() == EvaluationSplit.Half.TUNING ? tuning : frozen)
            .add(row.query());
      }
    }
    frozen.removeAll(tuning);
    assertThat(result.evaluations()).isGreaterThan(4);
    assertThat(frozen).hasSizeGreaterThan(25);
    assertThat(searched).isEqualTo(tuning).doesNotContainAnyElementsOf(frozen);
    assertThat(result.after().all().outcomes())
        .hasSize(set.rows().size())
        .allSatisfy(
            o -> assertThat(split.halfOf(o.query().id())).contains(EvaluationSplit.Half.TUNING));
  }

  @Test
  void changingTheFrozenRowsQuotesLeavesTheFitAsItWasWhileTheTuningRowsQuotesChangeIt(
      @TempDir Path work) throws IOException {
    EvaluationSplit split = EvaluationSplit.read(SPLIT);
    RankingFit.Result asCommitted = fit(List.of(DEV_SET, DEV_SET_2), split);

    List<Path> frozenChanged = new ArrayList<>();
    List<Path> tuningChanged = new ArrayList<>();
    for (Path set : List.of(DEV_SET, DEV_SET_2)) {
      frozenChanged.add(
          withQuotesChanged(set, split, EvaluationSplit.Half.FROZEN, work.resolve("frozen")));
      tuningChanged.add(
          withQuotesChanged(set, split, EvaluationSplit.Half.TUNING, work.resolve("tuning")));
    }
    RankingFit.Result frozenRewritten = fit(frozenChanged, split);
    RankingFit.Result tuningRewritten = fit(tuningChanged, split);

    assertThat(asCommitted.path()).isNotEmpty();
    assertThat(frozenRewritten.fitted()).isEqualTo(asCommitted.fitted());
    assertThat(frozenRewritten.path()).isEqualTo(asCommitted.path());
    // Not a fit that reads nothing: the tuning rows' quotes are what it scores.
    assertThat(asCommitted.before().mrr()).isGreaterThan(0.3);
    assertThat(tuningRewritten.before().mrr()).isZero();
  }

  @Test
  void aKnobSwitchedOffComesBackOnlyByChangesThatGainAndTheFitIsRepeatable() throws IOException {
    EvaluationSplit split = EvaluationSplit.read(SPLIT);
    RankingFit.TuningSet set =
        RankingFit.TuningSet.read(
            "dev",
            List.of(DEV_SET, DEV_SET_2),
            split,
            RankingFit.SearcherOpener.overIndex(TestArchive.index()));
    List<String> progress = new ArrayList<>();

    RankingFit.Result result =
        new RankingFit(List.of(set), COVERAGE, progress::add).fit(WITHOUT_COVERAGE);

    assertThat(result.path()).isNotEmpty();
    assertThat(result.fitted().coverageExponent()).isGreaterThan(0f);
    for (RankingFit.Step step : result.path()) {
      double gain = step.after().mrr() - step.before().mrr();
      boolean moreFound = gain >= 0 && step.after().recall() > step.before().recall();
      assertThat(gain >= RankingFit.Settings.MINIMUM_GAIN - 1e-9 || moreFound)
          .as(RankingFit.describe(step))
          .isTrue();
    }
    assertThat(result.after().mrr()).isGreaterThan(result.before().mrr());
    assertThat(progress).anyMatch(line -> line.startsWith("pass 1 coverageExponent 0 -> "));
    RankingFit.Result again =
        new RankingFit(List.of(set), COVERAGE, line -> {}).fit(WITHOUT_COVERAGE);
    assertThat(again.fitted()).isEqualTo(result.fitted());
    assertThat(again.after().mrr()).isEqualTo(result.after().mrr());
  }

  /** Coverage fitted back from switched off: a fit that moves a knob, so its paths compare. */
  private static RankingFit.Result fit(List<Path> files, EvaluationSplit split) throws IOException {
    RankingFit.TuningSet set =
        RankingFit.TuningSet.read(
            "dev", files, split, RankingFit.SearcherOpener.overIndex(TestArchive.index()));
    return new RankingFit(List.of(set), COVERAGE, line -> {}).fit(WITHOUT_COVERAGE);
  }

  /**
   * A copy of a query set whose rows in {@code half} expect a quote no passage holds: were they
   * scored, every one would count as a miss.
   */
  private static Path withQuotesChanged(
      Path set, EvaluationSplit split, EvaluationSplit.Half half, Path folder) throws IOException {
    List<String> lines = Files.readAllLines(set, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.getFirst().split("\t", -1));
    int id = header.indexOf("id");
    int quote = header.indexOf("quote");
    List<String> changed = new ArrayList<>(List.of(lines.getFirst()));
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t", -1);
      if (!line.isBlank() && split.halfOf(cols[id]).orElse(null) == half) {
        cols[quote] = "no passage of the archive says this";
      }
      changed.add(String.join("\t", cols));
    }
    Files.createDirectories(folder);
    return Files.write(folder.resolve(set.getFileName()), changed, StandardCharsets.UTF_8);
  }

  /** The real searcher, noting every question searched. */
  private record Recording(ArchiveSearcher searcher, Set<String> searched)
      implements ArchiveSearcher {
    @Override
    public SearchResults search(SearchRequest request) {
      searched.add(request.query());
      return searcher.search(request);
    }

    @Override
    public SearchResults latest(SearchRequest request) {
      searched.add(request.query());
      return searcher.latest(request);
    }

    @Override
    public TopicResults topic(Topic topic, SearchRequest filters) {
      searched.add(filters.query());
      return searcher.topic(topic, filters);
    }

    @Override
    public Optional<DocumentView> document(String docId, String highlightQuery) {
      return searcher.document(docId, highlightQuery);
    }

    @Override
    public Optional<SearchHit> passage(String passageId) {
      return searcher.passage(passageId);
    }

    @Override
    public Optional<IndexedDocument> documentInfo(String docId) {
      return searcher.documentInfo(docId);
    }

    @Override
    public List<IndexedDocument> documents() {
      return searcher.documents();
    }

    @Override
    public ArchiveStats stats() {
      return searcher.stats();
    }

    @Override
    public void close() {
      searcher.close();
    }
  }
}
