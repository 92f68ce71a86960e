package org.foiarchive.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reference formats as printed in the seed pages and in real DWP, ICO and tribunal documents
 * (SOURCES.md §5).
 */
class ReferenceRecognizerTest {
  private final ReferenceRecognizer recognizer = new ReferenceRecognizer();

  private List<String> canonical(String text) {
    return recognizer.find(text).stream().map(Reference::canonical).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Our Ref: VTR 2437                                  | FOI 2437
      reply in How many have revoked consent VTR256      | FOI 256
      DWP reply on MyWorkSearch, VTR 5248                | FOI 5248
      WDTK reply VTR4024                                 | FOI 4024
      DWP reply on MWA subcontractors FoI1202            | FOI 1202
      our reference FoI 1335/08                          | FOI 1335/08
      Our Ref: FOI 5028                                  | FOI 5028
      Our ref: FOI2022/97453                             | FOI2022/97453
      internal review IR2023/83876                       | IR2023/83876
      as in FOI2023 71247                                | FOI2023/71247
      see IR 52 for the review                           | IR 52
      """)
  void dwpFoiAndReviewReferencesInTheirPrintedForms(String text, String expected) {
    assertThat(canonical(text)).contains(expected.strip());
  }

  @Test
  void anInternalReviewCitesTheRequestItReviews() {
    assertThat(canonical("IR reply in Pilot of Universal Jobmatch, Review 52 FOI 4965"))
        .containsExactly("IR 52", "FOI 4965");
  }

  @Test
  void aVtrReferenceAndAnFoiReferenceToTheSameNumberAreOneCase() {
    assertThat(recognizer.canonical("VTR 2437")).contains("FOI 2437");
    assertThat(recognizer.canonical("foi2437")).contains("FOI 2437");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      21594 ... (see DMG 21644 - 21646)                    | DMG 21644, DMG 21646
      Corroboration is not essential (see DMG Chapter 03). | DMG Ch 3
      DMG Vol 6 Ch 34 JSA sanctions                        | DMG Vol 6 Ch 34
      issued as DMG memo 4/13                              | DMG memo 4/13
      ADM chapter K1 sanctions general principles          | ADM K1
      ADM J3 work-related requirements                     | ADM J3
      ADM E5007                                            | ADM E5007
      see ADM memo 04/24                                   | ADM memo 04/24
      """)
  void decisionMakersGuideAndAdviceForDecisionMakingParagraphs(String text, String expected) {
    assertThat(canonical(text)).containsAll(List.of(expected.strip().split(",\\s*")));
  }

