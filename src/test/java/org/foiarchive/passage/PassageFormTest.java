package org.foiarchive.passage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.foiarchive.testing.CorpusTexts;
import org.junit.jupiter.api.Test;

/**
 * A passage's form read once for all three readings is what each reading says on its own: on every
 * paragraph and line of the seed and evaluation corpora as printed (capitals, white space at the
 * ends, accented letters and curly quotes included), at the opening places and later, with and
 * without its document's title, and as a heading.
 */
class PassageFormTest {
  @Test
  void everyPassageOfTheCorporaHasTheFormEachReadingGivesItOnItsOwn() throws IOException {
    List<String> texts = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (String text : CorpusTexts.all()) {
      titles.add(text.lines().findFirst().orElse(""));
      texts.addAll(List.of(text.split("\\n\\s*\\n")));
      texts.addAll(text.lines().toList());
    }
    assertThat(texts).hasSizeGreaterThan(1000);
    int read = 0;
    int framing = 0;
    int rules = 0;
    int stating = 0;
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      String title = i % 5 == 0 ? null : titles.get(i % titles.size());
      for (String variant : List.of(text, " " + text, text.toUpperCase(), text + " é")) {
        for (int ordinal : List.of(1, 4)) {
          for (Segment.Kind kind : List.of(Segment.Kind.PARAGRAPH, Segment.Kind.HEADING)) {
            Passage passage = passage(variant, ordinal, kind);
            PassageForm form = PassageForm.of(passage, title);
            PassageForm each =
                new PassageForm(
                    Wording.of(variant), Role.of(passage, title), StatedValue.codeOf(variant));
            assertThat(form).as("'%s' at %d, %s", variant, ordinal, kind).isEqualTo(each);
            read++;
            framing += form.role() == Role.FRAMING ? 1 : 0;
            rules += form.wording() == Wording.RULE ? 1 : 0;
            stating += form.statedValues() != 0 ? 1 : 0;
          }
        }
      }
    }
    assertThat(read).isGreaterThan(10_000);
    // Each reading answers both ways on these texts, so the comparison covers both answers.
    assertThat(framing).isGreaterThan(10);
    assertThat(rules).isGreaterThan(100);
    assertThat(stating).isGreaterThan(100);
  }

  private static Passage passage(String text, int ordinal, Segment.Kind kind) {
    Location location = new Location(null, null, null, null, "", kind);
    return new Passage("d-p" + ordinal, "d", ordinal, text, location, null, null, null, false);
  }
}
