package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiarchive.testing.ArchiveServer.get;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.Provenance;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.ingest.CorpusImporter;
import org.foiarchive.testing.CorpusFiles;
import org.foiarchive.testing.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An ICO decision notice that came attached to a council's e-mail, imported, ingested and served:
 * its citation keeps the notice's own author, reference and date and says which e-mail it was
 * attached to (title, sender, date), at the e-mail's address; its quote card says so too; the
 * e-mail's own words are cited as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AttachmentCitationWebIT {
  private static final String REQUEST_URL =
      "https://www.whatdotheyknow.com/request/gritting_routes_example#incoming-200001";

  @TempDir static Path dir;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) throws IOException {
    Path corpus = dir.resolve("corpus");
    CorpusFiles.withShippedTopics(corpus);
    Path reply = dir.resolve("reply.eml");
    Files.writeString(reply, replyWithDecisionNotice(), StandardCharsets.US_ASCII);
    new CorpusImporter()
        .importFile(
            corpus,
            reply,
            new CorpusImporter.Metadata(
                null,
                new Provenance(
                    REQUEST_URL,
                    SourceKind.FOI_RESPONSE,
                    null,
                    null,
                    "Re: FOI request",
                    null,
                    List.of(),
                    List.of()),
                null,
                null));
    registry.add("foiarchive.corpus", corpus::toString);
    registry.add("foiarchive.index", () -> dir.resolve("index").toString());
    registry.add("foiarchive.rate-limit.per-minute", () -> "0");
  }

  /** A council's reply from Ben Fairless with the ICO's decision notice attached as a PDF. */
  private static String replyWithDecisionNotice() {
    String boundary = "=_notice_boundary";
    byte[] notice =
        TestDocuments.pdf(
            List.of(
                "Freedom of Information Act 2000 (FOIA)",
                "Decision notice",
                "Date: 10 November 2011",
                "Public Authority: Example Borough Council",
                "Reference: FS50379341",
                "",
                "The Commissioner finds the quokka gritting routes are held and must be disclosed."));
    return "From: \"Ben Fairless,\" <foi@council.example.invalid>\n"
        + "To: Alex Example <alex@example.invalid>\n"
        + "Subject: Re: FOI request\n"
        + "Date: Fri, 18 Nov 2011 10:00:00 +0000\n"
        + "MIME-Version: 1.0\n"
        + "Content-Type: multipart/mixed; boundary=\""
        + boundary
        + "\"\n\n--"
        + boundary
        + "\nContent-Type: text/plain; charset=us-ascii\n\n"
        + "Dear Alex,\n\nThe wombat review is attached, with the Commissioner's notice.\n\n"
        + "Yours sincerely,\nBen Fairless\n\n--"
        + boundary
        + "\nContent-Type: application/pdf\n"
        + "Content-Disposition: attachment; filename=\"Decision notice FS50379341.pdf\"\n"
        + "Content-Transfer-Encoding: base64\n\n"
        + Base64.getMimeEncoder().encodeToString(notice)
        + "\n--"
        + boundary
        + "--\n";
  }

  private JsonNode onlyHit(String word) throws Exception {
    JsonNode hits =
        JsonMapper.builder()
            .build()
            .readTree(
                get(
                        port,
                        "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8),
                        "application/json")
                    .body())
            .get("hits");
    assertThat(hits).as(word).hasSize(1);
    return hits.get(0);
  }

  private Source message() throws IOException {
    return Corpus.open(dir.resolve("corpus")).manifest().sources().stream()
        .filter(s -> s.parent() == null)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theAttachedNoticeIsCitedWithItsOwnFactsAndTheEmailItCameWith() throws Exception {
    String passageId = onlyHit("quokka").get("passageId").asString();
    String citation = get(port, "/cite/" + passageId + "?format=text", "text/plain").body();
    assertThat(citation)
        .startsWith("Information Commissioner's Office, ‘Decision notice FS50379341’ (")
        .contains("FS50379341, 10 November 2011)")
        .contains(
            ", attached to ‘Re: FOI request’ (e-mail from Ben Fairless, 18 November 2011) <"
                + REQUEST_URL
                + "> accessed ");
    for (String format : List.of("markdown", "html", "bibtex", "csl-json")) {
      assertThat(get(port, "/cite/" + passageId + "?format=" + format, "*/*").body())
          .as(format)
          .contains("e-mail from Ben Fairless, 18 November 2011");
    }
  }

  @Test
  void theQuoteCardSaysWhichEmailTheNoticeCameWith() throws Exception {
    String passageId = onlyHit("quokka").get("passageId").asString();
    assertThat(get(port, "/p/" + passageId, "text/html").body())
        .contains("Attached to")
        .contains("href=\"/doc/" + message().id() + "\"")
        .contains("(e-mail from Ben Fairless, 18 November 2011)");
  }

  @Test
  void theEmailsOwnWordsAreNotCitedAsAnAttachment() throws Exception {
    JsonNode body = onlyHit("wombat");
    assertThat(body.get("docId").asString()).isEqualTo(message().id());
    String citation =
        get(port, "/cite/" + body.get("passageId").asString() + "?format=text", "text/plain")
            .body();
    assertThat(citation).startsWith("Ben Fairless").doesNotContain("attached to");
    assertThat(get(port, "/p/" + body.get("passageId").asString(), "text/html").body())
        .doesNotContain("Attached to");
  }
}
