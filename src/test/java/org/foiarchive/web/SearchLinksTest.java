package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A search's links carry the query exactly as typed, whatever it holds: braces are text, not a
 * template.
 */
class SearchLinksTest {
  @ParameterizedTest
  @ValueSource(strings = {"{consent}", "{", "}{", "a {b} c", "100% {x}", "q=1&r={2}#frag"})
  void everyLinkCarriesTheQueryAsTyped(String q) {
    SearchLinks links =
        new SearchLinks(q, List.of("cookies"), List.of(), List.of(), List.of(), null, null);
    for (String url :
        List.of(
            links.inContext("doc-1", 3),
            links.page(2),
            links.feed(),
            links.toggle("kind", "guidance"),
            links.withoutFilters())) {
      String param = url.contains("/doc/") ? "hl" : "q";
      assertThat(
              UriComponentsBuilder.fromUriString(url).build(true).getQueryParams().getFirst(param))
          .as(url)
          .isNotNull()
          .satisfies(
              value ->
                  assertThat(org.springframework.web.util.UriUtils.decode(value, "UTF-8"))
                      .isEqualTo(q));
    }
    assertThat(links.inContext("doc-1", 3)).startsWith("/doc/doc-1?hl=").endsWith("#p3");
  }
}
