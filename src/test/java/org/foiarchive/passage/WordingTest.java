package org.foiarchive.passage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wording of real sentences, each taken from the seed corpus or the evaluation corpus (the test
 * first finds it there): DWP's and advisers' statements of a rule, a requester's questions and
 * requests, and the plain account around them.
 */
class WordingTest {
  private static final Path SEEDS = Path.of("corpus", "snapshots");
  private static final Path EVALUATION_PAGES =
      Path.of("src", "test", "resources", "eval", "corpus");

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          RULE     | It is not mandatory for a person claiming Jobseeker’s Allowance to supply Jobcentre Plus with an email address and home telephone number.
          RULE     | The use of Universal Jobmatch cannot be mandated without a Jobseeker's Direction.
          RULE     | This can include skills training, drawing up a CV, work experience (but this is not mandatory and cannot, therefore, trigger a sanction) and community work placements.
          QUESTION | What if I don't want cookies to be installed on my device?
          QUESTION | Which decisions can't be appealed?
          QUESTION | Can you confirm that Jobcentre Advisers have authority to issue sanction based Jobseeker's Directions (JD) requiring
          QUESTION | Please supply information of any DWP proposals/ideas/dicsussions to require all people claiming JSA or UC, either as a integrated part of a JSA or UC claim or via JD or a CC, to give DWP access to individual's UJ account.
          OTHER    | The request was successful.
          OTHER    | Frank Zola made this Freedom of Information request to Department for Work and Pensions
          """)
  void realSentencesAreReadByTheirWording(Wording expected, String sentence) throws IOException {
    assertThat(foundIn(SEEDS, sentence) || foundIn(EVALUATION_PAGES, sentence))
        .as("the sentence is in the seed or evaluation corpus")
        .isTrue();
    assertThat(Wording.of(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          You asked whether it is compulsory. It is not compulsory. Claimants may decline. | RULE
          Must I sign it? Can they make me? | QUESTION
          '' | OTHER
          """)
  void aQuestionWinsOverTheModalWordsInItButNotOverAnAnswerAfterIt(String text, Wording expected) {
    assertThat(Wording.of(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"RULE", "QUESTION", "OTHER"})
  void theIndexCodeReadsBackAsTheSameWording(Wording wording) {
    assertThat(Wording.ofCode(wording.code())).isEqualTo(wording);
  }

  private static boolean foundIn(Path dir, String sentence) throws IOException {
    String wanted = sentence.replaceAll("\\s+", " ");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        if (text.contains(wanted)) {
          return true;
        }
      }
    }
    return false;
  }
}
