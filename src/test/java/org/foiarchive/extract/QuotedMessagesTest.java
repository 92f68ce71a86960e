package org.foiarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.foiarchive.extract.QuotedMessages.Piece;
import org.junit.jupiter.api.Test;

/** Replies as mail clients write them, cut into their own words and the messages they quote. */
class QuotedMessagesTest {

  private static List<Piece> pieces(String... lines) {
    return QuotedMessages.of(String.join("\n", lines));
  }

  @Test
  void outlooksOriginalMessageIsTheRequesterWithTheSenderAndDateOfItsHeader() {
    List<Piece> pieces =
        pieces(
            "Dear Ms Claimant,",
            "",
            "A work coach may tailor the claimant commitment.",
            "",
            "DWP Central FOI Team",
            "",
            "-----Original Message-----",
            "From: Jane Claimant <request-123456-abcdef@whatdotheyknow.com>",
            "Sent: 14 February 2023 09:01",
            "To: FOI Requests <freedom-of-information-request@dwp.gov.uk>",
            "Subject: Work coach discretion",
            "",
            "Can a work coach force me to apply for any job?",
            "",
            "Yours faithfully,",
            "Jane Claimant");
    assertThat(pieces)
        .extracting(Piece::quoted, p -> p.sender().name(), p -> p.sender().date())
        .containsExactly(tuple(false, null, null), tuple(true, "Jane Claimant", "2023-02-14"));
    assertThat(pieces.get(0).text()).endsWith("DWP Central FOI Team").doesNotContain("From:");
    assertThat(pieces.get(1).text())
        .startsWith("Can a work coach force me")
        .doesNotContain("Subject:");
    assertThat(pieces.get(1).sender().address())
        .isEqualTo("request-123456-abcdef@whatdotheyknow.com");
  }

  @Test
  void anOutlookHeaderBlockWithoutASeparatorAndAnOldStyleMailtoAddress() {
    List<Piece> pieces =
        pieces(
            "Thank you for your e-mail.",
            "________________________________",
            "From: Claimant, Jane [mailto:jane@example.org]",
            "Sent: 01 March 2013 12:00",
            "To: FOI Requests",
            "Subject: RE: consent",
            "Is Universal Jobmatch compulsory?");
    assertThat(pieces).extracting(Piece::quoted).containsExactly(false, true);
    assertThat(pieces.get(1).sender().address()).isEqualTo("jane@example.org");
    assertThat(pieces.get(1).sender().date()).isEqualTo("2013-03-01");
    assertThat(pieces.get(1).text()).isEqualTo("Is Universal Jobmatch compulsory?");
  }

  @Test
  void anAttributionWrappedOverTwoLinesIntroducesTheQuotedLinesWithoutTheirMarks() {
    List<Piece> pieces =
        pieces(
            "Hello Sam,",
            "A sanction is not applied automatically.",
            "",
            "On Mon, 3 Jul 2023 at 11:02, Sam Adviser <",
            "request-654321-fedcba@whatdotheyknow.com> wrote:",
            "> Dear DWP,",
            ">",
            "> Is every missed appointment an automatic sanction",
            "> of four weeks?");
    assertThat(pieces).hasSize(2);
    Piece quote = pieces.get(1);
    assertThat(quote.sender())
        .isEqualTo(
            new QuotedMessages.Sender(
                "Sam Adviser", "request-654321-fedcba@whatdotheyknow.com", "2023-07-03"));
    assertThat(quote.text())
        .isEqualTo(
            "Dear DWP,\n\nIs every missed appointment an automatic sanction\nof four weeks?");
  }

