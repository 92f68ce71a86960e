package org.foiarchive.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML fragment as plain text the passage splitter can cut: paragraphs and headings end with a
 * blank line, other blocks and {@code <br>} with a line break, runs of spaces collapse. Stateless.
 */
final class HtmlText {
  private static final Set<String> PARAGRAPHS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "pre",
          "table",
          "ul",
          "ol",
          "section",
          "article");
  private static final Set<String> LINES = Set.of("div", "li", "tr", "dd", "dt", "br");

  private HtmlText() {}

  static String of(Element element) {
    StringBuilder out = new StringBuilder();
    element.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              boolean pre =
                  text.parent() instanceof Element parent && parent.tagName().equals("pre");
              String s = pre ? text.getWholeText() : text.text();
              if (!pre && (out.isEmpty() || out.charAt(out.length() - 1) == '\n')) {
                s = s.stripLeading();
              }
              out.append(s);
            } else if (node instanceof Element e && !e.equals(element)) {
              if (e.tagName().equals("br")) {
                out.append('\n');
              } else if (PARAGRAPHS.contains(e.tagName())) {
                blankLine(out);
              } else if (LINES.contains(e.tagName())) {
                newLine(out);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && !e.equals(element)) {
              if (PARAGRAPHS.contains(e.tagName())) {
                blankLine(out);
              } else if (LINES.contains(e.tagName()) && !e.tagName().equals("br")) {
                newLine(out);
              }
            }
          }
        });
    return out.toString()
        .replaceAll("[ \\t\\u00A0]+\\n", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }

  private static void newLine(StringBuilder out) {
    if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  private static void blankLine(StringBuilder out) {
    newLine(out);
    if (out.length() >= 2 && out.charAt(out.length() - 2) != '\n') {
      out.append('\n');
    }
  }
}
