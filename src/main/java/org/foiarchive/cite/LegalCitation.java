package org.foiarchive.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A citation in the style UK courts and tribunals use for online documents (after OSCOLA): author,
 * ‘title’ (kind, body, reference, date) pinpoint, for an attachment what it was attached to,
 * &lt;URL&gt; accessed date; then what makes it checkable here: the archived copy with its SHA-256
 * and retrieval date, and the passage's quote card. One sentence, written in plain text, Markdown
 * or HTML by the same code so the three never disagree.
 */
final class LegalCitation {
  private LegalCitation() {}

  /** How a format writes text, titles and links. */
  interface Markup {
    String text(String plain);

    String title(String plain);

    String link(String url);
  }

  static final Markup PLAIN =
      new Markup() {
        @Override
        public String text(String plain) {
          return plain;
        }

        @Override
        public String title(String plain) {
          return "‘" + plain + "’";
        }

        @Override
        public String link(String url) {
          return "<" + url + ">";
        }
      };

  static final Markup MARKDOWN =
      new Markup() {
        @Override
        public String text(String plain) {
          return escapeMarkdown(plain);
        }

        @Override
        public String title(String plain) {
          return "‘" + escapeMarkdown(plain) + "’";
        }

        @Override
        public String link(String url) {
          // An autolink keeps the OSCOLA look; a URL that cannot be one becomes an ordinary link.
          return url.matches("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>]*")
              ? "<" + url + ">"
              : "["
                  + escapeMarkdown(url)
                  + "]("
                  + url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
                  + ")";
        }
      };

  static final Markup HTML =
      new Markup() {
        @Override
        public String text(String plain) {
          return escapeHtml(plain);
        }

        @Override
        public String title(String plain) {
          return "‘<cite>" + escapeHtml(plain) + "</cite>’";
        }

        @Override
        public String link(String url) {
          // Only web addresses become links: a javascript: URL in a manifest must not run in a
          // reader's page.
          String href = url.matches("(?i)(https?:|/).*") ? escapeHtml(url) : "#";
          return "&lt;<a href=\"" + href + "\">" + escapeHtml(url) + "</a>&gt;";
        }
      };

  /** The citation sentence, ending with a full stop. */
  static String sentence(Citation c, Markup m) {
    StringBuilder out = new StringBuilder();
    String writer = c.writer();
    String quoted = c.quotedBody();
    if (quoted != null) {
      // The body's words first, then where they were found: "Department for Work and Pensions (VTR
      // 2437), quoted in Obi Wan Kenobi, 'Work Programme ...'".
      out.append(m.text(quoted + " (" + c.speaker().quotedReference() + "), quoted in "));
      if (writer != null) {
        out.append(m.text(writer + ", "));
      }
    } else if (writer != null) {
      out.append(m.text(writer));
      if (c.voiceNote() != null) {
        out.append(m.text(" (" + c.voiceNote() + ")"));
      }
      out.append(m.text(", "));
    }
    out.append(m.title(c.document().title()));
    out.append(m.text(" (" + String.join(", ", parenthetical(c, writer)) + ")"));
    if (!c.pinpoint().isEmpty()) {
      out.append(m.text(" " + c.pinpoint()));
    }
    if (c.ocrNote() != null) {
      out.append(m.text(" (" + c.ocrNote() + ")"));
    }
    Citation.AttachedTo parent = c.attachedTo();
    if (parent != null) {
      // The attachment's own facts come first; the message it came with says where it was found.
      out.append(m.text(", attached to ")).append(m.title(parent.title()));
      if (!parent.description().isEmpty()) {
        out.append(m.text(" (" + parent.description() + ")"));
      }
    }
    String accessed = c.accessedInWords();
    if (c.document().url() != null) {
      out.append(' ').append(m.link(c.document().url()));
      if (accessed != null) {
        out.append(m.text(" accessed " + accessed));
      }
      out.append(m.text("; archived copy "));
    } else {
      out.append(m.text(", archived copy "));
    }
    out.append(m.link(c.copy().archiveUrl()));
    List<String> copy = new ArrayList<>();
    if (c.copy().sha256() != null) {
      copy.add("SHA-256 " + c.copy().sha256());
    }
    if (c.retrievedInWords() != null) {
      copy.add("retrieved " + c.retrievedInWords());
    }
    if (!copy.isEmpty()) {
      out.append(m.text(" (" + String.join(", ", copy) + ")"));
    }
    if (c.document().url() == null && accessed != null) {
      out.append(m.text(" accessed " + accessed));
    }
    out.append(m.text("; quote card ")).append(m.link(c.copy().cardUrl()));
    Citation.OfficialSource official = c.officialSource();
    if (official != null) {
      out.append(m.text("; the official source is held in the archive as "))
          .append(m.title(official.title()));
      if (official.reference() != null) {
        out.append(m.text(" (" + official.reference() + ")"));
      }
      out.append(' ').append(m.link(official.url()));
    }
    return out.append('.').toString();
  }

  /**
   * The exact words in double quotation marks, then the citation: what an adviser pastes into a
   * submission.
   */
  static String quoted(Citation c) {
    return "“" + c.text().strip() + "”\n\n" + sentence(c, PLAIN);
  }

  private static List<String> parenthetical(Citation c, String writer) {
    List<String> parts = new ArrayList<>();
    if (c.kindLabel() != null) {
      parts.add(c.kindLabel());
    }
    if (c.document().body() != null
        && (writer == null
            || !writer
                .toLowerCase(Locale.ROOT)
                .contains(c.document().body().toLowerCase(Locale.ROOT)))) {
      parts.add(c.document().body());
    }
    parts.addAll(c.document().references());
    parts.add(c.dateInWords());
    return parts;
  }

  /**
   * Escapes what HTML needs escaped in text and attribute values, and nothing more, so pasted HTML
   * stays legible.
   */
  static String escapeHtml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  /**
   * A line of quoted text in Markdown: specials escaped, and a leading "82." or "-" kept from
   * becoming a list.
   */
  static String markdownLine(String line) {
    return escapeMarkdown(line)
        .replaceFirst("^(\\s*\\d+)([.)])", "$1\\\\$2")
        .replaceFirst("^(\\s*)([-+=])", "$1\\\\$2");
  }

  private static String escapeMarkdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if ("\\`*_[]<>#|~".indexOf(ch) >= 0) {
        out.append('\\');
      }
      out.append(ch);
    }
    return out.toString();
  }
}
