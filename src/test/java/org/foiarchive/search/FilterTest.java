package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
