package org.foiarchive.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small rules the fetcher applies to what a server sends. */
class FetcherRulesTest {
  private static HttpHeaders headers(String name, String value) {
    return HttpHeaders.of(Map.of(name, List.of(value)), (a, b) -> true);
  }

  @Test
  void retryAfterIsReadInSecondsOrAsADate() {
    assertThat(Fetcher.retryAfter(headers("Retry-After", "120")))
        .isEqualTo(Duration.ofSeconds(120));
    assertThat(Fetcher.retryAfter(headers("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")))
        .isEqualTo(Duration.ZERO);
    assertThat(Fetcher.retryAfter(headers("Retry-After", "soon"))).isNull();
  }

  @Test
  void anHtmlPageWhereAFileWasExpectedIsRefused() {
    URI uri = URI.create("https://example.invalid/request/x/response/1/attach/2/a.pdf");
    assertThatThrownBy(() -> Fetcher.checkExpectedType("application/pdf", "text/html", uri))
        .hasMessageContaining("HTML page where application/pdf was expected");
    assertThatThrownBy(() -> Fetcher.checkExpectedType("application/json", "text/plain", uri))
        .hasMessageContaining("where JSON was expected");
  }

  @Test
  void theRightKindOfFileIsAccepted() throws Exception {
    URI uri = URI.create("https://example.invalid/a.docx");
    Fetcher.checkExpectedType("application/pdf", "application/pdf", uri);
    Fetcher.checkExpectedType(null, "text/html", uri);
    Fetcher.checkExpectedType("text/html", "text/html", uri);
  }

  @Test
  void mediaTypesLoseTheirParametersButKeepTheCharset() {
    assertThat(Fetcher.mediaType("text/HTML; charset=\"ISO-8859-1\""))
        .containsExactly("text/html", "ISO-8859-1");
    assertThat(Fetcher.mediaType(null)).containsExactly(null, null);
  }

  @Test
  void govUkPagesAreReadThroughTheContentApi() {
    assertThat(
            GovUkSource.contentApiUri(URI.create("https://www.gov.uk/government/publications/x")))
        .contains(URI.create("https://www.gov.uk/api/content/government/publications/x"));
    assertThat(
            GovUkSource.contentApiUri(
                URI.create("http://127.0.0.1:8089/government/publications/x/")))
        .contains(URI.create("http://127.0.0.1:8089/api/content/government/publications/x"));
    assertThat(GovUkSource.contentApiUri(URI.create("https://example.org/blog/post"))).isEmpty();
  }

  @Test
  void icoReferencesAreReadFromAddresses() {
    assertThat(
            IcoSource.reference("/media/action-weve-taken/decision-notices/2015/1/fs_50557638.pdf"))
        .isEqualTo("FS50557638");
    assertThat(IcoSource.reference("/action-weve-taken/decision-notices/2025/08/ic-358804-n4g8/"))
        .isEqualTo("IC-358804-N4G8");
  }

  @Test
  void attachmentTypesComeFromTheirFileNames() {
    assertThat(WhatDoTheyKnowSource.typeOfFile("5028 Response.pdf")).isEqualTo("application/pdf");
    assertThat(WhatDoTheyKnowSource.typeOfFile("notes.unknownext")).isNull();
  }
}
