package org.foiarchive.search;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Something a user is told about how their query was read or run, as a message code and its
 * arguments. The words live in {@code messages.properties}: the web renders them in the reader's
 * locale, the JSON API and the command line in English ({@link #english()}).
 *
 * @param args already formatted as the reader sees them (a number keeps the grouping it was given)
 */
public record Notice(Code code, List<String> args) {

  /** What happened, with the key of its words in {@code messages.properties}. */
  public enum Code {
    QUERY_CUT("search.notice.query-cut"),
    TERMS_CUT("search.notice.terms-cut"),
    SYNTAX_AS_SPACES("search.notice.syntax-as-spaces"),
    QUOTE_NOT_CLOSED("search.notice.quote-not-closed"),
    SPELLING_ALSO_SEARCHED("search.notice.spelling-also-searched"),
    DATE_NOT_UNDERSTOOD("search.notice.date-not-understood"),
    FILTER_DATE_NOT_UNDERSTOOD("search.notice.filter-date-not-understood"),
    TIMED_OUT("search.notice.timed-out"),
    WORDS_INSTEAD("search.notice.words-instead"),
    NOT_RUN("search.notice.not-run"),
    MANY_HITS("search.notice.many-hits"),
    PARAMETER_NOT_USED("search.notice.parameter-not-used");

    private final String key;

    Code(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** The base name of the messages both the web and the command line read. */
  public static final String MESSAGES = "messages";

  public Notice {
    args = List.copyOf(args);
  }

  public static Notice of(Code code, Object... args) {
    return new Notice(code, Arrays.stream(args).map(String::valueOf).toList());
  }

  /** The arguments as the message formatters take them. */
  public Object[] arguments() {
    return args.toArray();
  }

  /** The notice in English, from the default {@code messages.properties}. */
  public String english() {
    return render(English.BUNDLE);
  }

  /**
   * The notice in the words of {@code bundle}, formatted as Spring's message source formats them: a
   * message without arguments is taken as written.
   */
  public String render(ResourceBundle bundle) {
    String pattern = bundle.getString(code.key());
    return args.isEmpty()
        ? pattern
        : new MessageFormat(pattern, bundle.getLocale()).format(arguments());
  }

  /** Each notice in English. */
  public static List<String> english(List<Notice> notices) {
    return notices.stream().map(Notice::english).toList();
  }

  /** Loaded on first use, once. */
  private static final class English {
    static final ResourceBundle BUNDLE =
        ResourceBundle.getBundle(
            MESSAGES,
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
