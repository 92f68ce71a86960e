package org.foiarchive.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PartialDateTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aDateKeepsThePrecisionTheDocumentGaveIt() {
    for (String iso : List.of("2013", "2013-06", "2013-06-14", "0999", "0999-01")) {
      assertThat(PartialDate.parse(iso)).hasToString(iso);
    }
    assertThat(PartialDate.parse("2013").precision()).isEqualTo(PartialDate.Precision.YEAR);
    assertThat(PartialDate.parse("2013-06").precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(PartialDate.parse(" 2013-06-14 ").precision()).isEqualTo(PartialDate.Precision.DAY);
  }

  @Test
  void aDateCoversEveryDayFromItsStartToItsEnd() {
    assertThat(PartialDate.parse("2015").start()).isEqualTo(LocalDate.of(2015, 1, 1));
    assertThat(PartialDate.parse("2015").end()).isEqualTo(LocalDate.of(2015, 12, 31));
    assertThat(PartialDate.parse("2016-02").end()).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(PartialDate.parse("2015-02").end()).isEqualTo(LocalDate.of(2015, 2, 28));
    assertThat(PartialDate.parse("2015-02-03").end()).isEqualTo(LocalDate.of(2015, 2, 3));
  }

  @Test
  void datesSortByTheirFirstDayThenCoarserFirstAsTheirIsoTextDoes() {
    List<String> iso =
        List.of("2012-12-31", "2013", "2013-01", "2013-01-01", "2013-01-05", "2013-02", "2014");
    List<PartialDate> shuffled = new ArrayList<>(iso.stream().map(PartialDate::parse).toList());
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertThat(shuffled).extracting(PartialDate::toString).containsExactlyElementsOf(iso);
    assertThat(PartialDate.parse("2013")).isNotEqualTo(PartialDate.parse("2013-01-01"));
  }

  @Test
  void textThatIsNoDateIsRefusedSayingWhatIsExpected() {
    for (String bad : List.of("12/06/2013", "2013-13", "2013-02-30", "2013-6-1", "", "sometime")) {
      assertThatThrownBy(() -> PartialDate.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("date '" + bad + "' is not ISO 8601 (2013, 2013-06 or 2013-06-12)");
    }
    assertThat(PartialDate.parseOrNull(null)).isNull();
    assertThat(PartialDate.parseOrNull("  ")).isNull();
  }

  @Test
  void jsonWritesAndReadsTheIsoText() {
    record Dated(PartialDate date, SourceKind kind) {}
    Dated dated = new Dated(PartialDate.parse("2013-06"), SourceKind.DECISION_NOTICE);
    String json = JSON.writeValueAsString(dated);
    assertThat(json).isEqualTo("{\"date\":\"2013-06\",\"kind\":\"decision-notice\"}");
    assertThat(JSON.readValue(json, Dated.class)).isEqualTo(dated);
  }
}
