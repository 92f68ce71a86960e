package org.foiarchive.cli;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.foiarchive.search.Notice;

/**
 * The command line's words, from the {@code messages.properties} the web reads (keys under {@code
 * cli.}), in English. Arguments are printed as given: numbers keep the digits the output always
 * had, with no grouping separators, so scripts reading the output see no change.
 */
final class CliMessages {
  /** Loaded once, without falling back to the machine's locale: the command line speaks English. */
  private static final ResourceBundle ENGLISH =
      ResourceBundle.getBundle(
          Notice.MESSAGES,
          Locale.ROOT,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private CliMessages() {}

  /**
   * The message {@code key} with its arguments; as Spring's message source does, a message without
   * arguments is taken as written.
   */
  static String get(String key, Object... args) {
    String pattern = ENGLISH.getString(key);
    if (args.length == 0) {
      return pattern;
    }
    Object[] printed = Arrays.stream(args).map(String::valueOf).toArray();
    return new MessageFormat(pattern, Locale.ROOT).format(printed);
  }
}
