package org.foiarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.index.WelfareGlossary;
import org.junit.jupiter.api.Test;

/**
 * The evaluation corpus says where every page came from, holds none of the pages reserved for an
 * independent check, and every question's expected quote is in the page it names.
 */
class EvalCorpusManifestTest {

  @Test
  void noPageIsOneOfTheReservedPagesUnderAnySpellingOfItsAddress() throws IOException {
    Set<String> reserved = new HashSet<>(EvalCorpus.reservedUrls());
    Set<String> reservedPages =
        EvalCorpus.reservedUrls().stream().map(EvalCorpus::page).collect(Collectors.toSet());
    assertThat(reserved).as("the reserved list, beside the project").hasSizeGreaterThan(100);
    for (EvalCorpus.Entry entry : EvalCorpus.entries()) {
      assertThat(reserved).as(entry.file()).doesNotContain(entry.url());
      assertThat(reservedPages)
          .as(entry.file() + " " + entry.url())
          .doesNotContain(EvalCorpus.page(entry.url()));
    }
  }

  @Test
  void noGlossarySourceIsAReservedPage() throws IOException {
    Set<String> reservedPages =
        EvalCorpus.reservedUrls().stream().map(EvalCorpus::page).collect(Collectors.toSet());
    for (WelfareGlossary.Entry entry : WelfareGlossary.load().entries()) {
      assertThat(reservedPages)
          .as(entry.term() + " " + entry.source())
          .doesNotContain(EvalCorpus.page(entry.source().toString()));
    }
  }

  @Test
  void theComparisonSeesThroughSchemeWwwSlashesEncodingAndTrackingParameters() throws IOException {
    String reserved =
        "https://www.whatdotheyknow.com/request/146133/response/355176/attach/html/3/256%20Response%20pdf.pdf.html";
    assertThat(EvalCorpus.reservedUrls()).contains(reserved);
    String reservedPage = EvalCorpus.page(reserved);
    assertThat(
            Stream.of(
                "http://whatdotheyknow.com/request/146133/response/355176/attach/html/3/256 Response pdf.pdf.html",
                "HTTPS://WWW.WhatDoTheyKnow.com/request/146133/response/355176/attach/html/3/256%2520Response%2520pdf.pdf.html/",
                "https://www.whatdotheyknow.com./request/146133/response/355176/attach/html/3/256%20Response%20pdf.pdf.html?utm_source=x#p3"))
        .map(EvalCorpus::page)
        .containsOnly(reservedPage);
    assertThat(EvalCorpus.page("https://www.whatdotheyknow.com/request/146133"))
        .isNotEqualTo(reservedPage);
  }

