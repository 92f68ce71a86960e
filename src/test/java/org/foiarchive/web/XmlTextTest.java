package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {
  @Test
  void charactersXmlCannotCarryBecomeSpacesAndEverythingElseStays() {
    assertThat(XmlText.legal("a\u0000b\u0001c\u000Bd\u000Ce\u001Bf\uFFFEg"))
        .isEqualTo("a b c d e f g");
    assertThat(XmlText.legal("tab\there\nline\r\nend")).isEqualTo("tab\there\nline\r\nend");
    assertThat(XmlText.legal("£ “quoted” café 😀 \uD7FF\uE000"))
        .isEqualTo("£ “quoted” café 😀 \uD7FF\uE000");
    assertThat(XmlText.legal("lone \uD83D surrogate")).isEqualTo("lone   surrogate");
    assertThat(XmlText.legal(null)).isNull();
  }
}
