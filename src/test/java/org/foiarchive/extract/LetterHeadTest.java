package org.foiarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.foiarchive.corpus.PublicBodies;
import org.foiarchive.corpus.SourceKind;
import org.junit.jupiter.api.Test;

/** Letters of our own, laid out as the DWP, the ICO and claimants lay theirs out. */
class LetterHeadTest {

  @Test
  void aDwpReplyGivesItsSenderReferenceDateAndSignature() {
    String reply =
        """
        DWP Central Freedom of Information Team
        Caxton House
        Tothill Street
        London SW1H 9NA
        Our Ref: FOI2017/12345
        Your Ref: none given
        14 March 2017

        Dear Ms Claimant,

        Thank you for your Freedom of Information request received on
        14 February 2017. You asked:
        Can a work coach require me to register with a job site?

        Claimants are not required to register with a particular job site.

        Yours sincerely,

        DWP Central FoI Team
        """;

    LetterHead letter = LetterHead.read(reply).orElseThrow();

    assertThat(letter.publisher()).isEqualTo(PublicBodies.DWP);
    assertThat(letter.kind()).contains(SourceKind.FOI_RESPONSE);
    assertThat(letter.date()).isEqualTo("2017-03-14");
    assertThat(letter.references()).containsExactly("FOI2017/12345");
    assertThat(letter.author()).isEqualTo("DWP Central FoI Team");
    // The first line of a wrapped paragraph is not a subject line.
    assertThat(letter.subject()).isNull();
  }

  @Test
  void anIcoLetterGivesItsCaseReferenceAndSubjectLine() {
    String letter =
        """
        Information Commissioner's Office
        Wycliffe House, Water Lane
        Wilmslow, Cheshire SK9 5AF
        Mr F Example
        By email only
        15 May 2012
        Case Reference Number IRQ0448551
        Dear Mr Example
        Your request for information about Universal Jobmatch
        Thank you for your correspondence of 2 May 2012.
        We have considered what you told us.
        Yours sincerely
        Lead Case Officer
        First Contact Group
        Information Commissioner's Office
        """;

    LetterHead head = LetterHead.read(letter).orElseThrow();

    assertThat(head.publisher()).isEqualTo(PublicBodies.ICO);
    assertThat(head.kind()).contains(SourceKind.ICO_LETTER);
    assertThat(head.date()).isEqualTo("2012-05-15");
    assertThat(head.references()).containsExactly("IRQ0448551");
    assertThat(head.subject()).isEqualTo("Your request for information about Universal Jobmatch");
    assertThat(head.author()).isEqualTo("Lead Case Officer");
  }

  /**
   * A scan read by OCR runs the letterhead's two columns together: the date and reference are
   * labelled on lines that also hold the recipient's address.
   */
  @Test
  void aScannedLettersColumnsRunTogetherStillGiveItsDateAndReference() {
    String ocr =
        """
        Department for Work and Pensions
        Jobcentre Plus
        Ms A Example Benefit Centre
        1 Sample Road PO Box 1234
        Exampleton Date 2 April 2014
        Date of birth 1 January 1980 Our reference FOI 2437
        Dear Ms Example,
        Mandatory reconsideration of your Universal Credit decision
        We have looked again at the decision of 4 March 2014 about your claim.
        Yours sincerely,
        Decision Maker
        """;

    LetterHead head = LetterHead.read(ocr).orElseThrow();

    assertThat(head.publisher()).isEqualTo(PublicBodies.DWP);
    assertThat(head.date()).isEqualTo("2014-04-02");
    assertThat(head.references()).containsExactly("FOI 2437");
    assertThat(head.subject())
        .isEqualTo("Mandatory reconsideration of your Universal Credit decision");
    assertThat(head.author()).isEqualTo("Decision Maker");
  }

  /** The DWP's address under a claimant's own is where the letter goes, not who wrote it. */
  @Test
  void aClaimantsLetterToTheDwpIsNotTheDwps() {
    String letter =
        """
        Jane Claimant
        12 High Street
        Exampleton EX1 1AA
        Monday, 3 June 2015
        Department for Work and Pensions
        Jobcentre Plus
        PO Box 1234
        Re: My jobsearch record and Universal Jobmatch
        Dear Sir or Madam,
        I do not consent to the DWP seeing my Universal Jobmatch account.
        Yours faithfully,
        Jane Claimant
        """;

    LetterHead head = LetterHead.read(letter).orElseThrow();

    assertThat(head.publisher()).isNull();
    assertThat(head.kind()).isEmpty();
    assertThat(head.author()).isEqualTo("Jane Claimant");
    assertThat(head.date()).isEqualTo("2015-06-03");
    assertThat(head.subject()).isEqualTo("My jobsearch record and Universal Jobmatch");
  }