  @Test
  void everyPageHasItsProvenanceAndEveryFileIsListed() throws IOException {
    List<EvalCorpus.Entry> entries = EvalCorpus.entries();
    assertThat(entries).hasSizeGreaterThanOrEqualTo(30);
    for (EvalCorpus.Entry entry : entries) {
      assertThat(entry.path()).as(entry.file()).isRegularFile();
      assertThat(SourceKind.fromId(entry.kind())).as(entry.file() + " kind").isPresent();
      assertThat(entry.url()).as(entry.file()).startsWith("http");
      assertThat(List.of(entry.title(), entry.publisher(), entry.licence(), entry.obtained()))
          .as(entry.file())
          .allSatisfy(value -> assertThat(value).isNotBlank());
      if (!entry.date().isBlank()) {
        assertThat(entry.date()).as(entry.file()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
      }
    }
    assertThat(entries).extracting(EvalCorpus.Entry::url).doesNotHaveDuplicates();
    try (Stream<Path> files = Files.list(EvalCorpus.DIR)) {
      assertThat(
              files
                  .map(f -> f.getFileName().toString())
                  .filter(name -> !name.equals("sources.csv") && !name.equals("README.md")))
          .containsExactlyInAnyOrderElementsOf(
              entries.stream().map(EvalCorpus.Entry::file).toList());
    }
  }

  @Test
  void everyExpectedQuoteIsInThePageItNames() throws IOException {
    Map<String, EvalCorpus.Entry> byFile =
        EvalCorpus.entries().stream()
            .collect(Collectors.toMap(EvalCorpus.Entry::file, Function.identity()));
    List<RelevanceEvaluation.Case> questions = RelevanceEvaluation.read(EvalCorpus.QUESTIONS);
    assertThat(questions).hasSizeGreaterThanOrEqualTo(40);
    for (RelevanceEvaluation.Case question : questions) {
      assertThat(byFile).as(question.id()).containsKey(question.seedFile());
      String page = Files.readString(byFile.get(question.seedFile()).path());
      assertThat(RelevanceEvaluation.normalise(page))
          .as(question.id())
          .contains(RelevanceEvaluation.normalise(question.quote()));
    }
  }

  @Test
  void everyBlindQuoteIsInTheDocumentItNamesAndTheSetIsReleasedToTuningWhole() throws IOException {
    assertQuotedFromItsDocumentsInHalf(EvalCorpus.BLIND_QUESTIONS, EvaluationSplit.Half.TUNING);
  }

  @Test
  void everyBlindSeedQuoteIsCopiedExactlyFromItsSeedAndTheSetIsReleasedToTuningWhole()
      throws IOException {
    List<RelevanceEvaluation.Case> questions =
        RelevanceEvaluation.read(EvalCorpus.BLIND_SEED_QUESTIONS);
    assertThat(questions).hasSizeGreaterThanOrEqualTo(60);
    assertThat(questions).extracting(RelevanceEvaluation.Case::id).doesNotHaveDuplicates();
    assertThat(questions.stream().map(RelevanceEvaluation.Case::seedFile).distinct().count())
        .as("seeds the questions are spread over")
        .isEqualTo(5);
    EvaluationSplit split = EvaluationSplit.read(EvalCorpusIT.SPLIT);
    for (RelevanceEvaluation.Case question : questions) {
      // Exact, not normalised: the quotes were copied from the seeds, no-break spaces and all.
      assertThat(Files.readString(EvalCorpus.answerOf(question.seedFile()).file()))
          .as(question.id())
          .contains(question.quote());
      assertThat(split.halfOf(question.id()))
          .as(question.id())
          .contains(EvaluationSplit.Half.TUNING);
    }
  }

  @Test
  void everyThirdBlindSetQuoteIsInTheDocumentItNamesAndTheSetIsFrozenWhole() throws IOException {
    assertQuotedFromItsDocumentsInHalf(EvalCorpus.BLIND_3_QUESTIONS, EvaluationSplit.Half.FROZEN);
  }

  /**
   * A blind set over the pages and the seeds: at least 60 questions over at least 30 documents,
   * each quote in the document its {@code seed_file} names as eval matches it (normalised: some
   * pages break their lines inside a sentence), and every id in one half: the frozen half until the
   * set has been measured once, then (the first two blind sets, see the eval README) the tuning
   * half.
   */
  private static void assertQuotedFromItsDocumentsInHalf(Path set, EvaluationSplit.Half half)
      throws IOException {
    List<RelevanceEvaluation.Case> questions = RelevanceEvaluation.read(set);
    assertThat(questions).as(set.toString()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(questions).extracting(RelevanceEvaluation.Case::id).doesNotHaveDuplicates();
    assertThat(questions.stream().map(RelevanceEvaluation.Case::seedFile).distinct().count())
        .as("documents the questions of " + set + " are spread over")
        .isGreaterThanOrEqualTo(30);
    EvaluationSplit split = EvaluationSplit.read(EvalCorpusIT.SPLIT);
    for (RelevanceEvaluation.Case question : questions) {
      String text = Files.readString(EvalCorpus.answerOf(question.seedFile()).file());
      assertThat(RelevanceEvaluation.normalise(text))
          .as(question.id())
          .contains(RelevanceEvaluation.normalise(question.quote()));
      assertThat(split.halfOf(question.id())).as(question.id()).contains(half);
    }
  }
}
