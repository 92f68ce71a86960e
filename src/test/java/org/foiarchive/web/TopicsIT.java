package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiarchive.testing.ArchiveServer.get;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiarchive.tag.Topic;
import org.foiarchive.tag.Topics;
import org.foiarchive.testing.ArchiveServer;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browsing by topic over the real corpus, on a real port: the list of topics and each topic's page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TopicsIT {
  private static final String HTML = "text/html";

  @LocalServerPort int port;

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) {
    ArchiveServer.properties(registry);
  }

  private static List<Topic> topics() {
    return Topics.load(TestArchive.CORPUS.resolve("topics.yml")).all();
  }

  private static int hits(String page) {
    return (int) Pattern.compile("class=\"hit\"").matcher(page).results().count();
  }

  @Test
  void theTopicsPageListsEveryTopicWithItsDescriptionAndCounts() throws Exception {
    HttpResponse<String> page = get(port, "/topics", HTML);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(topics())
        .extracting(Topic::id)
        .contains(
            "consent",
            "cookies",
            "mandation",
            "clones",
            "data-sharing",
            "sanctions",
            "job-search-evidence");
    for (Topic topic : topics()) {
      assertThat(page.body()).contains("href=\"/topics/" + topic.id() + "\"");
      assertThat(page.body())
          .contains(org.springframework.web.util.HtmlUtils.htmlEscape(topic.description()));
    }
    Matcher counts = Pattern.compile("(\\d+) passages? in (\\d+) documents?").matcher(page.body());
    assertThat(counts.results().filter(m -> Integer.parseInt(m.group(1)) > 0).count())
        .isEqualTo(topics().size());
  }

  @Test
  void aTopicPageShowsItsDocumentsAndTheSeedsRelevantPassagesFirst() throws Exception {
    String cookies = get(port, "/topics/cookies", HTML).body();
    assertThat(cookies)
        .contains(
            "<h1 id=\"topic-heading\">Cookies</h1>",
            "Documents on this topic",
            "href=\"/doc/forum-whp-provider-job-search-engines\"",
            "href=\"/doc/ico-reply-universal-jobmatch-privacy\"");
    int firstPassages = cookies.indexOf("id=\"passages\"");
    String firstHits =
        cookies.substring(firstPassages, Math.min(cookies.length(), firstPassages + 20_000));
    assertThat(firstHits).contains("<mark>cookies</mark>");

    String clones = get(port, "/topics/clones", HTML).body();
    assertThat(clones).contains("MyWorkSearch", "Avanta");
    String consent = withoutTags(get(port, "/topics/consent", HTML).body());
    assertThat(consent).contains("on a purely voluntary basis by ticking a box");
    String evidence = withoutTags(get(port, "/topics/job-search-evidence", HTML).body());
    assertThat(evidence).contains("21592 Evidence of job search includes");
  }

  @Test
  void aTopicPageFiltersByKindVoiceAndYear() throws Exception {
    String all = get(port, "/topics/cookies", HTML).body();
    String forum = get(port, "/topics/cookies?kind=forum", HTML).body();
    assertThat(hits(forum)).isPositive();
    assertThat(forum).doesNotContain("href=\"/doc/ico-reply-universal-jobmatch-privacy\"");
    assertThat(forum).contains("aria-current=\"true\"", "href=\"/topics/cookies\"");
    assertThat(totalOf(forum)).isLessThan(totalOf(all));

    String year = get(port, "/topics/cookies?year=2013", HTML).body();
    assertThat(year).doesNotContain("href=\"/doc/forum-whp-provider-job-search-engines\"");
    assertThat(totalOf(year)).isPositive().isLessThan(totalOf(all));

    String voice = get(port, "/topics/consent?voice=requester", HTML).body();
    assertThat(voice)
        .contains("href=\"/doc/wdtk-mandated-access-universal-jobmatch\"")
        .doesNotContain("href=\"/doc/refuted-uj-clones-consent\"");
  }

  @Test
  void aTopicPageLinksAnAtomFeedOfItsNewestPassages() throws Exception {
    assertThat(get(port, "/topics/cookies", HTML).body()).contains("href=\"/feed?topic=cookies\"");
    HttpResponse<String> feed = get(port, "/feed?topic=cookies", "application/atom+xml");
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/atom+xml");
    assertThat(feed.body()).contains("<feed", "<entry>", "term=\"cookies\"");
  }

  @Test
  void unknownTopicsAndBadFiltersNeverFail() throws Exception {
    assertThat(get(port, "/topics/no-such-topic", HTML).statusCode()).isEqualTo(404);
    assertThat(get(port, "/topics/..%2Fetc", HTML).statusCode()).isIn(400, 404);
    HttpResponse<String> odd = get(port, "/topics/cookies?year=x&kind=%3Cscript%3E&page=-3", HTML);
    assertThat(odd.statusCode()).isEqualTo(200);
    assertThat(odd.body()).doesNotContain("<script>");
  }

  @Test
  void theDocumentPageLinksItsReferences() throws Exception {
    String page = get(port, "/doc/work-programme-first-jobcentre-appointment", HTML).body();
    assertThat(page).contains("href=\"https://www.legislation.gov.uk/ukpga/1995/18/section/19A\"");
    assertThat(page).contains("href=\"/search?q=ref:%22FOI%202437%22\"");
  }

  /** The page's text as a reader sees it: highlighting splits a sentence with mark tags. */
  private static String withoutTags(String page) {
    return page.replaceAll("<[^>]+>", "");
  }

  private static int totalOf(String page) {
    Matcher m = Pattern.compile("Best passages \\((\\d+)\\)").matcher(page);
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }
}
