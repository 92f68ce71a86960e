package org.foiarchive.passage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A passage's id, written once and read back by the same class: {docId}-p{ordinal}. */
class PassageIdTest {
  @Test
  void anIdReadsBackAsTheDocumentAndPositionItWasWrittenFrom() {
    assertThat(Passage.Id.parse(Passage.idOf("wdtk-mandated-access", 34)))
        .contains(new Passage.Id("wdtk-mandated-access", 34));
  }

  @Test
  void aDocumentIdHoldingTheSeparatorKeepsIt() {
    assertThat(Passage.Id.parse(Passage.idOf("reply-p2", 2)))
        .contains(new Passage.Id("reply-p2", 2));
  }

  @Test
  void whatNoPassageIdLooksLikeReadsAsNothing() {
    assertThat(Passage.Id.parse("reply")).isEmpty();
    assertThat(Passage.Id.parse("reply-px")).isEmpty();
    assertThat(Passage.Id.parse("-p1")).isEmpty();
    assertThat(Passage.Id.parse("reply-p")).isEmpty();
  }
}
