package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class NoticeTest {

  /** Configured as Spring Boot configures the app's (application.properties). */
  private static ResourceBundleMessageSource appMessages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename(Notice.MESSAGES);
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  /** A notice of this code with arguments where its words take them, as the searcher makes it. */
  private static Notice sample(Notice.Code code, ResourceBundle bundle) {
    return bundle.getString(code.key()).contains("{0}")
        ? Notice.of(code, "it's", "1,000", "10")
        : Notice.of(code);
  }

  @Test
  void everyCodeHasWordsInTheMessages() {
    ResourceBundle bundle = ResourceBundle.getBundle(Notice.MESSAGES, Locale.ROOT);
    for (Notice.Code code : Notice.Code.values()) {
      assertThat(bundle.containsKey(code.key())).as(code.key()).isTrue();
    }
  }

  @Test
  void thePageAndTheJsonApiSayTheSameWords() {
    ResourceBundleMessageSource messages = appMessages();
    ResourceBundle bundle = ResourceBundle.getBundle(Notice.MESSAGES, Locale.ROOT);
    for (Notice.Code code : Notice.Code.values()) {
      Notice notice = sample(code, bundle);
      String web = messages.getMessage(code.key(), notice.arguments(), Locale.UK);
      assertThat(notice.english()).as(code.key()).isEqualTo(web).doesNotContain("{", "''");
    }
  }

  @Test
  void englishKeepsTheSentencesTheJsonApiAlwaysGave() {
    assertThat(Notice.of(Notice.Code.DATE_NOT_UNDERSTOOD, "someday").english())
        .isEqualTo(
            "The date 'someday' was not understood; write it as 2013, 2013-06 or 2013-06-12.");
    assertThat(Notice.of(Notice.Code.FILTER_DATE_NOT_UNDERSTOOD, "after", "someday").english())
        .isEqualTo(
            "The date in after:someday was not understood; write it as 2013, 2013-06 or 2013-06-12.");
    assertThat(Notice.of(Notice.Code.QUERY_CUT, QueryFrontEnd.MAX_QUERY_CHARS).english())
        .isEqualTo("Your query was cut to its first 1000 characters.");
    assertThat(Notice.of(Notice.Code.SPELLING_ALSO_SEARCHED, "emplyers", "employers").english())
        .isEqualTo(
            "No passage has the word emplyers; also searched for the closest word the archive"
                + " holds: employers.");
    assertThat(Notice.of(Notice.Code.MANY_HITS, "1,000").english())
        .isEqualTo(
            "More than 1,000 passages match: the best are shown first, and the counts beside the"
                + " results are of the first 1,000 found. Add words or a filter to narrow the"
                + " search.");
  }
}
