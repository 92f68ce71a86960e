package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.foiarchive.index.ArchiveAnalyzers;
import org.junit.jupiter.api.Test;

class PlainWordsTest {
  private static final Path EVAL_CORPUS_SOURCES =
      Path.of("src", "test", "resources", "eval", "corpus", "sources.csv");

  private final Analyzer prose = new ArchiveAnalyzers().prose();
  private final PlainWords everyPair = new PlainWords(prose, 1);
  private final PlainWords phrasesOnly = new PlainWords(prose, 2);

  /**
   * The official words the typed question brings in, ranked on its subject words as search does.
   */
  private static List<String> officialWords(PlainWords plainWords, String question) {
    List<String> typed = Arrays.asList(question.split(" "));
    return plainWords.expansions(QuestionWords.subjectWords(typed), typed).stream()
        .map(RelatedWords.Expansion::form)
        .toList();
  }

  @Test
  void aPlainWordTypedBringsInTheOfficialWordsTheListsGiveForIt() {
    assertThat(officialWords(everyPair, "they stopped my money")).contains("terminate");
    assertThat(officialWords(everyPair, "did they tell the council")).contains("notify");
    assertThat(officialWords(everyPair, "do I have to take part")).contains("participate");
  }

  @Test
  void aPlainPhraseNeedsItsWordsInItsOrderAFewWordsApartAtMost() {
    assertThat(officialWords(phrasesOnly, "please let me know")).containsExactly("notify");
    assertThat(officialWords(phrasesOnly, "how do I find out")).contains("ascertain");
    assertThat(officialWords(phrasesOnly, "I know they let it happen")).isEmpty();
    assertThat(officialWords(phrasesOnly, "take my cv off and part of my file")).isEmpty();
  }

  @Test
  void withPhrasesOnlyALonePlainWordBringsNothing() {
    assertThat(officialWords(phrasesOnly, "they stopped my money")).isEmpty();
    assertThat(officialWords(phrasesOnly, "did they tell the council")).isEmpty();
    assertThat(officialWords(phrasesOnly, "do I have to take part")).contains("participate");
  }

  @Test
  void itExpandsOneWayOnlyFromThePlainWordsToTheOfficialWord() {
    assertThat(officialWords(everyPair, "did they notify the council")).isEmpty();
    assertThat(officialWords(everyPair, "must I participate")).isEmpty();
  }

  @Test
  void aWordTheStemmerJoinsToAPlainWordIsNotThatWord() {
    // "information" and "inform" share a stem; the lists pair "inform" with "notify".
    assertThat(officialWords(everyPair, "freedom of information")).doesNotContain("notify");
    assertThat(officialWords(everyPair, "they will inform me")).contains("notify");
  }

  @Test
  void aQuestionWordIsNeverAPlainAlternative() {
    // The lists pair "acquire" with "get" and "therefore" with "so".
    assertThat(officialWords(everyPair, "so how do I get a copy")).isEmpty();
  }

  @Test
  void anOfficialWordAlreadyTypedIsNotAddedAgain() {
    assertThat(officialWords(everyPair, "stop and terminate"))
        .contains("discontinue")
        .doesNotContain("terminate");
  }

  @Test
  void aMalformedRowIsRefusedWithItsLine() {
    String header = "official\tplain\tsource\n";
    assertThatThrownBy(() -> PlainWords.parse(header + "notify\ttell\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> PlainWords.parse(header + "notify\t\thttps://example.org/\n"))
        .hasMessageContaining("line 2");
  }

  @Test
  void everyRowHasOfficialAndPlainWordsAndAPublicSourceOutsideTheEvaluationCorpus()
      throws IOException {
    String evaluationPages = Files.readString(EVAL_CORPUS_SOURCES, StandardCharsets.UTF_8);
    List<String[]> rows = rows();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(200);
    assertThat(PlainWords.parse(text())).hasSameSizeAs(rows);
    for (String[] row : rows) {
      String line = String.join(" | ", row);
      assertThat(row).as(line).hasSize(3);
      assertThat(row[0]).as(line).isNotBlank().isEqualTo(row[0].toLowerCase());
      assertThat(row[1]).as(line).isNotBlank().doesNotContain("(");
      URI source = URI.create(row[2]);
      assertThat(source.getScheme()).as(line).isEqualTo("https");
      assertThat(evaluationPages).as(line).doesNotContain(source.getHost());
    }
  }

  private static String text() throws IOException {
    try (InputStream in = PlainWordsTest.class.getResourceAsStream(PlainWords.RESOURCE)) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The file's rows after its header, comments left out, split into columns. */
  private static List<String[]> rows() throws IOException {
    return text()
        .lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .skip(1)
        .map(line -> line.split("\t", -1))
        .toList();
  }
}
