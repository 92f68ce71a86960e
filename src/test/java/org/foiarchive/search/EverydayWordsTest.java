package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.WelfareGlossary;
import org.junit.jupiter.api.Test;

class EverydayWordsTest {
  private static final Path EVAL_CORPUS_SOURCES =
      Path.of("src", "test", "resources", "eval", "corpus", "sources.csv");

  private final WelfareGlossary lexicon = WelfareGlossary.everydayWords();
  private final EverydayWords everydayWords =
      new EverydayWords(new ArchiveAnalyzers().prose(), lexicon);

  private List<String> officialTerms(String... words) {
    return everydayWords.expansions(List.of(words)).stream()
        .map(RelatedWords.Expansion::form)
        .toList();
  }

  @Test
  void anEverydayPhraseTypedBringsInTheOfficialTerm() {
    assertThat(officialTerms("payment", "stopped")).contains("sanction");
    assertThat(officialTerms("emergency", "money")).contains("hardship payment");
    assertThat(officialTerms("bedroom", "tax")).contains("under-occupation charge");
  }

  @Test
  void itsWordsMayComeInAnyOrderWithAWordOrTwoBetween() {
    assertThat(officialTerms("stopped", "payment")).contains("sanction");
    assertThat(officialTerms("help", "paying", "rent")).contains("housing element");
  }

  @Test
  void aLoneWordOfAPhraseOrItsWordsFarApartBringNothing() {
    assertThat(officialTerms("payment")).isEmpty();
    assertThat(officialTerms("stopped")).isEmpty();
    assertThat(officialTerms("rent")).isEmpty();
    assertThat(officialTerms("payment", "late", "bus", "service", "jobcentre", "stopped"))
        .isEmpty();
  }

  @Test
  void anOfficialTermAlreadyTypedIsNotAddedAgain() {
    assertThat(officialTerms("sanction", "payment", "stopped")).doesNotContain("sanction");
  }

  @Test
  void everyRowOfTheFileIsAnEverydayPhraseOfTwoWordsOrMoreWithItsPublicSource() throws IOException {
    List<String[]> rows = rows();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(20).hasSize(lexicon.entries().size());
    for (String[] row : rows) {
      String line = String.join(" | ", row);
      assertThat(row).as(line).hasSize(4);
      assertThat(row[1]).as(line).isEqualTo("everyday");
      assertThat(QuestionWords.subjectWords(Arrays.asList(row[0].split(" "))))
          .as(line)
          .hasSizeGreaterThanOrEqualTo(2);
      URI source = URI.create(row[3]);
      assertThat(source.getScheme()).as(line).isIn("http", "https");
      assertThat(source.getHost()).as(line).isNotBlank();
    }
  }

  @Test
  void noSourceIsAPageOfTheEvaluationCorpus() throws IOException {
    String evaluationPages = Files.readString(EVAL_CORPUS_SOURCES, StandardCharsets.UTF_8);
    Set<String> sources = rows().stream().map(row -> row[3]).collect(Collectors.toSet());
    for (String source : sources) {
      assertThat(evaluationPages).as(source).doesNotContain(source);
    }
  }

  /** The file's rows after its header, comments left out, split into columns. */
  private static List<String[]> rows() throws IOException {
    try (InputStream in = EverydayWordsTest.class.getResourceAsStream("/everyday-words.tsv")) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .skip(1)
          .map(line -> line.split("\t", -1))
          .toList();
    }
  }
}
