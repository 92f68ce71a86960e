package org.foiarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.testing.RealWorldFiles;
import org.foiarchive.testing.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * E-mails as FOI replies really arrive (each written here, by us): saved with an mbox envelope
 * line, several in one mailbox, with unnamed parts, TNEF, uuencoded files, and wrongly labelled
 * charsets.
 */
class MailMessageTest {
  private static final String HEADERS =
      "From: \"Ben Fairless,\" <foi@example.invalid>\n"
          + "To: Alex Example <alex@example.invalid>\n"
          + "Subject: FOI 2437 reply\n"
          + "Date: Wed, 12 Jun 2013 09:30:00 +0100\n"
          + "MIME-Version: 1.0\n";

  private static byte[] bytes(String s, Charset charset) {
    return s.getBytes(charset);
  }

  @Test
  void aMessageSavedWithAnEnvelopeLineIsReadAsOneMessage() throws Exception {
    byte[] saved =
        bytes(
            "From foi@example.invalid Wed Jun 12 09:30:00 2013\n"
                + HEADERS
                + "Content-Type: text/plain; charset=utf-8\n\nDear Alex,\n\nThe account is voluntary.\n",
            StandardCharsets.UTF_8);
    assertThat(MailMessage.splitMbox(saved)).hasSize(1);
    MailMessage mail = MailMessage.read(MailMessage.splitMbox(saved).getFirst(), MailMessage.EML);
    assertThat(mail.from()).isEqualTo("Ben Fairless");
    assertThat(mail.date()).isEqualTo("2013-06-12");
    assertThat(mail.subject()).isEqualTo("FOI 2437 reply");
    assertThat(mail.body()).startsWith("Dear Alex,").contains("The account is voluntary.");
    // read directly, the envelope line is skipped too
    assertThat(MailMessage.read(saved, MailMessage.EML).from()).isEqualTo("Ben Fairless");
  }

  @Test
  void aMailboxIsSplitIntoItsMessagesWithQuotedFromLinesRestored() {
    String mbox =
        "From a@example.invalid Mon Jan  6 10:00:00 2014\nFrom: A <a@example.invalid>\nSubject: one\n\n"
            + "First message.\n>From the archive, a quoted line.\n\n"
            + "From b@example.invalid Tue Jan  7 10:00:00 2014\nFrom: B <b@example.invalid>\nSubject: two\n\nSecond message.\n";
    List<byte[]> messages = MailMessage.splitMbox(bytes(mbox, StandardCharsets.US_ASCII));
    assertThat(messages).hasSize(2);
    assertThat(new String(messages.get(0), StandardCharsets.US_ASCII))
        .startsWith("From: A")
        .contains("\nFrom the archive, a quoted line.");
    assertThat(new String(messages.get(1), StandardCharsets.US_ASCII))
        .startsWith("From: B")
        .contains("Second message.");
  }

  @Test
  void everyNonTextPartIsAnAttachmentNamedFromItsTypeWhenUnnamed() throws Exception {
    String b = "b42";
    byte[] doc = TestDocuments.docx("Annex: unnamed part.");
    String mail =
        HEADERS
            + "Content-Type: multipart/mixed; boundary="
            + b
            + "\n\n"
            + "--"
            + b
            + "\nContent-Type: text/plain\n\nPlease see the annex.\n"
            + "--"
            + b
            + "\nContent-Type: application/msword\nContent-Transfer-Encoding: base64\n\n"
            + Base64.getMimeEncoder().encodeToString(doc)
            + "\n--"
            + b
            + "--\n";
    MailMessage read = MailMessage.read(bytes(mail, StandardCharsets.US_ASCII), MailMessage.EML);
    assertThat(read.attachments())
        .extracting(MailMessage.Attachment::fileName)
        .containsExactly("attachment-1.doc");
    assertThat(read.attachments().getFirst().bytes()).isEqualTo(doc);
  }

  @Test
  void tnefIsUnpackedIntoTheFilesItHolds() throws Exception {
    byte[] docx = TestDocuments.docx("The wombat annex.");
    String b = "b43";
    String mail =
        HEADERS
            + "Content-Type: multipart/mixed; boundary="
            + b
            + "\n\n"
            + "--"
            + b
            + "\nContent-Type: application/ms-tnef\nContent-Transfer-Encoding: base64\n\n"
            + Base64.getMimeEncoder()
                .encodeToString(RealWorldFiles.winmailDat("Annex W.docx", docx))
            + "\n--"
            + b
            + "--\n";
    MailMessage read = MailMessage.read(bytes(mail, StandardCharsets.US_ASCII), MailMessage.EML);
    assertThat(read.attachments())
        .extracting(MailMessage.Attachment::fileName)
        .containsExactly("Annex W.docx");
    assertThat(read.attachments().getFirst().bytes()).isEqualTo(docx);
  }

