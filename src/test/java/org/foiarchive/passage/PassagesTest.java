package org.foiarchive.passage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.extract.Document;
import org.foiarchive.extract.Part;
import org.foiarchive.extract.PartRole;
import org.junit.jupiter.api.Test;

/** Passages of a document: voices from parts, pages, and quotations inside commentary. */
class PassagesTest {
  private final Passages passages = new Passages();

  @Test
  void aGuidanceParagraphRunningOverAPageBreakKeepsItsNumberAsContext() {
    Source guidance =
        Source.of("dmg", null, SourceKind.GUIDANCE, "DMG Vol 4")
            .withMetadata(
                "Department for Work and Pensions",
                null,
                PartialDate.parse("2014"),
                null,
                null,
                null,
                null);
    Document doc =
        new Document(
            guidance,
            "DMG Vol 4",
            "application/pdf",
            List.of(
                Part.page(
                    1, "21591 The DM should consider all the steps the claimant took in the week"),
                Part.page(
                    2,
                    "and the steps taken in earlier weeks.\n\n21592 Evidence of job search includes")),
            null);
    List<Passage> out = passages.of(doc);
    Passage continuation =
        out.stream().filter(p -> p.text().startsWith("and the steps")).findFirst().orElseThrow();
    assertThat(continuation.location().page()).isEqualTo(2);
    assertThat(continuation.location().context()).contains("21591");
    assertThat(out)
        .filteredOn(p -> "21592".equals(p.location().label()))
        .singleElement()
        .satisfies(p -> assertThat(p.location().page()).isEqualTo(2));
    assertThat(out).allSatisfy(p -> assertThat(p.speaker().voice()).isEqualTo(Voice.OFFICIAL));
  }

  @Test
  void aPostWithoutAnAuthorIsNotCreditedToTheThreadsStarter() {
    Source thread =
        Source.of("t", null, SourceKind.FORUM, "Thread")
            .withMetadata(null, "Starter", null, null, null, null, null);
    Document doc =
        new Document(
            thread,
            "Thread",
            "text/plain",
            List.of(
                new Part(
                    PartRole.POST,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "A post whose signature was lost.")),
            null);
    assertThat(passages.of(doc))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.speaker().author()).isNull();
              assertThat(p.speaker().voice()).isEqualTo(Voice.COMMENTARY);
            });
  }

  @Test
  void aQuotationNeverSharesAPassageWithTheWritersOwnWords() {
    Source blog =
        Source.of("b", null, SourceKind.COMMENTARY, "Blog")
            .withMetadata(null, "Blogger", null, null, null, null, null);
    Document doc =
        new Document(
            blog,
            "Blog",
            "text/plain",
            List.of(
                Part.body(
                    """
        Here is what they told me
        “Registration is voluntary and consent can be withdrawn at any time.”
        https://www.whatdotheyknow.com/request/1/response/2/attach/html/3/777%20Response.pdf.html""")),
            null);
    List<Passage> out = passages.of(doc);
    assertThat(out)
        .filteredOn(p -> p.speaker().voice() == Voice.QUOTED_OFFICIAL)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.text()).startsWith("“Registration is voluntary");
              assertThat(p.speaker().quotedReference()).isEqualTo("FOI 777");
              assertThat(p.speaker().author()).isEqualTo("Blogger");
            });
    assertThat(out)
        .filteredOn(p -> p.text().contains("Here is what they told me"))
        .singleElement()
        .satisfies(p -> assertThat(p.speaker().voice()).isEqualTo(Voice.COMMENTARY));
  }

  @Test
  void aPassageHeardAsAQuoteKeepsWhoWroteItWhenAndWhere() {
    Location place = new Location("82", 3, "incoming-1", "Consent", "para 81");
    Passage said =
        new Passage(
            "b-p1",
            "b",
            1,
            "Registration is voluntary.",
            place,
            new Speaker(Voice.COMMENTARY, "Blogger", PartialDate.parse("2013-06-22"), null),
            List.of("VTR 2437"),
            List.of("consent"),
            false);
    Passage quoted = said.withVoice(Voice.QUOTED_OFFICIAL, "VTR 2437");
    assertThat(quoted.speaker())
        .isEqualTo(
            new Speaker(
                Voice.QUOTED_OFFICIAL, "Blogger", PartialDate.parse("2013-06-22"), "VTR 2437"));
    assertThat(quoted.location()).isEqualTo(place);
    assertThat(quoted.withTags(List.of(), List.of("cookies")).speaker())
        .isEqualTo(quoted.speaker());
  }
}
