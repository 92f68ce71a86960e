package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.foiarchive.passage.Voice;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A hit is built by name and written with the JSON API's field names, in DESIGN.md's order. */
class SearchHitTest {
  @Test
  void aHitBuiltByNameHasEachPartWhereItWasNamedAndEmptyListsElsewhere() {
    SearchHit hit =
        SearchHit.builder()
            .passageId("reply-p3")
            .docId("reply")
            .title("Reply to FOI 2437")
            .voice(Voice.OFFICIAL)
            .author("DWP Central FOI Team")
            .paragraph("82")
            .ordinal(3)
            .ocr(true)
            .build();
    assertThat(hit.passageId()).isEqualTo("reply-p3");
    assertThat(hit.author()).isEqualTo("DWP Central FOI Team");
    assertThat(hit.paragraph()).isEqualTo("82");
    assertThat(hit.voice().id()).isEqualTo("official");
    assertThat(hit.ordinal()).isEqualTo(3);
    assertThat(hit.ocr()).isTrue();
    assertThat(hit.references()).isEmpty();
    assertThat(hit.topics()).isEmpty();
    assertThat(hit.kind()).isNull();
  }

  @Test
  void theJsonKeepsTheApisFieldNamesInOrder() {
    SearchHit hit = SearchHit.builder().passageId("reply-p3").docId("reply").build();
    List<String> names = List.copyOf(JsonMapper.builder().build().valueToTree(hit).propertyNames());
    assertThat(names)
        .containsExactly(
            "passageId",
            "docId",
            "title",
            "kind",
            "publisher",
            "voice",
            "date",
            "references",
            "topics",
            "paragraph",
            "page",
            "text",
            "highlight",
            "url",
            "archiveUrl",
            "permalink",
            "score",
            "author",
            "ordinal",
            "heading",
            "quotedReference",
            "anchor",
            "ocr",
            "alsoIn");
  }
}
