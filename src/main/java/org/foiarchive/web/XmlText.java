package org.foiarchive.web;

import java.util.regex.Pattern;

/**
 * Text made fit for an XML document. XML 1.0 cannot carry most control characters at all, not even
 * escaped, yet a query may be typed with one and a document's text may hold one (a NUL or a form
 * feed left by a PDF or a plain-text file): each becomes a space, so the feed is still written.
 */
final class XmlText {
  private static final Pattern NOT_XML =
      Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

  private XmlText() {}

  /** The text with every character XML 1.0 forbids replaced by a space; null stays null. */
  static String legal(String text) {
    return text == null ? null : NOT_XML.matcher(text).replaceAll(" ");
  }
}
