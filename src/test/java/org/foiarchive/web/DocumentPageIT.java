package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Provenance;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.ingest.CorpusImporter;
import org.foiarchive.testing.TestDocuments;
import org.foiarchive.testing.TestFolders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A request's document page shows the thread as the source does: each message with its direction,
 * sender and date and a link to it on the source page, annotations set apart, and attachments
 * listed under their message with links to their own pages, the archived copies and the originals.
 * Only the document controller and its page are checked: a slice, no server.
 */
@WebMvcTest(DocumentController.class)
@PageSlice
class DocumentPageIT {
  private static final String REQUEST_URL =
      "https://www.whatdotheyknow.com/request/evidence_of_job_search_at_jobcen";
  private static final String ATTACHMENT_URL =
      REQUEST_URL + "/response/1001/attach/2/4321%20Response.pdf";
  private static final Path CORPUS = corpus();

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) throws IOException {
    registry.add("foiarchive.corpus", CORPUS::toString);
    Path index = TestFolders.create("foiarchive-docpage-index-");
    registry.add("foiarchive.index", index::toString);
  }

  private static Path corpus() {
    try {
      Path dir = TestFolders.create("foiarchive-docpage-corpus-");
      Files.copy(Path.of("corpus", Corpus.TOPICS_FILE), dir.resolve(Corpus.TOPICS_FILE));
      Path page = dir.resolve("request.html");
      try (InputStream in =
          DocumentPageIT.class.getResourceAsStream(
              "/fixtures/whatdotheyknow/request-current.html")) {
        Files.write(page, in.readAllBytes());
      }
      CorpusImporter importer = new CorpusImporter();
      importer.importFile(
          dir,
          page,
          new CorpusImporter.Metadata(
              "evidence-request",
              new Provenance(
                  REQUEST_URL,
                  SourceKind.FOI_REQUEST,
                  null,
                  null,
                  "Evidence of job search at Jobcentres",
                  null,
                  List.of(),
                  List.of()),
              null,
              null));
      Path pdf = dir.resolve("4321 Response.pdf");
      Files.write(
          pdf,
          TestDocuments.pdf(
              List.of("Our Ref: VTR 4321", "Printed job search records are accepted.")));
      importer.importFile(
          dir,
          pdf,
          new CorpusImporter.Metadata(
              "evidence-request-reply",
              new Provenance(
                  ATTACHMENT_URL,
                  SourceKind.FOI_RESPONSE,
                  "Department for Work and Pensions",
                  null,
                  "4321 Response.pdf",
                  PartialDate.parse("2013-06-12"),
                  List.of(),
                  List.of()),
              "evidence-request",
              null));
      Path mail = dir.resolve("follow-up.eml");
      Files.writeString(
          mail,
          "From: Sam Adviser <sam@example.org>\nTo: Alex <alex@example.org>\n"
              + "Subject: What the jobcentre told me\nDate: Thu, 20 Jul 2023 09:00:00 +0100\n\n"
              + "They said the same as you were told.\n\n"
              + "> The jobcentre told me the kowari course was compulsory.\n");
      importer.importFile(
          dir,
          mail,
          new CorpusImporter.Metadata(
              "follow-up", Provenance.of(null, SourceKind.COMMENTARY, null), null, null));
      Files.delete(page);
      Files.delete(pdf);
      Files.delete(mail);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Document page() throws Exception {
    return page("/doc/evidence-request");
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(PageSlice.Pages.body(mvc, path, "text/html"));
  }

  @Test
  void eachMessageShowsItsDirectionSenderDateAndSourceLink() throws Exception {
    Element reply = page().getElementById("incoming-1001");
    assertThat(reply).isNotNull();
    assertThat(reply.select(".message__direction").text()).isEqualTo("Reply from the public body");
    assertThat(reply.select(".message__author").text())
        .isEqualTo("Jane Smith, Department for Work and Pensions");
    assertThat(reply.select(".message-head time").attr("datetime")).isEqualTo("2013-06-12");
    assertThat(reply.select(".message-head a[rel~=external]").attr("href"))
        .isEqualTo(REQUEST_URL + "#incoming-1001");
    assertThat(reply.select(".passage-row.voice-official").text())
        .contains("printed copies of job search records");
    Element request = page().getElementById("outgoing-900");
    assertThat(request.select(".message__direction").text()).isEqualTo("From the requester");
    assertThat(request.select(".message__author").text()).isEqualTo("Alex Example");
  }

  @Test
  void anEMailsOwnWordsAndTheMessageItQuotesAreMessagesNotPosts() throws Exception {
    assertThat(page("/doc/follow-up").select(".message__direction").eachText())
        .containsExactly("Message", "Message");
  }

  @Test
  void annotationsAreSetApartAsNotes() throws Exception {
    Element note = page().getElementById("comment-77");
    assertThat(note.classNames()).contains("message--annotation");
    assertThat(note.attr("role")).isEqualTo("note");
    assertThat(note.select(".message__direction").text()).isEqualTo("Annotation");
    assertThat(note.select(".message__author").text()).isEqualTo("Sam Adviser");
  }

  @Test
  void attachmentsAreListedUnderTheirMessageWithTheirPagesAndOriginals() throws Exception {
    Element attachments =
        page().getElementById("incoming-1001").selectFirst(".message__attachments");
    assertThat(attachments).isNotNull();
    assertThat(attachments.select("a").eachAttr("href"))
        .contains("/doc/evidence-request-reply", "/doc/evidence-request-reply/raw", ATTACHMENT_URL);
    var child = page("/doc/evidence-request-reply");
    assertThat(child.select(".provenance a[href=/doc/evidence-request]").text())
        .isEqualTo("Evidence of job search at Jobcentres");
  }
}