  @Test
  void aFiveDigitNumberIsNotADmgParagraphWithoutItsPrefix() {
    assertThat(
            canonical(
                "21594 If the DM has reason to doubt whether claimants contacted certain employers"))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Jobseeker’s Directions can be issued under section 19A(2)(c) of the Jobseekers Act 1995. | Jobseekers Act 1995 s19A(2)(c) | https://www.legislation.gov.uk/ukpga/1995/18/section/19A
      under section 19A(2)(c) of the Jobseeker's Act 1995                                      | Jobseekers Act 1995 s19A(2)(c) | https://www.legislation.gov.uk/ukpga/1995/18/section/19A
      is Section 17(3)(c)of the Welfare Reform Act 2012 "creating and maintaining"              | Welfare Reform Act 2012 s17(3)(c) | https://www.legislation.gov.uk/ukpga/2012/5/section/17
      The Welfare Reform Act 2012, chapter2, section 17(3)(c) states:                          | Welfare Reform Act 2012 s17(3)(c) | https://www.legislation.gov.uk/ukpga/2012/5/section/17
      meeting s17(3)(c) Welfare Reform Act 2012                                                | Welfare Reform Act 2012 s17(3)(c) | https://www.legislation.gov.uk/ukpga/2012/5/section/17
      The Fraud Act 2006 Section 2                                                             | Fraud Act 2006 s2              | https://www.legislation.gov.uk/ukpga/2006/35/section/2
      the principles of the Data Protection Act 1998 (DPA)                                     | Data Protection Act 1998       | https://www.legislation.gov.uk/ukpga/1998/29
      exempt under section 36(2)(c) of the FOIA                                                | Freedom of Information Act 2000 s36(2)(c) | https://www.legislation.gov.uk/ukpga/2000/36/section/36
      cookies: regulation 6 of PECR                                                            | PECR reg 6                     | https://www.legislation.gov.uk/uksi/2003/2426/regulation/6
      The Jobseeker's Allowance (Schemes for Assisting Persons to Obtain Employment) Regulations 2013, SI 2013/276 | SI 2013/276 | https://www.legislation.gov.uk/uksi/2013/276
      made as 2011 No. 917                                                                     | SI 2011/917                    | https://www.legislation.gov.uk/uksi/2011/917
      """)
  void actsSectionsAndInstrumentsLinkToLegislationGovUk(String text, String expected, String url) {
    Reference ref =
        recognizer.find(text).stream()
            .filter(r -> r.canonical().equals(expected.strip()))
            .findFirst()
            .orElseThrow(() -> new AssertionError(text + " gave " + canonical(text)));
    assertThat(ref.url()).isEqualTo(url.strip());
    assertThat(recognizer.urlOf(expected.strip())).contains(url.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      DM v SSWP (JSA) [2015] UKUT 67 (AAC)      | [2015] UKUT 67 (AAC)  | https://www.bailii.org/uk/cases/UKUT/AAC/2015/67.html
      file CJSA/1455/2014                       | CJSA/1455/2014        |
      reported as [2016] AACR 28                | [2016] AACR 28        |
      Commissioner's decision R(JSA) 1/04       | R(JSA) 1/04           |
      appeal EA/2016/0150                       | EA/2016/0150          |
      [2023] UKFTT 845 (GRC)                    | [2023] UKFTT 845 (GRC) | https://caselaw.nationalarchives.gov.uk/ukftt/grc/2023/845
      SSCS appeal SC200/12/00528                | SC200/12/00528        |
      """)
  void upperTribunalCommissionerAndFirstTierCitations(String text, String expected, String url) {
    Reference ref =
        recognizer.find(text).stream()
            .filter(r -> r.canonical().equals(expected.strip()))
            .findFirst()
            .orElseThrow(() -> new AssertionError(text + " gave " + canonical(text)));
    assertThat(ref.type()).isEqualTo(Reference.Type.TRIBUNAL);
    assertThat(ref.url()).isEqualTo(url == null ? null : url.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Your ref: FS50438037                            | FS50438037
      Decision notice FS50441818                      | FS50441818
      EIR case FER0123456                             | FER0123456
      ico.org.uk/.../2025/08/ic-358804-n4g8/          | IC-358804-N4G8
      Case Reference Number IC-128677-P7B7            | IC-128677-P7B7
      [Ref. IRQ0448551]                               | IRQ0448551
      Your DPA query RFA0580147                       | RFA0580147
      Case Reference Number ENQ0123456                | ENQ0123456
      """)
  void icoCaseReferences(String text, String expected) {
    assertThat(recognizer.find(text))
        .anySatisfy(
            r -> {
              assertThat(r.canonical()).isEqualTo(expected.strip());
              assertThat(r.type()).isEqualTo(Reference.Type.ICO_CASE);
            });
  }

  @Test
  void ordinaryNumbersDatesAndWordsAreNotReferences() {
    assertThat(
            canonical(
                "I have been told to spend 30 hours a week, 6 hours a day, since 2013. Dear Sir, 0303 123 1113"))
        .isEmpty();
    assertThat(
            canonical(
                "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF"))
        .isEmpty();
  }

  @Test
  void eachReferenceIsListedOnceInTheOrderItFirstAppears() {
    assertThat(canonical("VTR 2437 ... FOI 2437 ... DMG 21594 ... VTR 2437"))
        .containsExactly("FOI 2437", "DMG 21594");
  }
}
