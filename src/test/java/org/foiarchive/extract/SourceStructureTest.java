package org.foiarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.junit.jupiter.api.Test;

/**
 * The small readers of source structure: running headers, forum posts, text captures of request
 * pages, dates.
 */
class SourceStructureTest {
  @Test
  void runningHeadersAndPageNumbersAreRemovedButTextStays() {
    List<String> pages =
        RunningHeaders.strip(
            List.of(
                "Reference: FS50999999\n\n1. The complainant asked for names.\n\nPage 1 of 2",
                "Reference: FS50999999\n\n2. The Commissioner agrees.\n\nPage 2 of 2"));
    assertThat(String.join("\n", pages))
        .doesNotContain("Reference: FS50999999")
        .doesNotContain("Page 1 of 2")
        .contains("1. The complainant asked for names.", "2. The Commissioner agrees.");
  }

  @Test
  void aForumCaptureIsSplitByPostWithTheSignaturesAuthor() {
    String thread =
        """
        Is the new scheme mandatory?
        +2
        Alice
        Bob
        Is the new scheme mandatory?
        The letter says I must attend.
        Alice- Posts : 10
        Points : 12
        Reputation : 1
        Join date : 2017-01-01
        Re: Is the new scheme mandatory?
        Alice wrote:The letter says I must attend.
        Ask them for the legal basis in writing.
        Ask them for the legal basis in writing.
        Bob- Posts : 5
        Points : 5
        Reputation : 0
        Join date : 2017-02-02
        Page 1 of 1
        """;
    Document doc =
        ForumThreadText.read(Source.of("t", null, SourceKind.FORUM, null), thread, "text/plain");
    assertThat(doc.parts()).extracting(Part::author).containsExactly("Alice", "Bob");
    assertThat(doc.parts())
        .extracting(Part::text)
        .containsExactly(
            "The letter says I must attend.", "Ask them for the legal basis in writing.");
    assertThat(doc.parts()).allSatisfy(p -> assertThat(p.role()).isEqualTo(PartRole.POST));
  }

  @Test
  void aLinkAfterNewTextIsKeptButOneInARepeatedRunIsDropped() {
    assertThat(
            ForumThreadText.withoutRepeats(
                List.of("http://a", "Quote.", "http://a", "Quote.", "http://a")))
        .containsExactly("http://a", "Quote.", "http://a");
  }

  @Test
  void aRequestPageCapturedAsTextKeepsItsMessagesAndAnnotations() {
    String capture =
        """
        Access to accounts

        Pat Person made this Freedom of Information request to Department for Work and Pensions

        The request was refused by Department for Work and Pensions.

        Dear Department for Work and Pensions,

        Can advisers see my account?

        Yours faithfully,
        Pat Person

        FOI Team, Department for Work and Pensions

        We are refusing this request.

        show quoted sections

        Lee Reader left an annotation (3 May 2014)

        Appeal to the ICO.
        """;
    Document doc =
        WhatDoTheyKnowText.read(
            Source.of("r", null, SourceKind.FOI_REQUEST, null), capture, "text/plain");
    assertThat(doc.status()).isEqualTo("refused");
    assertThat(doc.title()).isEqualTo("Access to accounts");
    assertThat(doc.parts())
        .extracting(Part::role)
        .containsExactly(PartRole.OUTGOING, PartRole.INCOMING, PartRole.ANNOTATION);
    assertThat(doc.parts())
        .extracting(Part::author)
        .containsExactly("Pat Person", "FOI Team, Department for Work and Pensions", "Lee Reader");
    assertThat(doc.parts().get(2).date()).isEqualTo("2014-05-03");
    assertThat(doc.parts().get(1).text()).isEqualTo("We are refusing this request.");
    assertThat(doc.source().provenance().publisher()).isEqualTo("Department for Work and Pensions");
  }

  @Test
  void datesAreReadAsDocumentsPrintThem() {
    assertThat(Dates.find("12th June 2013.")).isEqualTo("2013-06-12");
    assertThat(Dates.find("Date: 1 October 2012")).isEqualTo("2012-10-01");
    assertThat(Dates.find("6 Mar 2015")).isEqualTo("2015-03-06");
    assertThat(Dates.find("2013-06-12T15:02:11+01:00")).isEqualTo("2013-06-12");
    assertThat(Dates.find("30 February 2010")).isNull();
  }
}
