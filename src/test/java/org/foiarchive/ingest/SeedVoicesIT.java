package org.foiarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.foiarchive.passage.Voice;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed pages, as captured, get the right voices and authors: a reader can tell a DWP sentence
 * from a blogger's, an annotation from the request, and each forum post from the next.
 */
class SeedVoicesIT {
  private static final String WDTK = "wdtk-mandated-access-universal-jobmatch";
  private static final String BLOG = "work-programme-first-jobcentre-appointment";
  private static final String FORUM = "forum-whp-provider-job-search-engines";
  private static final String ICO_BLOG = "ico-reply-universal-jobmatch-privacy";
  private static final String CLONES = "refuted-uj-clones-consent";
  private static LuceneArchiveSearcher searcher;

  @BeforeAll
  static void open() throws Exception {
    searcher = TestArchive.searcher();
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  /** The passage of the document that contains the words, wherever it ranks. */
  private static SearchHit passage(String docId, String words) {
    List<SearchHit> all = searcher.document(docId, null).orElseThrow().passages();
    return all.stream()
        .filter(p -> p.text().contains(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no passage of " + docId + " contains: " + words));
  }

  @Test
  void anAnnotationIsVoiceAnnotationWithItsAuthor() {
    SearchHit hit = passage(WDTK, "I believe this may be illegal.");
    assertThat(hit.voice().id()).isEqualTo("annotation");
    assertThat(hit.author()).isEqualTo("Mary Sanderson");
  }

  @Test
  void thePublisherOfARequestsPassagesIsWhoeverPublishedTheWords() {
    List<SearchHit> thread = searcher.document(WDTK, null).orElseThrow().passages();
    assertThat(thread)
        .filteredOn(p -> p.voice() == Voice.ANNOTATION || p.voice() == Voice.REQUESTER)
        .isNotEmpty()
        .allSatisfy(
            p -> assertThat(p.publisher()).as(p.passageId()).isEqualTo("whatdotheyknow.com"));
    assertThat(thread)
        .filteredOn(p -> p.voice() == Voice.OFFICIAL)
        .isNotEmpty()
        .allSatisfy(
            p ->
                assertThat(p.publisher())
                    .as(p.passageId())
                    .isEqualTo("Department for Work and Pensions"));
    Map<String, Long> publishers =
        searcher.search(SearchRequest.of("universal jobmatch", 10)).facets().get("publisher");
    assertThat(publishers)
        .containsKey("whatdotheyknow.com")
        .containsKey("Department for Work and Pensions");
  }

  @Test
  void anAnnotatorsOwnWordsAreNotOfficial() {
    assertThat(passage(WDTK, "Consent has to be freely given to access UJM").voice())
        .isEqualTo(Voice.ANNOTATION);
    assertThat(passage(WDTK, "The legal position established by caselaw since the 1950s").voice())
        .isEqualTo(Voice.ANNOTATION);
    assertThat(
            passage(WDTK, "As stated in the DMG, your job search does not have to corroborated")
                .voice())
        .isEqualTo(Voice.ANNOTATION);
  }

  @Test
  void guidanceAnAnnotatorPastesIsQuotedOfficial() {
    SearchHit dmg = passage(WDTK, "21592 Evidence of job search includes");
    assertThat(dmg.voice().id()).isEqualTo("quoted-official");
    assertThat(dmg.author()).isEqualTo("Mary Sanderson");
    assertThat(passage(WDTK, "82. We cannot specify to a JSA claimant").voice())
        .isEqualTo(Voice.QUOTED_OFFICIAL);
  }

  @Test
  void theRequestThreadOfATextCaptureHasItsDirections() {
    SearchHit request = passage(WDTK, "Can you confirm that Jobcentre Advisers have authority");
    assertThat(request.voice().id()).isEqualTo("requester");
    assertThat(request.author()).isEqualTo("Frank Zola");
    SearchHit reply = passage(WDTK, "This is an automated confirmation that your request");
    assertThat(reply.voice().id()).isEqualTo("official");
    assertThat(reply.author())
        .isEqualTo("DWP freedom-of-information-requests, Department for Work and Pensions");
    SearchHit followUp = passage(WDTK, "This specimen JD");
    assertThat(followUp.voice().id()).isEqualTo("requester");
    assertThat(searcher.documentInfo(WDTK).orElseThrow().status()).isEqualTo("successful");
    assertThat(searcher.document(WDTK, null).orElseThrow().passages())
        .noneSatisfy(p -> assertThat(p.text()).contains("show quoted sections"));
  }

  @Test
  void theDwpReplyInABlogIsQuotedOfficialWithItsReference() {
    SearchHit hit = passage(BLOG, "It is not necessary for DWP to obtain the claimant’s consent");
    assertThat(hit.voice().id()).isEqualTo("quoted-official");
    assertThat(hit.quotedReference()).isEqualTo("VTR 2437");
    assertThat(hit.references()).contains("FOI 2437");
    assertThat(passage(BLOG, "53. You also cannot issue a Jobseeker’s Direction").voice())
        .isEqualTo(Voice.QUOTED_OFFICIAL);
    assertThat(passage(BLOG, "Every Work Programme returner will also be required").voice())
        .isEqualTo(Voice.QUOTED_OFFICIAL);
  }

  @Test
  void theBloggersOwnWordsStayCommentary() {
    assertThat(passage(BLOG, "I have correlated FOI request and a DWP release").voice())
        .isEqualTo(Voice.COMMENTARY);
    assertThat(passage(BLOG, "More…").voice()).isEqualTo(Voice.COMMENTARY);
    assertThat(passage(CLONES, "It is self-evident that Universal Jobmatch").voice())
        .isEqualTo(Voice.COMMENTARY);
    assertThat(passage(CLONES, "You can also log in and check the extent").voice())
        .as("a provider's marketing, linked to its own site, is not official")
        .isEqualTo(Voice.COMMENTARY);
  }

  @Test
  void quotationsWithAnOfficialSourceAreQuotedOfficial() {
    SearchHit avanta = passage(CLONES, "Work Programme participants are not mandated to use");
    assertThat(avanta.voice().id()).isEqualTo("quoted-official");
    assertThat(avanta.quotedReference()).isEqualTo("FOI 5028");
    SearchHit ico = passage(CLONES, "it would be considered ‘unfair’ for the UJM information");
    assertThat(ico.voice().id()).isEqualTo("quoted-official");
    assertThat(ico.quotedReference()).isEqualTo("ICO 15 May 2015");
  }

  @Test
  void theIcoReplyInABlogIsQuotedOfficialAndTheBloggersLetterIsNot() {
    SearchHit reply = passage(ICO_BLOG, "taken additional steps to guard against bogus employers");
    assertThat(reply.voice().id()).isEqualTo("quoted-official");
    assertThat(reply.quotedReference()).isEqualTo("ENQ*******");
    assertThat(passage(ICO_BLOG, "the DWP appears to be on the verge").voice())
        .isEqualTo(Voice.COMMENTARY);
  }

  @Test
  void aForumThreadIsSplitByPostWithEachPostersName() {
    assertThat(passage(FORUM, "I would never load my CV on their computers").author())
        .isEqualTo("Jara");
    assertThat(passage(FORUM, "A vague statement in itself").author()).isEqualTo("Caker");
    SearchHit reply = passage(FORUM, "Exactly! I imagine these work search engines");
    assertThat(reply.author()).isEqualTo("Jara");
    assertThat(reply.text()).doesNotContain("wrote:");
    assertThat(searcher.document(FORUM, null).orElseThrow().passages())
        .noneSatisfy(
            p ->
                assertThat(p.text())
                    .containsAnyOf("9 posters", "Join date", "Similar topics", "Last edited by"));
    assertThat(passage(FORUM, "I agree with your advice").text()).doesNotContain("advice I agree");
  }

  @Test
  void repliesAndGuidanceQuotedOnTheForumAreQuotedOfficial() {
    SearchHit reply =
        passage(FORUM, "I can confirm the Work and Health Programme (WHP) policy intention");
    assertThat(reply.voice().id()).isEqualTo("quoted-official");
    assertThat(reply.quotedReference()).isEqualTo("FOI 4792");
    assertThat(reply.author()).isEqualTo("ABC");
    SearchHit guidance =
        passage(FORUM, "117.If you do not have any available internet enabled devices");
    assertThat(guidance.voice().id()).isEqualTo("quoted-official");
    assertThat(guidance.paragraph()).isEqualTo("117");
    assertThat(passage(FORUM, "118.If a participant is not given this choice").voice())
        .isEqualTo(Voice.QUOTED_OFFICIAL);
    assertThat(passage(FORUM, "It is not reasonable for claimants to be mandated").voice())
        .isEqualTo(Voice.COMMENTARY);
    assertThat(
            passage(
                    FORUM,
                    "DWP and its Work and Health Programme (WHP) Providers have a legal power")
                .voice())
        .isEqualTo(Voice.QUOTED_OFFICIAL);
  }
}
