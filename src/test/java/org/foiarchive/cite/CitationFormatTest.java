package org.foiarchive.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.passage.Speaker;
import org.foiarchive.passage.Voice;
import org.foiarchive.search.SearchHit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every citation format against golden outputs written beside their inputs
 * (fixtures/citation/README.md).
 */
class CitationFormatTest {
  static final String SITE = "https://archive.example";
  static final LocalDate ACCESSED = LocalDate.of(2026, 11, 23);
  private static final String FIXTURES = "/fixtures/citation/";
  private static final List<String> CASES =
      List.of(
          "official-vtr-2437",
          "requester-para82",
          "quoted-official-foi-5028",
          "commentary-adverse",
          "forum-whp-guidance",
          "attachment-ico-decision-notice",
          "attachment-govuk-guidance-pdf");
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  /**
   * One fixture: the passage as the index returns it, its document's record, and for an attachment
   * the record of the document it came attached to.
   */
  record Case(
      SearchHit hit,
      IndexedDocument document,
      Citation.OfficialSource officialSource,
      IndexedDocument parent) {
    Citation citation() {
      Citation c = Citation.of(hit, document, parent, SITE, ACCESSED);
      return officialSource == null ? c : c.withOfficialSource(officialSource);
    }
  }

  static Case load(String name) {
    return JSON.readValue(resource(name + ".json"), Case.class);
  }

