package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A search request is built by naming its parts; what is not named is not filtered, and limits
 * still hold.
 */
class SearchRequestTest {
  @Test
  void partsNotNamedAreEmptyAndTheFirstPageIsAsked() {
    SearchRequest request =
        SearchRequest.builder("consent").voices(List.of("official", " ")).build();
    assertThat(request.query()).isEqualTo("consent");
    assertThat(request.voices()).containsExactly("official");
    assertThat(request.topics()).isEmpty();
    assertThat(request.from()).isNull();
    assertThat(request.offset()).isZero();
    assertThat(request.limit()).isEqualTo(SearchRequest.Builder.DEFAULT_LIMIT);
  }

  @Test
  void changingTheQueryKeepsEveryFilterAndThePage() {
    SearchRequest asked =
        SearchRequest.builder("cookies OR \"unclosed")
            .topics(List.of("cookies"))
            .kinds(List.of("forum"))
            .from("2013")
            .to("2015")
            .offset(20)
            .limit(10)
            .build();
    SearchRequest words = asked.toBuilder().query("cookies unclosed").build();
    assertThat(words)
        .isEqualTo(
            new SearchRequest(
                "cookies unclosed",
                List.of("cookies"),
                List.of("forum"),
                List.of(),
                List.of(),
                "2013",
                "2015",
                20,
                10,
                true));
  }

  @Test
  void theBuilderKeepsThePagingBounds() {
    SearchRequest deep =
        SearchRequest.builder("x").offset(Integer.MAX_VALUE).limit(Integer.MAX_VALUE).build();
    assertThat(deep.offset()).isEqualTo(SearchRequest.MAX_WINDOW);
    assertThat(deep.limit()).isEqualTo(SearchRequest.MAX_LIMIT);
  }
}
