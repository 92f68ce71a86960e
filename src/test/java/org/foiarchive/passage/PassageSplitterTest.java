package org.foiarchive.passage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {
  private final PassageSplitter splitter = new PassageSplitter();

  private List<Segment> split(String text) {
    return splitter.split(text);
  }

  @Test
  void wordsPrivateUseBulletsReadAsBulletsAndOtherTextIsLeftAlone() {
    assertThat(PassageSplitter.normalize("\uF0B7 Claimants may refuse.\r\n\uF0A7\tIn writing."))
        .isEqualTo("\u2022 Claimants may refuse.\n\u2022 In writing.");
    // Other private-use characters (an icon font's) are not bullets.
    assertThat(PassageSplitter.normalize("Tick \uF0FB and \uE000 stay."))
        .isEqualTo("Tick \uF0FB and \uE000 stay.");
  }

  @Test
  void hardWrappedLinesAreJoinedIntoOneParagraph() {
    String letter =
        """
        As of Friday 1 March 2013, where appropriate advisers can require some Jobseeker's
        Allowance (JSA) claimants to create a profile and public CV within the Universal Jobmatch
        service via the Government Gateway.

        Initially, the Jobcentre Plus adviser will explain the benefits of the service to the claimant.  If
        they still refuse to use Universal Jobmatch, the adviser may then consider whether it is
        reasonable to issue a Jobseeker's Direction.
        """;
    List<Segment> segments = split(letter);
    assertThat(segments)
        .extracting(Segment::text)
        .containsExactly(
            "As of Friday 1 March 2013, where appropriate advisers can require some Jobseeker's Allowance (JSA) "
                + "claimants to create a profile and public CV within the Universal Jobmatch service via the Government Gateway.",
            "Initially, the Jobcentre Plus adviser will explain the benefits of the service to the claimant. If they "
                + "still refuse to use Universal Jobmatch, the adviser may then consider whether it is reasonable to issue a "
                + "Jobseeker's Direction.");
  }

  @Test
  void aQuoteIsNeverCutByALineBreakInsideASentence() {
    String text =
        """
        The Universal Jobmatch jobseeker Standards of Behaviour advise that you should not be
        asked to reveal personal details such as bank account details, National Insurance number,
        date of birth, driving licence or utility bill information as these items are not relevant.
        """;
    assertThat(split(text))
        .singleElement()
        .extracting(Segment::text)
        .asString()
        .contains(
            "you should not be asked to reveal personal details such as bank account details, National Insurance "
                + "number, date of birth, driving licence or utility bill information");
  }

  @Test
  void numberedParagraphsStartNewPassagesAndKeepTheirLabels() {
    String text =
        """
        51. Where you have explained the benefits to claimants, they can be mandated to create a profile.

        52. However, for legal reasons, you cannot issue a Jobseeker's Direction.
        53. You also cannot issue a Jobseeker's Direction to mandate a claimant to give us access to their account.
        117.If you do not have any available internet enabled devices you cannot mandate the participant.
        """;
    assertThat(split(text)).extracting(Segment::label).containsExactly("51", "52", "53", "117");
    assertThat(split(text).get(2).text()).startsWith("53. You also cannot issue");
  }

  @Test
  void dottedQuestionAndParenthesisedLabelsAreRecognised() {
    String text =
        """
        1.3 You agree that your Job Coach/Advisor has the ability to view the applications.

        Q3 Can the Jobseeker register but not consent?

        (2)The Secretary of State may under subsection (1)(b) specify the time to be devoted to any particular action.
        """;
    assertThat(split(text)).extracting(Segment::label).containsExactly("1.3", "Q3", "(2)");
  }

  @Test
  void subItemsOfAnUnfinishedLeadInStayInItsPassage() {
    String text =
        """
        21592 Evidence of job search includes
        1. Evidence in writing from employers, employment agencies or other bodies
        That the claimant has contacted or
        2. Copies of letters that the claimant has sent to employers or
        3. The claimant's uncorroborated written evidence.
        21593 Corroboration of claimants evidence is not essential.
        """;
    List<Segment> segments = split(text);
    assertThat(segments).extracting(Segment::label).containsExactly("21592", "21593");
    assertThat(segments.getFirst().text())
        .contains(
            "1. Evidence in writing from employers, employment agencies or other bodies That the claimant has contacted or")
        .contains("3. The claimant's uncorroborated written evidence.");
  }

  @Test
  void headingsBecomeContextForTheParagraphsBelowThem() {
    String text =
        """
        Chapter 03 – Using Universal Jobmatch. (UJ)

        Actively Seeking Employment:

        82. We cannot specify to a JSA claimant how they provide us with records of their jobsearch activity.

        Reviewing jobsearch activity

        The onus is on the claimant to show what steps have been taken.
        """;
    List<Segment> segments = split(text);
    assertThat(segments)
        .extracting(Segment::kind)
        .containsExactly(
            Segment.Kind.HEADING,
            Segment.Kind.HEADING,
            Segment.Kind.PARAGRAPH,
            Segment.Kind.HEADING,
            Segment.Kind.PARAGRAPH);
    Segment para82 = segments.get(2);
    assertThat(para82.heading()).isEqualTo("Actively Seeking Employment:");
    assertThat(para82.context())
        .contains("Chapter 03 – Using Universal Jobmatch. (UJ)")
        .contains("Actively Seeking Employment:");
    assertThat(segments.get(4).context())
        .contains("Reviewing jobsearch activity")
        .doesNotContain("Chapter 03");
  }

  @Test
  void anUnnumberedParagraphCarriesTheNumberOfTheParagraphBeforeIt() {
    String text =
        """
        21594 If the DM has reason to doubt whether claimants contacted certain employers those employers may be asked.

        But such enquiries should only be necessary if the evidence before the DM is Inconsistent or seems unlikely.
        """;
    assertThat(split(text).get(1).context()).contains("21594");
  }

  @Test
  void salutationsAreNotHeadings() {
    String text =
        """
        Dear Dr Oldfield

        We are now in a position to provide you with a response to your enquiry.
        """;
    assertThat(split(text)).extracting(Segment::kind).containsOnly(Segment.Kind.PARAGRAPH);
  }

  @Test
  void anEmailsGreetingAndSignOffAreNotHeadings() {
    // A reply as an officer types it into a mail client: a short greeting line, the answer, a short
    // closing line, each its own block.
    String text =
        """
        Hi Sam,

        Using the job search website is not mandatory for claimants on this programme.

        Best regards

        Jo Fletcher
        """;
    List<Segment> segments = split(text);
    assertThat(segments)
        .filteredOn(s -> s.text().startsWith("Using"))
        .singleElement()
        .satisfies(s -> assertThat(s.context()).doesNotContain("Hi Sam"));
    assertThat(segments)
        .as(segments.toString())
        .extracting(Segment::kind)
        .doesNotContain(Segment.Kind.HEADING);
  }

  @Test
  void aHeadingUnderABulletedListIsNotTheLastItemsWords() {
    // An advice page copied as it shows: a list of bullets one a line, no full stops, then the
    // next section's heading and paragraph, with no blank lines.
    String text =
        """
        Your decision letter should tell you about:
        - your right to ask for a written statement of the reasons for the decision
        - the need to ask for a mandatory reconsideration before you appeal
        Decisions that can be appealed
        You can appeal most decisions, including whether you meet the conditions.
        """;
    List<Segment> segments = split(text);
    assertThat(segments)
        .extracting(Segment::text)
        .containsExactly(
            "Your decision letter should tell you about:\n"
                + "- your right to ask for a written statement of the reasons for the decision\n"
                + "- the need to ask for a mandatory reconsideration before you appeal",
            "Decisions that can be appealed",
            "You can appeal most decisions, including whether you meet the conditions.");
    assertThat(segments.get(1).kind()).isEqualTo(Segment.Kind.HEADING);
  }

  @Test
  void aLineThatIsOnlyAnAddressIsItsOwnLinkSegment() {
    String text =
        """
        “Work Programme participants are not mandated to use this site.”
        https://www.whatdotheyknow.com/request/181920/response/443194/attach/html/3/5028%20Response.pdf.html
        From: DWP Central FoI Team
        """;
    List<Segment> segments = split(text);
    assertThat(segments).extracting(Segment::kind).contains(Segment.Kind.LINK);
    assertThat(segments.get(1).text()).startsWith("https://www.whatdotheyknow.com/request/181920");
  }

  @Test
  void separatorLinesSeparateParagraphs() {
    String text = "First paragraph ends here\n——————————————\nSecond paragraph starts here.";
    assertThat(split(text))
        .extracting(Segment::text)
        .containsExactly("First paragraph ends here", "Second paragraph starts here.");
  }

  @Test
  void overLongParagraphsAreCutBetweenSentencesOnly() {
    String sentence =
        "This sentence is part of a very long forum post that never breaks its lines at all. ";
    String text = sentence.repeat(40).strip();
    List<Segment> segments = split(text);
    assertThat(segments).hasSizeGreaterThan(1);
    assertThat(segments)
        .allSatisfy(
            s -> {
              assertThat(s.text().length()).isLessThanOrEqualTo(PassageSplitter.MAX_PASSAGE_CHARS);
              assertThat(s.text()).startsWith("This sentence").endsWith("at all.");
            });
  }

  @Test
  void aPostTypedWithoutFullStopsIsCutBetweenClausesIntoQuotablePieces() {
    // As claimants write on forums: one run of 2,700 characters, commas but no full stop.
    String clause = "they said i had to put my job search on their site or lose my money, ";
    String text = clause.repeat(38) + "and nobody told me i could say no";
    List<Segment> segments = split(text);
    assertThat(segments).hasSizeGreaterThan(2);
    assertThat(segments)
        .allSatisfy(
            s -> {
              assertThat(s.text().length()).isLessThanOrEqualTo(PassageSplitter.MAX_PASSAGE_CHARS);
              assertThat(s.text()).startsWith("they said");
            });
    assertThat(segments.subList(0, segments.size() - 1))
        .allSatisfy(s -> assertThat(s.text()).endsWith("lose my money,"));
    assertThat(segments.stream().map(Segment::text).collect(Collectors.joining(" ")))
        .isEqualTo(text);
  }

  @Test
  void aRunOfWordsWithNoMarkAtAllIsCutBetweenWords() {
    String text = "jobsearch evidence cookies consent ".repeat(60).strip();
    List<Segment> segments = split(text);
    assertThat(segments).hasSizeGreaterThan(1);
    assertThat(segments)
        .allSatisfy(
            s ->
                assertThat(s.text().length())
                    .isLessThanOrEqualTo(PassageSplitter.MAX_PASSAGE_CHARS));
    assertThat(segments.stream().map(Segment::text).collect(Collectors.joining(" ")))
        .isEqualTo(text);
  }

  @Test
  void windowsLineEndingsAndNonBreakingSpacesAreNormalised() {
    assertThat(split("Line one runs\r\non here.\r\n\r\nNext\u00A0paragraph."))
        .extracting(Segment::text)
        .containsExactly("Line one runs on here.", "Next paragraph.");
  }

  @Test
  void aGuidanceParagraphKeepsItsListAndClosingSentenceAcrossBlankLines() {
    String text =
        """
        21594 If the DM has reason to doubt whether claimants contacted certain employers or Agencies those employers or agencies may be asked whether they

        1. Keep a record of enquiries by job seekers and
        2. Are able to confirm that a particular person approached them for employment.

        But such enquiries should only be necessary if the evidence before the DM is Inconsistent or seems unlikely.

        21595 Proof
        """;
    List<Segment> segments = split(text);
    assertThat(segments).extracting(Segment::label).containsExactly("21594", "21595");
    assertThat(segments.getFirst().text())
        .contains("2. Are able to confirm")
        .endsWith(
            "But such enquiries should only be necessary if the evidence before the DM is Inconsistent or seems unlikely.");
  }

  @Test
  void aLoneConjunctionIsNotAHeading() {
    String text =
        """
        21593 Corroboration of claimants evidence is not essential. DMs Should note that

        1. Claimants will not always be able to obtain corroborative evidence

        And

        2. Employers do not always reply to written enquiries.
        """;
    List<Segment> segments = split(text);
    assertThat(segments)
        .as(segments.toString())
        .extracting(Segment::kind)
        .doesNotContain(Segment.Kind.HEADING);
    assertThat(segments)
        .singleElement()
        .extracting(Segment::text)
        .asString()
        .contains("\nAnd\n2. Employers do not always reply");
  }

  @Test
  void aTitledSectionOfAnActDoesNotSwallowItsSubsections() {
    String text =
        """
        17Work search requirement

        (1)In this Part a “work search requirement” is a requirement that a claimant take—

        (a)all reasonable action, and

        (b)any particular action specified by the Secretary of State,

        for the purpose of obtaining paid work (or more paid work or better-paid work).
        (2)The Secretary of State may under subsection (1)(b) specify the time to be devoted to any particular action.
        """;
    List<Segment> segments = split(text);
    assertThat(segments).extracting(Segment::label).containsExactly("17", "(1)", "(2)");
    assertThat(segments.get(1).text())
        .contains("(b)any particular action")
        .endsWith("better-paid work).");
    assertThat(segments.get(2).context())
        .contains("17 Work search requirement")
        .doesNotContain("(1)");
  }

  @Test
  void anUnmarkedListAfterALeadInStaysWithIt() {
    String text =
        """
        If we ask you for personal information, we will:
        make sure you know why we need it
        only ask for what we need
        not make it available for commercial use (such as marketing) without your permission
        The function of the WHP is to assist people into work.
        """;
    List<Segment> segments = split(text);
    assertThat(segments).hasSize(2);
    assertThat(segments.getFirst().text())
        .isEqualTo(
            "If we ask you for personal information, we will:\n"
                + "make sure you know why we need it\nonly ask for what we need\n"
                + "not make it available for commercial use (such as marketing) without your permission");
  }

  @Test
  void anAnswerCarriesTheQuestionItAnswersAsContext() {
    String text =
        """
        Our Ref: VTR 2437

        1. Is registration on Universal Jobmatch mandatory through a Jobseekers’ Direction.?

        As of Friday 1 March 2013, where appropriate advisers can require some claimants to create a profile.

        Initially, the adviser will explain the benefits of the service to the claimant.

        2. Does a Jobseeker have to tick the online account boxes?

        Claimants can choose to allow DWP access to their account on a purely voluntary basis.
        """;
    List<Segment> segments = split(text);
    Segment answer =
        segments.stream().filter(s -> s.text().startsWith("Initially")).findFirst().orElseThrow();
    assertThat(answer.context())
        .contains("Is registration on Universal Jobmatch mandatory", "Our Ref: VTR 2437");
    Segment second = segments.getLast();
    assertThat(second.context())
        .contains("tick the online account boxes")
        .doesNotContain("registration");
  }

  @Test
  void anAddressUnderAQuoteIsItsSource() {
    String text =
        """
        118.If a participant is not given this choice, they may choose not to comply with the requirement.
        https://www.gov.uk/government/uploads/system/uploads/attachment_data/file/505310/wp-pg-chapter-3a.pdf
        """;
    List<Segment> segments = split(text);
    assertThat(segments.getFirst().context()).contains("wp-pg-chapter-3a.pdf");
    assertThat(segments.get(1).kind()).isEqualTo(Segment.Kind.LINK);
  }

  @Test
  void aStatementWithoutItsFullStopIsAParagraphNotAHeading() {
    String text =
        """
        21596 The decision maker weighs the wombat diary with the rest of the evidence.

        The onus is on the claimant to show what steps have been taken

        My comment

        The diary does not have to be corroborated.
        """;
    List<Segment> segments = split(text);
    assertThat(segments.get(1).kind()).isEqualTo(Segment.Kind.PARAGRAPH);
    assertThat(segments.get(1).context()).contains("21596");
    assertThat(segments.get(2).kind()).isEqualTo(Segment.Kind.HEADING);
  }

  @Test
  void aHeadingMayHaveAVerbAfterAWordThatOpensAClause() {
    assertThat(
            PassageSplitter.readsAsSentence(
                "Check whether the decision can be appealed".split(" ")))
        .isFalse();
    assertThat(PassageSplitter.readsAsSentence("Some decisions that cannot be appealed".split(" ")))
        .isFalse();
    assertThat(PassageSplitter.readsAsSentence("ICO 15 May 2015".split(" "))).isFalse();
    assertThat(
            PassageSplitter.readsAsSentence(
                "In JSA cases, very few claimants have a written decision".split(" ")))
        .isTrue();
  }

  @Test
  void aPageCopiedOneBlockALineKeepsItsHeadingsOffTheParagraphsBelowThem() {
    // A web page's text as it shows: no blank lines, every heading, paragraph and item on a line
    // of its own, and paragraphs too long to have been wrapped.
    String page =
        """
        About Bilby Allowance
        A local benefit paid by the council to help with the cost of keeping a bilby
        Bilby Allowance can help with the cost of your bilby if you:
        - have a low income
        - live with the bilby
        Bilby Allowance and Universal Credit
        Most new claims for help with the cost of a bilby from people of working age now go through Universal Credit, which pays it as a bilby element with the rest of the claim, so the council can no longer take them.
        Case example – A: A claim made too late
        The claimant waited three months before claiming.
        """;
    List<Segment> segments = split(page);
    assertThat(segments)
        .extracting(Segment::text)
        .containsExactly(
            "About Bilby Allowance",
            "A local benefit paid by the council to help with the cost of keeping a bilby",
            "Bilby Allowance can help with the cost of your bilby if you:\n- have a low income\n"
                + "- live with the bilby",
            "Bilby Allowance and Universal Credit",
            "Most new claims for help with the cost of a bilby from people of working age now go"
                + " through Universal Credit, which pays it as a bilby element with the rest of the"
                + " claim, so the council can no longer take them.",
            "Case example – A: A claim made too late",
            "The claimant waited three months before claiming.");
    assertThat(segments.get(4).kind()).isEqualTo(Segment.Kind.PARAGRAPH);
    assertThat(segments.get(4).heading()).isEqualTo("Bilby Allowance and Universal Credit");
    assertThat(segments.get(6).heading()).isEqualTo("Case example – A: A claim made too late");
  }

  @Test
  void aShortUnfinishedLineBeforeACapitalisedOneEndsItsParagraph() {
    String text =
        """
        Executive Summary
        It regrets that non-financial sanctions were not considered.
        Hi Carl
        Unless the letter forms part of your agreement, it cannot be enforced.
        """;
    assertThat(split(text))
        .extracting(Segment::text)
        .containsExactly(
            "Executive Summary",
            "It regrets that non-financial sanctions were not considered.",
            "Hi Carl",
            "Unless the letter forms part of your agreement, it cannot be enforced.");
  }

  @Test
  void aLineThatCannotEndASentenceRunsOnWhateverFollowsIt() {
    String text =
        """
        I wrote to the
        Department about my claim.
        The Information Commissioner's Office,
        Wycliffe House, Water Lane, Wilmslow
        Cheshire SK9 5AF
        A power under the Jobseeker's Allowance (Schemes for Assisting Persons to Obtain
        Employment) Regulations 2013 was used.
        CAN YOU CONFIRM THAT NO ONE IS MANDATED WITHOUT AN INCOME REPLACEMENT
        BENEFIT OF ANY KIND?
        """;
    assertThat(split(text))
        .extracting(Segment::text)
        .containsExactly(
            "I wrote to the Department about my claim.",
            "The Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow Cheshire"
                + " SK9 5AF",
            "A power under the Jobseeker's Allowance (Schemes for Assisting Persons to Obtain"
                + " Employment) Regulations 2013 was used.",
            "CAN YOU CONFIRM THAT NO ONE IS MANDATED WITHOUT AN INCOME REPLACEMENT BENEFIT OF ANY"
                + " KIND?");
  }

  @Test
  void inHardWrappedTextCapitalisedItemsAfterALeadInAreOneListAndWrappedLinesStillJoin() {
    // A leaflet wrapped at about 70 characters: the list's items are short lines, some wrapped.
    String leaflet =
        """
        JSA SANCTIONS
        A sanction is the reduction or removal of payments for a fixed period
        due to some breach of the rules set for the claim, for example:
        Leaving a job voluntarily
        Losing a job because of misconduct
        Failing to take part in a specified scheme for helping you to
        obtain employment
        Failing to carry out a jobseeker's direction
        Sanctions may be for 4, 13 or 26 weeks depending on the breach. Once
        it has begun it continues for an unbroken period until it comes to
        an end, and it goes on if you claim again after working for a short
        period; a claim made again does not end it, whatever the Jobcentre
        Plus office says about it.
        """;
    assertThat(split(leaflet))
        .extracting(Segment::text)
        .containsExactly(
            "JSA SANCTIONS",
            "A sanction is the reduction or removal of payments for a fixed period due to some"
                + " breach of the rules set for the claim, for example:\n"
                + "Leaving a job voluntarily\nLosing a job because of misconduct\n"
                + "Failing to take part in a specified scheme for helping you to\n"
                + "obtain employment\nFailing to carry out a jobseeker's direction",
            "Sanctions may be for 4, 13 or 26 weeks depending on the breach. Once it has begun it"
                + " continues for an unbroken period until it comes to an end, and it goes on if"
                + " you claim again after working for a short period; a claim made again does not"
                + " end it, whatever the Jobcentre Plus office says about it.");
  }

  @Test
  void aListItemWrappedOntoACapitalisedWordStaysOneItem() {
    // Guidance printed at about 75 characters, its unmarked list items indented: one item's last
    // word ("Review") went onto a line of its own.
    String guidance =
        """
        3.  A claimant who does not keep to the plan may be asked to explain why, and
        the adviser will write down what the claimant says before deciding whether
        to refer the case to a decision maker, who decides if a sanction applies.
        4.  The adviser and the claimant agree the plan together. It is looked at
        again whenever the claimant's circumstances change, and kept on file.
        5.  The plan:
          sets out the steps a claimant takes each week, agreed at the Six Month
        Review;
          must be signed by the claimant and a copy given to them;
          can be changed if the claimant asks for a new appointment
        """;
    assertThat(split(guidance))
        .extracting(Segment::text)
        .contains(
            "5. The plan:\n"
                + "sets out the steps a claimant takes each week, agreed at the Six Month Review;\n"
                + "must be signed by the claimant and a copy given to them;\n"
                + "can be changed if the claimant asks for a new appointment");
  }

  @Test
  void oneCapitalisedLineAfterALeadInIsTheHeadingOfWhatFollowsNotAList() {
    String text =
        """
        The union said that a Jobseeker's Direction cannot force anyone to sign up:
        Directions and Mandatory Use of UJ
        The union was aware that some offices were telling claimants that UJ is mandatory.
        """;
    assertThat(split(text))
        .extracting(Segment::text)
        .containsExactly(
            "The union said that a Jobseeker's Direction cannot force anyone to sign up:",
            "Directions and Mandatory Use of UJ",
            "The union was aware that some offices were telling claimants that UJ is mandatory.");
  }

  @Test
  void aWordHyphenatedOverALineBreakIsMadeWholeWhereTheTextPrintsItWhole() {
    String text =
        """
        Employment advisers may ask for a list of the employers a claimant contacted.
        The claimant must show evidence of looking for employ-
        ment in each week; work-related activity need not be shown, and work-
        related activity group members are not asked, nor is any job-
        seeker asked for a diary.
        """;
    assertThat(split(text))
        .extracting(Segment::text)
        .containsExactly(
            "Employment advisers may ask for a list of the employers a claimant contacted. The"
                + " claimant must show evidence of looking for employment in each week; work-related"
                + " activity need not be shown, and work-related activity group members are not"
                + " asked, nor is any job- seeker asked for a diary.");
  }
}
