package org.foiarchive.passage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which lines of commentary reproduce official wording, on small texts shaped like the seeds. */
class QuotedOfficialDetectorTest {
  private final QuotedOfficialDetector detector = new QuotedOfficialDetector();

  private List<QuotedOfficialDetector.Quote> quotes(String text) {
    return detector.find(text.split("\n", -1));
  }

  @Test
  void aLetterWithOurRefIsQuotedFromItsHeaderToItsSignature() {
    String text =
        """
        I asked DWP and this is what they said.
        ——————
        DWP Central Freedom of Information Team

        Our Ref: VTR 2437

        Dear Ms Example,

        Registration is voluntary.

        Yours sincerely,

        DWP Universal Jobmatch Team

        What a result!""";
    assertThat(quotes(text))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.start()).isEqualTo(2);
              assertThat(q.end()).isEqualTo(13);
              assertThat(q.reference()).isEqualTo("VTR 2437");
            });
  }

  @Test
  void aLetterToTheBodyIsNotOfficial() {
    assertThat(
            quotes(
                """
        Dear Sir or Madam,

        Please tell me whether Universal Jobmatch is mandatory.

        Yours faithfully,
        A. Writer"""))
        .isEmpty();
  }

  @Test
  void aQuotationAboveALinkToAnFoiReplyIsOfficialWithTheReplysNumber() {
    String text =
        """
        Clones of UJ

        “Participants are not mandated to use the site.”
        https://www.whatdotheyknow.com/request/181920/response/443194/attach/html/3/5028%20Response.pdf.html
        From: DWP Central FoI Team – 24 October 2011""";
    assertThat(quotes(text))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.start()).isEqualTo(2);
              assertThat(q.end()).isEqualTo(3);
              assertThat(q.reference()).isEqualTo("FOI 5028");
            });
  }

  @Test
  void aWritersOwnSentenceAboveALinkIsNotAQuotation() {
    assertThat(
            quotes(
                """
        The new legislation only refers to creating an online profile.
        http://www.legislation.gov.uk/ukpga/2012/5/section/17"""))
        .isEmpty();
    assertThat(
            quotes(
                """
        “You can log in and check what any individual has done.”
        http://www.myworksearch.co.uk/housing-associations/"""))
        .as("a company's own site is not official")
        .isEmpty();
  }

  @Test
  void informalForumLinesAboveAnOfficialLinkStayTheWritersOwn() {
    assertThat(
            quotes(
                """
        dwp will state that the providers are required to comply with the law and that is the end of it for them
        but as it goes claimants have the right to refuse the cookies on provider computers at any time they like
        its a private company comes into business vs user laws
        https://ico.org.uk/for-organisations/guide-to-pecr/cookies-and-similar-technologies/"""))
        .isEmpty();
  }

  @Test
  void pdfWrappedTextAboveAReplyLinkIsQuotedButTheOneLineIntroIsNot() {
    String text =
        """
        Having read it again, the response does not say claimants can be made to hand over their data to anyone.
        The Department in the case of the WHP is not relying on consent as a condition for
        processing, and instead relies on the provisions found in Schedule 2 and 3 of the DPA
        which state that the processing is necessary.
        https://www.whatdotheyknow.com/request/445213/response/1082594/attach/html/2/4792%20Reply.pdf.html""";
    assertThat(quotes(text))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.start()).isEqualTo(1);
              assertThat(q.end()).isEqualTo(4);
              assertThat(q.reference()).isEqualTo("FOI 4792");
            });
  }

  @Test
  void numberedGuidanceAfterAnOfficialLinkIsQuoted() {
    String text =
        """
        From DWP Decision Makers guide

        http://www.dwp.gov.uk/docs/dmgch21.pdf

        21592 Evidence of job search includes
        1. Evidence in writing from employers

        21593 Corroboration of claimants evidence is not essential.

        My comment

        I think this settles it, and nobody at the Jobcentre has ever read it as far as I can tell.""";
    assertThat(quotes(text))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.start()).isEqualTo(4);
              assertThat(q.end()).isEqualTo(8);
              assertThat(q.reference()).isEqualTo("http://www.dwp.gov.uk/docs/dmgch21.pdf");
            });
  }

  @Test
  void legislationPastedFromLegislationGovUkIsQuoted() {
    String text =
        """
        It would be unreasonable to force someone to use one site.

        17Work search requirement

        (1)In this Part a work search requirement is a requirement that a claimant take—

        (a)all reasonable action, and""";
    assertThat(quotes(text)).singleElement().satisfies(q -> assertThat(q.start()).isEqualTo(2));
  }

  @Test
  void aWriterIntroducingAQuotationInTheirOwnWordsIsNotOfficial() {
    assertThat(
            quotes(
                """
        It's implicit in their response, and to my mind clearly so. They say "this would include the option to
        make the use of in-house provider job search engines a mandatory activity for LTU
        participants"
        https://www.whatdotheyknow.com/request/445213/response/1082594/attach/html/2/4792%20Reply.pdf.html"""))
        .isEmpty();
  }

  @Test
  void replyNumbersAreReadFromAttachmentFileNames() {
    assertThat(
            QuotedOfficialDetector.fileReference(
                "https://x/attach/html/3/5028%20Response.pdf.html"))
        .isEqualTo("FOI 5028");
    assertThat(
            QuotedOfficialDetector.fileReference(
                "https://x/attach/html/2/IR%20515%20reply.pdf.html"))
        .isEqualTo("IR 515");
    assertThat(
            QuotedOfficialDetector.fileReference(
                "https://x/attach/html/2/FoI%20IR%20188%2010.10.11.pdf.html"))
        .isEqualTo("IR 188");
    assertThat(QuotedOfficialDetector.fileReference("https://x/attach/html/3/WDTK%204024.pdf.html"))
        .isEqualTo("FOI 4024");
    assertThat(
            QuotedOfficialDetector.fileReference(
                "https://www.gov.uk/media/abc/wp-pg-chapter-3a.pdf"))
        .isNull();
  }
}
