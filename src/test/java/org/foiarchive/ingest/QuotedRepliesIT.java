package org.foiarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.passage.Voice;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.CorpusFiles;
import org.foiarchive.testing.ImportFacts;
import org.foiarchive.testing.TestDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replies as public bodies send them, with the request quoted under the signature, and a
 * requester's follow-up quoting the reply: imported as e-mails, ingested and searched. A sentence
 * of the request must never come back as the public body's words, and the reply's words quoted by
 * the requester come back as quoted official wording, with the date the body wrote them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuotedRepliesIT {
  private static final String DWP = "Department for Work and Pensions";

  private LuceneArchiveSearcher searcher;

  @BeforeAll
  void importAndIngest(@TempDir Path work) throws Exception {
    Path corpus = work.resolve("corpus");
    CorpusFiles.withShippedTopics(corpus);
    CorpusImporter importer = new CorpusImporter();
    importer.importFile(
        corpus,
        write(work, "outlook-reply.eml", OUTLOOK_PLAIN_REPLY),
        ImportFacts.of(SourceKind.FOI_RESPONSE, DWP, null, null));
    importer.importFile(
        corpus,
        write(work, "outlook-html-reply.eml", OUTLOOK_HTML_REPLY),
        ImportFacts.of(SourceKind.FOI_RESPONSE, DWP, null, null));
    importer.importFile(
        corpus,
        write(work, "review-request.eml", GMAIL_FOLLOW_UP),
        ImportFacts.of(SourceKind.FOI_REQUEST, null, null, null));
    Path index = work.resolve("index");
    new IngestPipeline(new ArchiveAnalyzers())
        .run(Corpus.open(corpus), new IndexLocation(index), IngestListener.SILENT);
    searcher =
        new LuceneArchiveSearcher(
            new IndexLocation(index), new ArchiveAnalyzers(), new ReferenceRecognizer());
  }

  private static Path write(Path work, String name, String text) throws IOException {
    Path file = work.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private List<SearchHit> hits(String query) {
    return searcher.search(SearchRequest.of(query, 10)).hits();
  }

  private SearchHit first(String query) {
    List<SearchHit> hits = hits(query);
    assertThat(hits).as(query).isNotEmpty();
    return hits.getFirst();
  }

  @Test
  void theRequestQuotedUnderAnOutlookReplyIsTheRequestersWithItsOwnDate() {
    SearchHit quoted = first("\"doctor says the pademelon job is unsuitable\"");
    assertThat(quoted.voice()).isEqualTo(Voice.REQUESTER);
    assertThat(quoted.author()).isEqualTo("Jane Claimant");
    assertThat(quoted.date()).isEqualTo(PartialDate.parse("2023-02-14"));

    SearchHit answer = first("\"discretion to tailor the pademelon commitment\"");
    assertThat(answer.voice()).isEqualTo(Voice.OFFICIAL);
    assertThat(answer.author()).isEqualTo("DWP Central FOI Team");
    assertThat(answer.date()).isEqualTo(PartialDate.parse("2023-03-14"));
  }

  @Test
  void aClaimantsBeliefQuotedInTheReplyIsNotFoundAsAnOfficialStatement() {
    assertThat(
            searcher
                .search(
                    SearchRequest.builder("refuse pademelon jobs that would harm their health")
                        .voices(List.of(Voice.OFFICIAL.id()))
                        .build())
                .hits())
        .extracting(SearchHit::text)
        .noneMatch(text -> text.contains("would harm their health"));
  }

  @Test
  void theHeaderLinesOfAQuotedMessageAreNotPassages() {
    assertThat(hits("whatdotheyknow.com")).isEmpty();
    assertThat(hits("\"Original Message\"")).isEmpty();
  }

  @Test
  void theRequestUnderAnOutlookReplyWrittenInHtmlIsTheRequesters() {
    SearchHit quoted = first("quokka activity sanctioned for three months");
    assertThat(quoted.text()).startsWith("I think every claimant who refuses quokka");
    assertThat(quoted.voice()).isEqualTo(Voice.REQUESTER);
    assertThat(quoted.author()).isEqualTo("Jane Claimant");

    assertThat(first("quokka activity adviser judges").voice()).isEqualTo(Voice.OFFICIAL);
  }

  @Test
  void theReplyQuotedInARequestersFollowUpIsQuotedOfficialWording() {
    SearchHit quoted = first("\"wallaroo sanction is not applied automatically\"");
    assertThat(quoted.voice()).isEqualTo(Voice.QUOTED_OFFICIAL);
    // cited as quoted official wording elsewhere is: by whoever reproduced it
    assertThat(quoted.author()).isEqualTo("Sam Adviser");
    assertThat(quoted.date()).isEqualTo(PartialDate.parse("2023-07-05"));

    SearchHit own = first("wallaroo internal review guidance");
    assertThat(own.voice()).isEqualTo(Voice.REQUESTER);
    assertThat(own.author()).isEqualTo("Sam Adviser");
  }

  @Test
  void anEMailImportedWithoutFactsIsFiledByItsSenderAndTitledByItsSubject(@TempDir Path work)
      throws Exception {
    Path corpus = work.resolve("corpus");
    Files.createDirectories(corpus);
    CorpusImporter importer = new CorpusImporter();
    CorpusImporter.Metadata noFacts = ImportFacts.of(null, null, null, null);
    String requesterMessage =
        OUTLOOK_PLAIN_REPLY
            .replace(
                "From: DWP Central FOI Team <freedom-of-information-request@dwp.gov.uk>",
                "From: Jane Claimant <request-123456-abcdef@whatdotheyknow.com>")
            .replace(
                "To: Jane Claimant <request-123456-abcdef@whatdotheyknow.com>",
                "To: FOI Requests <freedom-of-information-request@dwp.gov.uk>");
    String boundary = "reply-with-letter";
    String replyWithLetter =
        "From: FOI REQUESTS (DWP) <freedom-of-information-request@dwp.gov.uk>\n"
            + "Subject: Your request\nDate: Tue, 14 Mar 2023 10:12:00 +0000\nMIME-Version: 1.0\n"
            + "Content-Type: multipart/mixed; boundary=\""
            + boundary
            + "\"\n\n--"
            + boundary
            + "\nContent-Type: text/plain\n\nPlease find our reply attached.\n\n--"
            + boundary
            + "\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=\"reply.pdf\"\n"
            + "Content-Transfer-Encoding: base64\n\n"
            + java.util.Base64.getMimeEncoder()
                .encodeToString(TestDocuments.pdf(List.of("Attendance is voluntary.")))
            + "\n--"
            + boundary
            + "--\n";

    var reply =
        importer
            .importFile(corpus, write(work, "reply.eml", OUTLOOK_PLAIN_REPLY), noFacts)
            .source()
            .provenance();
    assertThat(reply.kind()).isEqualTo(SourceKind.FOI_RESPONSE);
    assertThat(reply.title())
        .isEqualTo("RE: Freedom of Information request - work coach discretion");
    assertThat(
            importer
                .importFile(corpus, write(work, "request.eml", requesterMessage), noFacts)
                .source()
                .provenance()
                .kind())
        .isEqualTo(SourceKind.FOI_REQUEST);
    assertThat(
            importer
                .importFile(corpus, write(work, "follow-up.eml", GMAIL_FOLLOW_UP), noFacts)
                .source()
                .provenance()
                .kind())
        .isEqualTo(SourceKind.COMMENTARY);
    CorpusImporter.Result withLetter =
        importer.importFile(corpus, write(work, "with-letter.eml", replyWithLetter), noFacts);
    assertThat(withLetter.source().provenance().kind()).isEqualTo(SourceKind.FOI_RESPONSE);
    assertThat(withLetter.attachments())
        .singleElement()
        .extracting(a -> a.source().provenance().kind())
        .isEqualTo(SourceKind.FOI_RESPONSE);
  }

  private static final String OUTLOOK_PLAIN_REPLY =
      """
      From: DWP Central FOI Team <freedom-of-information-request@dwp.gov.uk>
      To: Jane Claimant <request-123456-abcdef@whatdotheyknow.com>
      Subject: RE: Freedom of Information request - work coach discretion
      Date: Tue, 14 Mar 2023 10:12:00 +0000
      MIME-Version: 1.0
      Content-Type: text/plain; charset=utf-8

      Dear Ms Claimant,

      A work coach has discretion to tailor the pademelon commitment to the claimant's circumstances.

      Yours sincerely,

      DWP Central FOI Team

      -----Original Message-----
      From: Jane Claimant <request-123456-abcdef@whatdotheyknow.com>
      Sent: 14 February 2023 09:01
      To: FOI Requests <freedom-of-information-request@dwp.gov.uk>
      Subject: Freedom of Information request - work coach discretion

      Dear Department for Work and Pensions,

      Can a work coach make me apply when my doctor says the pademelon job is unsuitable? I believe the DWP must let claimants refuse pademelon jobs that would harm their health.

      Yours faithfully,

      Jane Claimant
      """;

  private static final String OUTLOOK_HTML_REPLY =
      """
      From: "FOI REQUESTS (DWP)" <freedom-of-information-request@dwp.gov.uk>
      To: Jane Claimant <request-123456-abcdef@whatdotheyknow.com>
      Subject: RE: Freedom of Information request - quokka activity referrals
      Date: Tue, 14 Mar 2023 10:12:00 +0000
      MIME-Version: 1.0
      Content-Type: text/html; charset=utf-8

      <html><body><div class="WordSection1">
      <p class="MsoNormal">Dear Ms Claimant,</p>
      <p class="MsoNormal">Referral to quokka activity is made only where the adviser judges that the claimant would benefit from it.</p>
      <p class="MsoNormal">Yours sincerely,<br>DWP Central FOI Team</p>
      <div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
      <p class="MsoNormal"><b>From:</b> Jane Claimant &lt;request-123456-abcdef@whatdotheyknow.com&gt;<br>
      <b>Sent:</b> 14 February 2023 09:01<br>
      <b>To:</b> FOI REQUESTS (DWP) &lt;freedom-of-information-request@dwp.gov.uk&gt;<br>
      <b>Subject:</b> Freedom of Information request - quokka activity referrals</p>
      </div>
      <p class="MsoNormal">Dear Department for Work and Pensions,</p>
      <p class="MsoNormal">I think every claimant who refuses quokka activity is sanctioned for three months.</p>
      <p class="MsoNormal">Yours faithfully,<br>Jane Claimant</p>
      </div></body></html>
      """;

  private static final String GMAIL_FOLLOW_UP =
      """
      From: Sam Adviser <sam.adviser@example.org>
      To: "UC FOI" <uc.foi@dwp.gov.uk>
      Subject: Re: Sanctions for a missed wallaroo appointment - internal review
      Date: Thu, 20 Jul 2023 09:00:00 +0100
      MIME-Version: 1.0
      Content-Type: text/html; charset=utf-8

      <div dir="ltr">Dear DWP,<div><br></div><div>Please carry out an internal review: your wallaroo answer did not say which guidance decision makers follow.</div><div><br></div><div>Sam</div></div>
      <br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, 5 Jul 2023 at 15:40, Universal Credit Service Centre &lt;<a href="mailto:uc.foi@dwp.gov.uk">uc.foi@dwp.gov.uk</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div>Hello Sam,</div><div><br></div><div>A wallaroo sanction is not applied automatically when a claimant misses a telephone appointment.</div><div><br></div><div>Kind regards<br>UC FOI Team</div></blockquote></div>
      """;
}