  @Test
  void aLetterToTheDwpUnderItsOwnNameIsNotFromIt() {
    String letter =
        """
        To: DWP Central FOI Team
        From: Sam Adviser
        1 May 2016
        Dear DWP,
        Please send me the guidance your work coaches use on job sites.
        Yours faithfully,
        Sam Adviser
        """;

    LetterHead head = LetterHead.read(letter).orElseThrow();

    assertThat(head.publisher()).isNull();
    assertThat(head.author()).isEqualTo("Sam Adviser");
    assertThat(head.date()).isEqualTo("2016-05-01");
  }

  @Test
  void textWithoutAGreetingNearItsTopIsNoLetter() {
    assertThat(
            LetterHead.read(
                """
                Universal Credit: work search
                Department for Work and Pensions
                Published 2 April 2014
                Claimants must take all reasonable action to obtain paid work.
                """))
        .isEmpty();
    String quoted =
        "Guidance for work coaches\n"
            + "A paragraph of guidance.\n".repeat(LetterHead.MAX_LINES_ABOVE_GREETING)
            + "Dear Claimant,\nThis is an example letter in an annex.\nYours sincerely,\nDWP\n";
    assertThat(LetterHead.read(quoted)).isEmpty();
    assertThat(LetterHead.read(null)).isEmpty();
  }

  @Test
  void aSignatureStopsAtTheFooter() {
    String letter =
        String.join(
            "\n",
            List.of(
                "Department for Work and Pensions",
                "Dear Mr Example,",
                "Your appeal has been received.",
                "Yours sincerely,",
                "A Officer",
                "Telephone 0800 000 0000",
                "www.gov.uk/dwp is the place to find out more about benefits and services"));

    LetterHead head = LetterHead.read(letter).orElseThrow();

    assertThat(head.author()).isEqualTo("A Officer");
    assertThat(head.date()).isNull();
    assertThat(head.references()).isEmpty();
  }

  /** Specks a scanner leaves read as marks at the ends of lines, from a real Tesseract reading. */
  @Test
  void specksOcrReadsBesideALineAreNotPartOfItsValues() {
    String ocr =
        """
        Department for Work and Pensions |
        fe Jobcentre Plus
        Date 2 April 2014 —
        Our reference FOI 2437 |
        Dear Ms Eales
        Mandatory reconsideration of your ipivercel Credit decision
        ‘We have looked again at the decision of 4 March 2014 about your claim.
        Yours sincerely,
        Decision Maker
        """;

    LetterHead head = LetterHead.read(ocr).orElseThrow();

    assertThat(head.references()).containsExactly("FOI 2437");
    assertThat(head.date()).isEqualTo("2014-04-02");
    assertThat(head.subject())
        .isEqualTo("Mandatory reconsideration of your ipivercel Credit decision");
  }

  /** Tesseract's reading of a phone photo of the same letter: the reference's I read as '!'. */
  @Test
  void anIThatOcrReadAsAnExclamationMarkInAReferenceIsAnI() {
    String ocr =
        """
        Department for Work and Pensions
        Date 2 April 2014
        Our reference FO! 2437
        Dear Ms Eales
        Mandatory reconsideration of your Universal Credit decision
        We have looked again at the decision of 4 March 2014 about your claim.
        Yours sincerely,
        Decision Maker
        """;

    assertThat(LetterHead.read(ocr).orElseThrow().references()).containsExactly("FOI 2437");
  }

  @Test
  void aFirstLineThatEndsASentenceIsNoSubject() {
    String letter =
        """
        Department for Work and Pensions
        Dear Mr Example,
        Thank you for your letter.
        We have looked again at your claim.
        Yours sincerely,
        A Officer
        """;

    assertThat(LetterHead.read(letter).orElseThrow().subject()).isNull();
  }

  /** A blog post that mentions the DWP in its first lines and then sets out a letter to send. */
  @Test
  void anArticleQuotingALetterIsNoLetter() {
    String post =
        """
        Withdrawing consent from a provider
        Revised in March: now with the DWP's latest comments on consent, a new annex, and the \
        letter below updated for the new scheme, with links to the guidance it relies on.
        A letter to withhold or withdraw consent from a provider, for you to edit as you need, \
        with a copy for the prime provider as well as the subcontractor you were sent to.
        If you are referred to a subcontractor, give them a copy too.
        Dear Sir or Madam,
        RE: Consent to sharing my personal information
        I do not consent to my personal information being shared.
        Yours faithfully,
        """;

    assertThat(LetterHead.read(post)).isEmpty();
  }

  @Test
  void aSentenceAtTheTopThatMentionsTheDwpDoesNotMakeItTheSender() {
    String letter =
        """
        Notes for my appeal
        I asked the DWP for my records and they sent me nothing at all.
        2 March 2015
        Dear Tribunal Clerk,
        Please find my appeal papers enclosed.
        Yours sincerely,
        Jane Claimant
        """;

    LetterHead head = LetterHead.read(letter).orElseThrow();

    assertThat(head.publisher()).isNull();
    assertThat(head.date()).isEqualTo("2015-03-02");
  }
}