  @Test
  void uuencodedFilesAreDecodedAndCutOutOfTheBody() throws Exception {
    byte[] file =
        "Platypus schedule: interviews are voluntary.\n"
            .repeat(3)
            .getBytes(StandardCharsets.US_ASCII);
    String mail =
        HEADERS
            + "Content-Type: text/plain\n\nPlease find the schedule below.\n\n"
            + RealWorldFiles.uuencode("schedule.txt", file)
            + "\nRegards,\nFOI team\n";
    MailMessage read = MailMessage.read(bytes(mail, StandardCharsets.US_ASCII), MailMessage.EML);
    assertThat(read.attachments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.fileName()).isEqualTo("schedule.txt");
              assertThat(a.bytes()).isEqualTo(file);
            });
    assertThat(read.body())
        .contains("Please find the schedule below.", "Regards,")
        .doesNotContain("begin 644", "end\n");
  }

  @Test
  void latin1LabelWithSmartQuotesIsWindows1252AndNothingBecomesAReplacementCharacter()
      throws Exception {
    byte[] curly =
        bytes(
            "It is the claimant\u2019s choice \u2013 \u201cvoluntary\u201d.\n",
            Charset.forName("windows-1252"));
    assertThat(body("iso-8859-1", curly))
        .contains("claimant\u2019s choice \u2013 \u201cvoluntary\u201d");
    // labelled UTF-8, but the bytes are Windows-1252: detected, never U+FFFD
    assertThat(body("utf-8", curly)).doesNotContain("\uFFFD").contains("claimant\u2019s");
    // unlabelled, valid UTF-8
    byte[] utf8 = bytes("Caf\u00e9 \u2018consent\u2019 \u20ac5\n", StandardCharsets.UTF_8);
    assertThat(body(null, utf8)).contains("Caf\u00e9 \u2018consent\u2019 \u20ac5");
    // a label no decoder knows
    assertThat(body("x-unheard-of", utf8)).contains("Caf\u00e9 \u2018consent\u2019");
  }

  private static String body(String charset, byte[] text) throws Exception {
    ByteArrayOutputStream mail = new ByteArrayOutputStream();
    mail.writeBytes(
        bytes(
            HEADERS
                + "Content-Type: text/plain"
                + (charset == null ? "" : "; charset=" + charset)
                + "\nContent-Transfer-Encoding: 8bit\n\n",
            StandardCharsets.US_ASCII));
    mail.writeBytes(text);
    return MailMessage.read(mail.toByteArray(), MailMessage.EML).body();
  }

  @Test
  void tikasSavedSingleMessageAndRealWinmailDatAreReadAsTheyWereSent() throws Exception {
    byte[] saved = fixture("single_mail.mbox");
    assertThat(MailMessage.splitMbox(saved)).hasSize(1);
    assertThat(MailMessage.read(saved, MailMessage.EML).body())
        .contains("talvez resolva")
        .doesNotContain("\uFFFD", "<p>");

    java.util.List<MailMessage.Attachment> files = new java.util.ArrayList<>();
    Tnef.unpack(fixture("testWINMAIL.dat"), files);
    assertThat(files)
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.bytes()).isNotEmpty())
        .extracting(MailMessage.Attachment::fileName)
        .doesNotContain("winmail.dat");
  }

  @Test
  void tikasOutlookForwardIsTheForwardersWordsThenTheForwardedMessageWithItsOwnDate()
      throws Exception {
    MailMessage forward = MailMessage.read(fixture("testMSG_forwarded.msg"), MailMessage.MSG);
    Document document =
        forward.toDocument(
            org.foiarchive.corpus.Source.of(
                "fw", null, org.foiarchive.corpus.SourceKind.COMMENTARY, null),
            MailMessage.MSG);
    assertThat(document.title()).isEqualTo("FW: Testing");
    assertThat(document.parts())
        .extracting(Part::text, Part::author, Part::date)
        .containsExactly(
            tuple("Forwarded Body", "Paul Allan Hill", forward.date()),
            tuple("Original Body", "Paul Allan Hill", "2011-12-07"));
    assertThat(forward.date()).isEqualTo("2011-12-08");
  }

  @Test
  void tikasOutlookReplySavedInAChineseCodePageIsReadInItsOwnCharactersWithTheQuotedMessageApart()
      throws Exception {
    MailMessage reply = MailMessage.read(fixture("testMSG_chinese.msg"), MailMessage.MSG);
    assertThat(reply.subject()).contains("格式測試");
    assertThat(reply.body()).contains("中文測試").doesNotContain("¤¤¤å");
    Document document =
        reply.toDocument(
            org.foiarchive.corpus.Source.of(
                "reply", null, org.foiarchive.corpus.SourceKind.COMMENTARY, null),
            MailMessage.MSG);
    assertThat(document.parts())
        .extracting(Part::author, Part::date)
        .containsExactly(
            tuple(reply.from(), reply.date()), tuple("Jane Chen@FT (陳惠珍)", "2011-03-25"));
  }

  @Test
  void aLogoTheHtmlShowsIsDecorationButAPastedLetterAndAnUnshownPictureAreKept() throws Exception {
    byte[] logo = new byte[3_000];
    byte[] photographedLetter = new byte[MailMessage.DECORATION_MAX_BYTES + 1];
    new java.util.Random(7).nextBytes(photographedLetter);
    String b = "related-boundary";
    String mail =
        HEADERS
            + "Content-Type: multipart/related; boundary=\""
            + b
            + "\"\n\n--"
            + b
            + "\nContent-Type: text/html; charset=utf-8\n\n"
            + "<p>Your letter is below.</p><img src=\"cid:image002.jpg@01D9A1B2\">"
            + "<p>DWP Central FOI Team</p><img src=\"cid:image001.png@01D9A1B2\">\n--"
            + b
            + picture("image/png", "image001.png", "<image001.png@01D9A1B2>", logo)
            + "\n--"
            + b
            + picture("image/jpeg", "image002.jpg", "<image002.jpg@01D9A1B2>", photographedLetter)
            + "\n--"
            + b
            + picture("image/png", "chart.png", "<chart.png@01D9A1B2>", logo)
            + "\n--"
            + b
            + "--\n";
    assertThat(
            MailMessage.read(bytes(mail, StandardCharsets.US_ASCII), MailMessage.EML).attachments())
        .extracting(MailMessage.Attachment::fileName)
        .containsExactlyInAnyOrder("image002.jpg", "chart.png");
  }

  private static String picture(String type, String name, String contentId, byte[] bytes) {
    return "\nContent-Type: "
        + type
        + "; name=\""
        + name
        + "\"\nContent-Disposition: inline; filename=\""
        + name
        + "\"\nContent-ID: "
        + contentId
        + "\nContent-Transfer-Encoding: base64\n\n"
        + java.util.Base64.getMimeEncoder().encodeToString(bytes);
  }

  private static byte[] fixture(String name) throws Exception {
    return java.nio.file.Files.readAllBytes(
        java.nio.file.Path.of("src/test/resources/fixtures/tika", name));
  }

  @Test
  void displayNamesLoseTheCommasAndQuotesMailClientsLeave() {
    assertThat(MailMessage.cleanName("Ben Fairless,")).isEqualTo("Ben Fairless");
    assertThat(MailMessage.cleanName(" \"DWP Central FoI Team\" "))
        .isEqualTo("DWP Central FoI Team");
    assertThat(MailMessage.cleanName(",")).isNull();
  }

  /** The ICO tags its replies' subjects with the case; a reply keeps the subject it answers. */
  @Test
  void aSubjectsCaseReferenceIsTheMessagesReference() throws Exception {
    assertThat(MailMessage.referencesIn("Your DPA query about the DWP [Ref. RFA0580147]"))
        .containsExactly("RFA0580147");
    assertThat(MailMessage.referencesIn("RE: IC-128677-P7B7 decision notice"))
        .containsExactly("IC-128677-P7B7");
    assertThat(MailMessage.referencesIn("FW: FOI 2437 reply")).containsExactly("FOI 2437");
    assertThat(MailMessage.referencesIn("Internal review of your request")).isEmpty();
    assertThat(MailMessage.referencesIn(null)).isEmpty();

    byte[] reply =
        bytes(
            "From: ICO Casework <casework@ico.org.uk>\n"
                + "Date: Fri, 15 May 2015 10:00:00 +0100\n"
                + "Subject: Your DPA query about the DWP [Ref. RFA0580147]\n"
                + "Content-Type: text/plain; charset=utf-8\n\nDear Mr Example,\n\nWe have"
                + " considered your concern.\n",
            StandardCharsets.UTF_8);
    Source message =
        Source.of("ico-reply", null, SourceKind.ICO_LETTER, null)
            .withSnapshot("snapshots/r.eml", "0", MailMessage.EML, null);
    assertThat(
            MailMessage.read(reply, MailMessage.EML)
                .toDocument(message, MailMessage.EML)
                .source()
                .provenance()
                .references())
        .containsExactly("RFA0580147");
  }
}
