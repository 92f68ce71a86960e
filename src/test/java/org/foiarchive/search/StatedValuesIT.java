package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kinds of value each passage states, recorded at ingest, say what reading its text would: for
 * every passage of the seed corpus's index, and for every question of the query sets that asks for
 * a value, the recorded kinds (with the text read only where the reranker reads it) give the same
 * answer as reading the text.
 */
class StatedValuesIT {
  private record Indexed(String text, long statedValues) {}

  private static final List<Indexed> passages = new ArrayList<>();

  @BeforeAll
  static void readEveryPassage() throws Exception {
    try (DirectoryReader reader = TestArchive.openReader()) {
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        NumericDocValues values = leaf.reader().getNumericDocValues(ArchiveFields.STATED_VALUES);
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          String text = stored.document(doc).get(ArchiveFields.TEXT);
          if ((live != null && !live.get(doc)) || text == null) {
            continue; // a document record, or a passage replaced
          }
          assertThat(values).as("the index records stated values").isNotNull();
          passages.add(new Indexed(text, values.advanceExact(doc) ? values.longValue() : -1));
        }
      }
    }
    assertThat(passages).hasSizeGreaterThan(400);
  }

  @Test
  void theRecordedKindsAreWhatThePatternFindsInTheText() {
    int stating = 0;
    for (Indexed passage : passages) {
      for (AnswerType asked : answerTypes()) {
        boolean inText = asked.statedIn(passage.text(), Set.of());
        assertThat(asked.value().in(passage.statedValues()))
            .as("%s in %s", asked, passage.text())
            .isEqualTo(inText);
        stating += inText ? 1 : 0;
      }
    }
    // Real text: many passages state numbers and dates, so the check above compared both ways.
    assertThat(stating).isGreaterThan(100);
  }

  @Test
  void aValueQuestionsAnswerFromTheRecordedKindsIsTheTextsAnswer() throws Exception {
    List<String> questions =
        new ArrayList<>(
            TestArchive.questionsOf(
                Path.of("..", "shared", "eval", "dev-queries.tsv"),
                Path.of("..", "shared", "eval", "dev-queries-2.tsv"),
                Path.of("src", "test", "resources", "eval", "eval-corpus-queries.tsv"),
                Path.of("src", "test", "resources", "eval", "heldout-queries.tsv")));
    // Questions that type a value of their own, which a passage must state another than.
    questions.addAll(
        List.of(
            "when did the 2012 sanctions start",
            "how many hours is 35 hours a week",
            "how long is a few weeks",
            "what date in May 2013 did the regime start"));
    int valueQuestions = 0;
    for (String question : questions) {
      AnswerType asked = AnswerType.askedBy(question);
      if (asked == AnswerType.NONE) {
        continue;
      }
      valueQuestions++;
      Set<String> typed = AnswerType.typedWords(question);
      boolean mayHaveTyped = AnswerType.mayHaveTypedAValue(typed);
      for (Indexed passage : passages) {
        boolean recorded =
            asked.value().in(passage.statedValues())
                && (!mayHaveTyped || asked.statedIn(passage.text(), typed));
        assertThat(recorded)
            .as("%s / %s", question, passage.text())
            .isEqualTo(asked.statedIn(passage.text(), typed));
      }
    }
    assertThat(valueQuestions).isGreaterThan(8);
  }

  private static List<AnswerType> answerTypes() {
    return List.of(AnswerType.NUMBER, AnswerType.DURATION, AnswerType.DATE);
  }
}
