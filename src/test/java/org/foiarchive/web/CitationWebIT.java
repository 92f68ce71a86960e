package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiarchive.testing.ArchiveServer.get;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.foiarchive.cite.Citation;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.Source;
import org.foiarchive.passage.Voice;
import org.foiarchive.testing.ArchiveServer;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Citing from the served archive over real HTTP: quote cards, {@code /cite} in every format,
 * evidence bundle PDFs read back with PDFBox, and the Atom feed read back with Rome. Passages are
 * found by searching, as a user finds them, so the tests hold when segmentation renumbers passages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CitationWebIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) {
    ArchiveServer.properties(registry);
  }

  private static String q(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  /** The best passage for a query, as the JSON API returns it. */
  private JsonNode firstHit(String query) throws Exception {
    HttpResponse<String> response =
        get(port, "/api/search?limit=1&q=" + q(query), "application/json");
    JsonNode hits = JSON.readTree(response.body()).get("hits");
    assertThat(hits).as("hits for " + query).isNotEmpty();
    return hits.get(0);
  }

  private String site() {
    return "http://localhost:" + port;
  }

  private static String today() {
    LocalDate day = LocalDate.now(Citation.UK);
    return day.getDayOfMonth()
        + " "
        + day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
        + " "
        + day.getYear();
  }

  /** Who a citation names as the writer of a passage, from its CSL-JSON. */
  private String writerOf(String passageId) throws Exception {
    JsonNode csl =
        JSON.readTree(get(port, "/cite/" + passageId + "?format=csl-json", "*/*").body());
    return csl.get(0).get("author").get(0).get("literal").asString();
  }

  private static Source source(String docId) {
    return Corpus.open(TestArchive.CORPUS).manifest().find(docId).orElseThrow();
  }

  @Test
  void textCitationOfASeedPassageNamesWriterTitleDateUrlArchiveChecksumAndAccessDate()
      throws Exception {
    JsonNode hit = firstHit("\"bogus employers\"");
    String id = hit.get("passageId").asString();
    Source source = source(hit.get("docId").asString());

    HttpResponse<String> cite = get(port, "/cite/" + id, "text/plain");
    assertThat(cite.statusCode()).isEqualTo(200);
    assertThat(cite.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("text/plain")
        .contains("UTF-8");
    // Whose words they are comes first: the ICO's letter, as the blogger who posted it reproduced
    // it.
    assertThat(cite.body().strip())
        .startsWith("Information Commissioner's Office (")
        .contains(
            "), quoted in "
                + writerOf(id)
                + ", ‘Request To The Information Commissioner's Office, Regarding "
                + "Universal Jobmatch Privacy Issues’ (Commentary, ")
        .endsWith(
            "28 March 2013) <http://criticalestoppel.blogspot.co.uk/2013/03/foir-regarding-universal-jobmatch.html>"
                + " accessed "
                + today()
                + "; archived copy <"
                + site()
                + "/doc/ico-reply-universal-jobmatch-privacy/raw>"
                + " (SHA-256 "
                + source.capture().sha256()
                + ", retrieved 23 November 2026); quote card <"
                + site()
                + "/p/"
                + id
                + ">.");
  }

  @Test
  void everyFormatIsServedWithItsMediaTypeAndAnUnknownOneIsABadRequest() throws Exception {
    String id = firstHit("\"bogus employers\"").get("passageId").asString();
    record Expected(String format, String type, String contains) {}
    for (Expected e :
        List.of(
            new Expected("markdown", "text/markdown", "> "),
            new Expected(
                "html", "text/html", "<blockquote cite=\"http://criticalestoppel.blogspot.co.uk/"),
            new Expected("bibtex", "application/x-bibtex", "@misc{" + id + ","),
            new Expected(
                "csl-json",
                "application/vnd.citationstyles.csl+json",
                "\"id\" : \"" + id + "\""))) {
      HttpResponse<String> response = get(port, "/cite/" + id + "?format=" + e.format(), "*/*");
      assertThat(response.statusCode()).as(e.format()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .as(e.format())
          .get()
          .asString()
          .startsWith(e.type());
      assertThat(response.body()).as(e.format()).contains(e.contains()).contains(writerOf(id));
      if (e.format().equals("markdown") || e.format().equals("html")) {
        assertThat(response.body()).as(e.format()).contains("bogus employers");
      }
    }
    JsonNode csl = JSON.readTree(get(port, "/cite/" + id + "?format=csl-json", "*/*").body());
    assertThat(csl.get(0).get("URL").asString())
        .startsWith("http://criticalestoppel.blogspot.co.uk/");

    HttpResponse<String> unknown = get(port, "/cite/" + id + "?format=ris", "*/*");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body())
        .contains("Unknown citation format 'ris'")
        .contains("text, markdown, html, bibtex or csl-json");
    assertThat(get(port, "/cite/no-such-doc-p1", "text/plain").statusCode()).isEqualTo(404);
    assertThat(get(port, "/cite/..%2Fetc-p1", "text/plain").statusCode()).isIn(400, 404);
  }

  @Test
  void quoteCardShowsEverythingNeededToCheckThePassage() throws Exception {
    JsonNode hit = firstHit("\"bogus employers\"");
    String id = hit.get("passageId").asString();
    Source source = source(hit.get("docId").asString());
    String page = get(port, "/p/" + id, "text/html").body();

    assertThat(page)
        .contains("bogus employers")
        .contains(writerOf(id), "criticalestoppel.blogspot.co.uk", "28 March 2013")
        .contains(Voice.fromId(hit.get("voice").asString()).orElseThrow().label())
        .contains(
            "Request To The Information Commissioner&#39;s Office, Regarding Universal Jobmatch Privacy Issues")
        .contains(
            "href=\"http://criticalestoppel.blogspot.co.uk/2013/03/foir-regarding-universal-jobmatch.html\"")
        .contains("href=\"" + site() + "/doc/ico-reply-universal-jobmatch-privacy/raw\"")
        .contains(source.capture().sha256())
        .contains("Retrieved", "23 November 2026", "Accessed", today())
        .contains(
            "id=\"citation-text\"", "Copy citation", "href=\"/cite/" + id + "?format=bibtex\"")
        .contains("href=\"/doc/ico-reply-universal-jobmatch-privacy#p");
    // Without JavaScript the buttons stay hidden and the citation is plain, selectable text.
    assertThat(page).containsPattern("<button type=\"button\" class=\"copy-button\"[^>]* hidden");
  }

  @Test
  void quoteCardRedirectsToThePassageInItsDocumentOnRequest() throws Exception {
    JsonNode hit = firstHit("\"bogus employers\"");
    HttpResponse<String> response =
        get(port, "/p/" + hit.get("passageId").asString() + "?context", "text/html");
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .get()
        .asString()
        .endsWith(hit.get("permalink").asString());
  }

  @Test
  void searchResultsCarryACopyableCitationForEveryHit() throws Exception {
    String page = get(port, "/search?q=" + q("bogus employers"), "text/html").body();
    assertThat(page)
        .contains("<details class=\"cite-details\">", "class=\"citation\" id=\"citation-")
        .contains("class=\"copy-button\"", "class=\"bundle-toggle\"")
        .contains("href=\"/feed?q=bogus%20employers\"");
  }

  @Test
  void bundlePdfOfThreeSeedPassagesHasCoverIndexNumberedExtractsAndCitations() throws Exception {
    List<JsonNode> hits =
        List.of(
            firstHit("\"bogus employers\""),
            firstHit("\"unfair effect on their benefit claims\""),
            firstHit("\"they can be mandated to create a profile and public CV\""));
    StringBuilder query = new StringBuilder("/bundle.pdf?title=" + q("Appeal SC200/12/00528"));
    hits.forEach(h -> query.append("&p=").append(h.get("passageId").asString()));
    HttpResponse<byte[]> response = ArchiveServer.getBytes(port, query.toString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .startsWith("attachment")
        .contains("evidence-bundle-");
    assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(5);
      List<String> pages = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(pdf));
        assertThat(pages.getLast()).as("page " + i).contains("Page " + i + " of 5");
      }
      assertThat(pages.get(0)).contains("Evidence bundle", "Appeal SC200/12/00528", "3 extracts");
      assertThat(pages.get(1)).contains("Index");
      for (int i = 0; i < 3; i++) {
        // Each row names whose words they are: the writer, or for quoted official wording the body
        // quoted by them.
        assertThat(pages.get(1))
            .containsPattern(
                "(?m)^"
                    + (i + 1)
                    + " (?:[A-Z][^,]+, quoted by )?"
                    + Pattern.quote(writerOf(hits.get(i).get("passageId").asString()) + ", ‘"));
      }
      for (int i = 0; i < 3; i++) {
        String id = hits.get(i).get("passageId").asString();
        String citation = get(port, "/cite/" + id, "text/plain").body();
        assertThat(pages.get(2 + i)).contains("Extract " + (i + 1));
        assertThat(pages.get(2 + i).replaceAll("\\s+", ""))
            .contains(citation.replaceAll("\\s+", ""));
      }
    }
  }

  @Test
  void bundlePdfWithSourcesAddsEachSourceDocumentAfterTheExtracts() throws Exception {
    String id = firstHit("\"bogus employers\"").get("passageId").asString();
    HttpResponse<byte[]> response = ArchiveServer.getBytes(port, "/bundle.pdf?sources=1&p=" + id);
    assertThat(response.statusCode()).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      int total = pdf.getNumberOfPages();
      assertThat(total).isGreaterThan(3);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(4);
      stripper.setEndPage(total);
      String sources = stripper.getText(pdf);
      assertThat(sources)
          .contains("Source document A: Request To The Information Commissioner's Office")
          .contains("Page " + total + " of " + total);
      assertThat(sources.replaceAll("\\s+", " ")).contains("guard against bogus employers");
    }
  }

  @Test
  void aBadBundleRequestGetsAOneLineReasonNotAnError() throws Exception {
    HttpResponse<String> none = get(port, "/bundle.pdf", "*/*");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(none.body()).contains("at least one passage");
    HttpResponse<String> unknown =
        get(port, "/bundle.pdf?p=no-such-doc-p9&p=" + q("../../etc/passwd"), "*/*");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("No passage").doesNotContain("Exception");
    StringBuilder tooMany = new StringBuilder("/bundle.pdf?x=1");
    for (int i = 1; i <= 51; i++) {
      tooMany.append("&p=doc-p").append(i);
    }
    assertThat(get(port, tooMany.toString(), "*/*").body()).contains("at most 50");
    assertThat(ArchiveServer.send(port, "POST", "/bundle.pdf").statusCode()).isEqualTo(405);
  }

  @Test
  void bundlePageListsPassagesInTheAddressOrderWithLinksToReorderThem() throws Exception {
    String a = firstHit("\"bogus employers\"").get("passageId").asString();
    String b = firstHit("\"unfair effect on their benefit claims\"").get("passageId").asString();
    String page = get(port, "/bundle?p=" + a + "&p=" + b + "&p=no-such-doc-p1", "text/html").body();
    assertThat(page.indexOf("data-passage=\"" + a + "\""))
        .isLessThan(page.indexOf("data-passage=\"" + b + "\""));
    assertThat(page)
        .contains("href=\"/bundle?p=" + b + "&amp;p=" + a + "&amp;p=no-such-doc-p1\"")
        .contains("No passage no-such-doc-p1 in the archive.")
        .contains("action=\"/bundle.pdf\"", "name=\"p\" value=\"" + a + "\"");
    assertThat(get(port, "/bundle", "text/html").body()).contains("The bundle is empty.");
  }

  @Test
  void feedListsMatchingPassagesNewestFirstAndParsesAsAtom() throws Exception {
    HttpResponse<String> response =
        get(port, "/feed?q=" + q("universal jobmatch"), "application/atom+xml");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/atom+xml");

    SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getTitle()).contains("universal jobmatch");
    List<SyndEntry> entries = feed.getEntries();
    assertThat(entries).hasSizeGreaterThan(10);
    for (int i = 1; i < entries.size(); i++) {
      assertThat(entries.get(i).getUpdatedDate())
          .as("entry " + i)
          .isBeforeOrEqualTo(entries.get(i - 1).getUpdatedDate());
    }
    // The forum thread of December 2017 is the newest material in the seed corpus.
    assertThat(entries.getFirst().getLink())
        .startsWith(site() + "/p/forum-whp-provider-job-search-engines-p");
    SyndEntry entry = entries.getFirst();
    assertThat(entry.getUri()).isEqualTo(entry.getLink());
    // Acronyms count: "UJM" matches a search for "universal jobmatch".
    assertThat(entry.getContents().getFirst().getValue())
        .containsPattern("(?i)jobmatch|\\bUJM?\\b");
    assertThat(feed.getLinks())
        .anySatisfy(
            l -> assertThat(l.getHref()).isEqualTo(site() + "/search?q=universal%20jobmatch"));

    SyndFeed cookies =
        new SyndFeedInput()
            .build(
                new StringReader(
                    get(port, "/feed?q=topic:cookies&limit=5", "application/atom+xml").body()));
    assertThat(cookies.getEntries())
        .hasSize(5)
        .allSatisfy(
            e ->
                assertThat(e.getCategories())
                    .anySatisfy(c -> assertThat(c.getName()).isEqualTo("cookies")));
  }

  @Test
  void citingPagesKeepTheStrictPolicyAndSetNoCookie() throws Exception {
    String id = firstHit("\"bogus employers\"").get("passageId").asString();
    for (String path :
        List.of(
            "/p/" + id,
            "/cite/" + id,
            "/cite/" + id + "?format=html",
            "/bundle?p=" + id,
            "/bundle.pdf?p=" + id,
            "/feed?q=consent")) {
      HttpResponse<String> response = get(port, path, "*/*");
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .get()
          .asString()
          .contains("default-src 'none'")
          .contains("script-src 'self'")
          .doesNotContain("unsafe-inline");
      assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
    String card = get(port, "/p/" + id, "text/html").body();
    assertThat(card)
        .doesNotContainPattern("<script(?![^>]*\\ssrc=)")
        .doesNotContain(" style=\"")
        .doesNotContain("<style");
  }
}