  static String resource(String file) {
    try (InputStream in = CitationFormatTest.class.getResourceAsStream(FIXTURES + file)) {
      assertThat(in).as("fixture " + file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFormatOfEverySeedPassageMatchesItsGoldenOutput() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : CASES) {
      for (CitationFormat format : CitationFormat.values()) {
        tests.add(
            DynamicTest.dynamicTest(
                name + " as " + format.id(),
                () ->
                    assertThat(format.format(load(name).citation()))
                        .isEqualTo(resource(name + "." + format.id() + ".expected"))));
      }
    }
    return tests.stream();
  }

  @Test
  void officialWordsNameTheBodyAndItsTeam() {
    Citation c = load("official-vtr-2437").citation();
    assertThat(c.writer())
        .isEqualTo("Department for Work and Pensions (DWP Universal Jobmatch Team)");
    assertThat(c.voiceNote()).isNull();
    assertThat(CitationFormat.TEXT.format(c))
        .startsWith("Department for Work and Pensions (DWP Universal Jobmatch Team), ‘")
        .contains(
            "(FOI response, VTR 2437, 12 June 2013) para 2, p 1 <https://www.whatdotheyknow.com/request/universal_jobmatch_email_address#incoming-366711> accessed 23 November 2026");
  }

  @Test
  void aRequesterIsNeverCitedAsTheBody() {
    Citation c = load("requester-para82").citation();
    assertThat(c.writer()).isEqualTo("Frank Zola");
    assertThat(CitationFormat.TEXT.format(c))
        .startsWith("Frank Zola (requester), ")
        .contains("(FOI request, Department for Work and Pensions, 2013) para 82");
  }

  @Test
  void aCitationGroupsWhoSpeaksTheDocumentWhereInItAndTheArchivedCopy() {
    Citation requester = load("requester-para82").citation();
    assertThat(requester.speaker())
        .isEqualTo(new Speaker(Voice.REQUESTER, "Frank Zola", PartialDate.parse("2013"), null));
    assertThat(requester.location().label()).isEqualTo("82");
    assertThat(requester.location().page()).isNull();
    assertThat(requester.copy().sha256())
        .isEqualTo("a8dee6e50952a38c00237472e5c7578d77b58fc001bd93c7f3255c4819a36102");
    assertThat(requester.copy().cardUrl()).isEqualTo(SITE + "/p/" + requester.passageId());
    assertThat(requester.copy().archiveUrl()).startsWith(SITE + "/doc/");

    Citation quoted = load("quoted-official-foi-5028").citation();
    assertThat(quoted.speaker().voice()).isEqualTo(Voice.QUOTED_OFFICIAL);
    assertThat(quoted.speaker().quotedReference()).isEqualTo("FOI 5028");
    assertThat(quoted.document().body()).isEqualTo("refuted.org.uk");
    assertThat(quoted.document().kind().id()).isEqualTo("commentary");
    assertThat(quoted.document().references()).containsExactly("FOI 5028");
  }

  @Test
  void quotedWordingIsCitedAsTheBodysWhenItsReferenceSaysWhichBody() {
    Citation quoted = load("quoted-official-foi-5028").citation();
    assertThat(withQuotedReference(quoted, "ENQ*******").quotedBody())
        .isEqualTo("Information Commissioner's Office");
    assertThat(withQuotedReference(quoted, "RFA0580147").quotedBody())
        .isEqualTo("Information Commissioner's Office");
    assertThat(withQuotedReference(quoted, "FS50441818").quotedBody())
        .isEqualTo("Information Commissioner's Office");
    assertThat(withQuotedReference(quoted, "http://www.dwp.gov.uk/docs/dmgch21.pdf").quotedBody())
        .isEqualTo("Department for Work and Pensions");
    assertThat(withQuotedReference(quoted, "VTR 2437").quotedBody())
        .isEqualTo("Department for Work and Pensions");
    assertThat(withQuotedReference(quoted, "DMG 21594").quotedBody())
        .isEqualTo("Department for Work and Pensions");

    Citation ico = withQuotedReference(quoted, "ENQ*******");
    assertThat(ico.attribution())
        .isEqualTo("Information Commissioner's Office, quoted by refuted.org.uk");
    assertThat(CitationFormat.TEXT.format(ico))
        .startsWith(
            "Information Commissioner's Office (ENQ*******), quoted in refuted.org.uk, ‘Can DWP ");
    assertThat(ico.voiceNote()).isEqualTo("quoting Information Commissioner's Office, ENQ*******");
  }

  @Test
  void quotedWordingWhoseReferenceNamesNoBodyIsNotGuessed() {
    Citation quoted = load("quoted-official-foi-5028").citation();
    for (String reference :
        new String[] {"Jobseekers Act 1995 s19A", "https://example.org/letter.pdf", null}) {
      Citation c = withQuotedReference(quoted, reference);
      assertThat(c.quotedBody()).as(reference).isNull();
      assertThat(c.attribution()).as(reference).isEqualTo("refuted.org.uk");
      assertThat(CitationFormat.TEXT.format(c))
          .as(reference)
          .startsWith(
              "refuted.org.uk (quoting official wording"
                  + (reference == null ? "), " : ", " + reference + "), "));
    }
    Citation official = load("official-vtr-2437").citation();
    assertThat(official.quotedBody()).isNull();
    assertThat(official.attribution()).isEqualTo(official.writer());
  }

  private static Citation withQuotedReference(Citation c, String reference) {
    return new Citation(
        c.passageId(),
        c.text(),
        c.speaker().as(c.speaker().voice(), reference),
        c.document(),
        c.location(),
        c.copy(),
        c.accessed(),
        c.officialSource(),
        false,
        null);
  }

  @Test
  void quotedOfficialWordingSaysSoAndPointsToTheOfficialSource() {
    String text = CitationFormat.TEXT.format(load("quoted-official-foi-5028").citation());
    assertThat(text)
        .startsWith("Department for Work and Pensions (FOI 5028), quoted in refuted.org.uk, ")
        .contains(
            "the official source is held in the archive as ‘About’ (FOI 5028) <https://archive.example/p/wdtk-avanta-job-site-foi-5028-p3>");
  }

  @Test
  void anAttachmentIsCitedWithItsOwnFactsThenTheMessageItCameWith() {
    Citation c = load("attachment-ico-decision-notice").citation();
    assertThat(CitationFormat.TEXT.format(c))
        .startsWith(
            "Information Commissioner's Office, ‘Decision notice FS50379341’ (Decision notice,"
                + " FS50379341, 10 November 2011) para 12, p 2, attached to ‘Re: FOI request’"
                + " (e-mail from Ben Fairless, 18 November 2011)"
                + " <https://www.whatdotheyknow.com/request/gritting_routes_example#incoming-200001>"
                + " accessed 23 November 2026; archived copy"
                + " <https://archive.example/doc/decision-notice-fs50379341/raw>");
    for (CitationFormat format : CitationFormat.values()) {
      assertThat(format.format(c))
          .as(format.id())
          .contains("attached to ")
          .contains("e-mail from Ben Fairless, 18 November 2011");
    }
  }

  @Test
  void anAttachmentWithAnAddressOfItsOwnKeepsItAndNamesThePageItCameWith() {
    Citation c = load("attachment-govuk-guidance-pdf").citation();
    assertThat(c.document().url())
        .isEqualTo(
            "https://assets.publishing.service.gov.uk/media/0000example/uj-claimant-guide.pdf");
    assertThat(c.attachedToNote())
        .isEqualTo(
            "attached to ‘Universal Jobmatch: a guide for claimants’ (Guidance, Department for"
                + " Work and Pensions, 3 June 2013)");
  }

  @Test
  void aMessageInAMailboxIsNotCitedAsAnAttachment() {
    Case reply = load("attachment-ico-decision-notice");
    IndexedDocument mailbox =
        new IndexedDocument(
            reply.parent().source(),
            "correspondence",
            "application/mbox",
            null,
            0,
            List.of(),
            List.of());
    Citation c = Citation.of(reply.hit(), reply.document(), mailbox, SITE, ACCESSED);
    assertThat(c.attachedTo()).isNull();
    assertThat(c.document().url()).isNull();
    assertThat(CitationFormat.TEXT.format(c)).doesNotContain("attached to");
  }

  @Test
  void everyCitationCarriesTheArchivedCopyItsChecksumAndTheDates() {
    for (String name : CASES) {
      Case c = load(name);
      String text = CitationFormat.TEXT.format(c.citation());
      assertThat(text)
          .as(name)
          .contains("<" + SITE + "/doc/" + c.hit().docId() + "/raw>")
          .contains("SHA-256 " + c.document().source().capture().sha256())
          .contains("retrieved ")
          .contains("accessed 23 November 2026")
          .contains("<" + SITE + "/p/" + c.hit().passageId() + ">")
          .endsWith(".");
    }
  }

  @Test
  void datesAreWrittenTheUkWayAtTheirOwnPrecision() {
    assertThat(Citation.inWords(PartialDate.parse("2013-06-12"))).isEqualTo("12 June 2013");
    assertThat(Citation.inWords(PartialDate.parse("2017-12"))).isEqualTo("December 2017");
    assertThat(Citation.inWords(PartialDate.parse("2013"))).isEqualTo("2013");
  }

  @Test
  void htmlEscapesTheQuotationAndOnlyLinksWebAddresses() {
    Case c = load("forum-whp-guidance");
    SearchHit hostile =
        SearchHit.builder()
            .passageId("x-p1")
            .docId("x")
            .title("<script>alert(1)</script>")
            .kind(SourceKind.FORUM)
            .voice(Voice.COMMENTARY)
            .text("a < b & \"c\" <img src=x onerror=alert(2)>")
            .url("javascript:alert(3)")
            .archiveUrl("/doc/x/raw")
            .permalink("/doc/x#p1")
            .ordinal(1)
            .build();
    String html = CitationFormat.HTML.format(Citation.of(hostile, c.document(), SITE, ACCESSED));
    assertThat(html)
        .doesNotContain("<script>")
        .doesNotContain("<img")
        .doesNotContain("href=\"javascript:")
        .contains("a &lt; b &amp; &quot;c&quot;");
  }

  @Test
  void unknownFormatsAreNotGuessed() {
    assertThat(CitationFormat.fromId("BibTeX")).contains(CitationFormat.BIBTEX);
    assertThat(CitationFormat.fromId("csl-json")).contains(CitationFormat.CSL_JSON);
    assertThat(CitationFormat.fromId("ris")).isEmpty();
    assertThat(CitationFormat.ids()).isEqualTo("text, markdown, html, bibtex or csl-json");
  }
}
