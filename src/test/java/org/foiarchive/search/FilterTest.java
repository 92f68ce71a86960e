package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.passage.Voice;
import org.junit.jupiter.api.Test;

/**
 * The query language's filters are one typed set, read in any case, and reach the parsed query by
 * type.
 */
class FilterTest {
  @Test
  void aFilterIsKnownByItsNameInAnyCaseAndOtherFieldsAreNot() {
    assertThat(Filter.named("REF")).contains(Filter.REF);
    assertThat(Filter.named("before")).contains(Filter.BEFORE);
    assertThat(Filter.named("title")).isEmpty();
  }

  @Test
  void theParsedQueryGivesEachFiltersValuesByType() {
    ParsedQuery parsed =
        new QueryFrontEnd().parse("consent ref:\"FOI 2437\" Topic:cookies after:2013");
    assertThat(parsed.values(Filter.REF)).containsExactly("FOI 2437");
    assertThat(parsed.values(Filter.TOPIC)).containsExactly("cookies");
    assertThat(parsed.values(Filter.AFTER)).containsExactly("2013");
    assertThat(parsed.values(Filter.KIND)).isEmpty();
    assertThat(parsed.words()).isEqualTo(List.of("consent"));
  }

  @Test
  void eachFilterIsReadIntoItsTypeOnce() {
    TypedFilters typed =
        new QueryFrontEnd()
            .parse(
                "kind:GUIDANCE kind:blog voice:quoted-official after:2013-06 before:2015"
                    + " ref:\"FOI 2437\" publisher:ico topic:cookies")
            .typedFilters();
    assertThat(typed.kinds().recognised()).containsExactly(SourceKind.GUIDANCE);
    assertThat(typed.kinds().unrecognised()).containsExactly("blog");
    assertThat(typed.voices().recognised()).containsExactly(Voice.QUOTED_OFFICIAL);
    assertThat(typed.after()).contains(LocalDate.of(2013, 6, 1));
    assertThat(typed.before()).contains(LocalDate.of(2015, 1, 1));
    assertThat(typed.references()).containsExactly("FOI 2437");
    assertThat(typed.publishers()).containsExactly("ico");
    assertThat(typed.topics()).containsExactly("cookies");
  }

  @Test
  void aDateFilterThatIsNoDateIsSaidAndNotApplied() {
    ParsedQuery parsed = new QueryFrontEnd().parse("cookies after:someday before:2015");
    assertThat(parsed.typedFilters().after()).isEmpty();
    assertThat(parsed.typedFilters().before()).contains(LocalDate.of(2015, 1, 1));
    assertThat(parsed.notes())
        .containsExactly(Notice.of(Notice.Code.FILTER_DATE_NOT_UNDERSTOOD, "after", "someday"));
  }

  @Test
  void theFreeTextIsTheQueryWithItsFiltersTakenOut() {
    ParsedQuery parsed =
        new QueryFrontEnd()
            .parse("para 51 ref:\"DMG 21594\" -topic:cookies FOI 2437 kind:guidance title:x");
    assertThat(parsed.freeText().strip().split("\\s+"))
        .containsExactly("para", "51", "FOI", "2437", "title:x");
    assertThat(new QueryFrontEnd().parse("cookies ref:\"FOI 2437").freeText().strip())
        .isEqualTo("cookies");
  }
}