  @Test
  void aReplyWrittenBetweenTheQuotedLinesKeepsItsOwnWordsInOrder() {
    // the first quote is named by its "wrote:" line, the second by nobody
    List<Piece> pieces =
        pieces(
            "Sam Adviser wrote:",
            "> How many sanctions were applied in 2022?",
            "",
            "We do not hold that figure.",
            "",
            "> Which guidance do decision makers follow?",
            "",
            "The Decision Makers' Guide, chapter K.");
    assertThat(pieces.get(0).sender().name()).isEqualTo("Sam Adviser");
    assertThat(pieces.get(2).sender()).isEqualTo(QuotedMessages.Sender.UNKNOWN);
    assertThat(pieces)
        .extracting(Piece::quoted, Piece::text)
        .containsExactly(
            tuple(true, "How many sanctions were applied in 2022?"),
            tuple(false, "We do not hold that figure."),
            tuple(true, "Which guidance do decision makers follow?"),
            tuple(false, "The Decision Makers' Guide, chapter K."));
  }

  @Test
  void anAddressGivenTwiceIsTheSendersAddressAndNoName() {
    List<Piece> pieces =
        pieces(
            "Noted.",
            "-----Original Message-----",
            "From: foi@dwp.gov.uk [mailto:foi@dwp.gov.uk]",
            "Sent: 02 April 2013 10:00",
            "",
            "The account is voluntary.");
    assertThat(pieces.get(1).sender())
        .isEqualTo(new QuotedMessages.Sender(null, "foi@dwp.gov.uk", "2013-04-02"));
  }

  @Test
  void aChainOfRepliesIsEachEarlierMessageWithItsOwnSender() {
    List<Piece> pieces =
        pieces(
            "Please carry out an internal review.",
            "",
            "On Wed, 5 Jul 2023 at 15:40, UC FOI <uc.foi@dwp.gov.uk> wrote:",
            "> We do not hold that figure.",
            ">",
            "> On Mon, 3 Jul 2023 at 11:02, Sam Adviser <sam@example.org> wrote:",
            ">> How many sanctions were applied in 2022?");
    assertThat(pieces)
        .extracting(Piece::quoted, p -> p.sender().label(), p -> p.sender().date(), Piece::text)
        .containsExactly(
            tuple(false, null, null, "Please carry out an internal review."),
            tuple(true, "UC FOI", "2023-07-05", "We do not hold that figure."),
            tuple(true, "Sam Adviser", "2023-07-03", "How many sanctions were applied in 2022?"));
  }

  @Test
  void aForwardedMessageIsItsSendersWords() {
    List<Piece> pieces =
        pieces(
            "For your information.",
            "",
            "---------- Forwarded message ---------",
            "From: DWP FOI <foi@dwp.gov.uk>",
            "Date: Tue, 4 Apr 2023 at 10:00",
            "Subject: Your request",
            "To: <sam@example.org>",
            "",
            "Attendance is voluntary.");
    assertThat(pieces.get(1).sender().address()).isEqualTo("foi@dwp.gov.uk");
    assertThat(pieces.get(1).sender().name()).isEqualTo("DWP FOI");
    assertThat(pieces.get(1).text()).isEqualTo("Attendance is voluntary.");
  }

  @Test
  void aLettersOwnWordsAboutWhatYouWroteAreNotAQuote() {
    List<Piece> pieces =
        pieces(
            "Dear Ms Claimant,",
            "",
            "On 14 February 2023 you wrote:",
            "",
            "Can a work coach force me to apply for any job?",
            "",
            "A work coach cannot require you to apply for a job that is unsuitable.",
            "",
            "Subject: Universal Jobmatch",
            "The reference number is above.",
            "",
            "Period covered:",
            "From: 1 April 2013",
            "To: 31 March 2014",
            "Referrals: 1,204");
    assertThat(QuotedMessages.quotesNothing(pieces)).isTrue();
    assertThat(pieces).hasSize(1);
  }

  @Test
  void aQuoteNestedBeyondTheLimitStaysInTheQuoteAroundIt() {
    String deep = ">".repeat(QuotedMessages.MAX_DEPTH + 3) + " the innermost words";
    List<Piece> pieces = pieces("Own words.", deep);
    assertThat(pieces).extracting(Piece::quoted).containsExactly(false, true);
    assertThat(pieces.getLast().text()).isEqualTo(">>> the innermost words");
  }
}
