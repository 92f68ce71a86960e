package org.foiarchive.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An e-mail's text cut where it quotes or forwards earlier messages, so that a public body's reply
 * is not read as the author of the request it quotes below its signature. Mail clients mark an
 * earlier message in four ways, all recognised here: a separator ("-----Original Message-----",
 * "---------- Forwarded message ---------", "Begin forwarded message:"), Outlook's block of
 * "From:", "Sent:", "To:", "Subject:" lines, an attribution ("On 3 Jul 2023, Sam wrote:"), and
 * lines that begin with '>'. Everything below a separator, a header block or an attribution that is
 * not followed by '>' lines is the earlier message (replies are written above what they quote); a
 * run of '>' lines is a quote and the text after it the reply's own again (a reply written between
 * the lines it answers). Quotes inside quotes are earlier messages of their own, each with the
 * sender and date its header gives.
 */
final class QuotedMessages {
  /** How deep quotes inside quotes are followed; deeper, the text stays in the quote around it. */
  static final int MAX_DEPTH = 12;

  /** How many lines an Outlook header block may take before the first line of its message. */
  private static final int MAX_HEADER_LINES = 10;

  /** The longest attribution line (or two lines) read as one: longer, it is a sentence. */
  private static final int MAX_ATTRIBUTION_CHARS = 300;

  private static final Pattern SEPARATOR =
      Pattern.compile(
          "^\\s*(?:-{2,}\\s*(?:original message|forwarded message)\\s*-{2,}"
              + "|begin forwarded message:)\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** Outlook's rule above a header block in messages written as HTML. */
  private static final Pattern RULE = Pattern.compile("^\\s*_{8,}\\s*$");

  /** A header line of a quoted message: "From: …", "*Sent:* …" (bold kept as asterisks). */
  private static final Pattern HEADER =
      Pattern.compile(
          "^\\s*\\*?(From|Sent|Date|To|Cc|Bcc|Subject|Reply-To|Importance)\\*?:\\*?\\s*(.*)$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ATTRIBUTION =
      Pattern.compile("^\\s*On\\s+(.+?)\\s+wrote:\\s*$", Pattern.CASE_INSENSITIVE);

  /** "Sam Adviser wrote:" above quoted lines, as some clients and people write it. */
  private static final Pattern NAME_WROTE =
      Pattern.compile("^\\s*(\\S.{0,80}?)\\s+wrote:\\s*$", Pattern.CASE_INSENSITIVE);

  private static final Pattern ADDRESS =
      Pattern.compile("(?:<|\\[mailto:|\\()?([\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+)(?:>|]|\\))?");

  /** A time of day in an attribution, before the sender's name ("at 11:02", "11:02 AM"). */
  private static final Pattern TIME =
      Pattern.compile("\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*[AP]M)?", Pattern.CASE_INSENSITIVE);

  private QuotedMessages() {}

  /**
   * Who sent an earlier message and when, as its header or attribution gives them; all null for a
   * quote that names nobody.
   *
   * @param date the date as ISO 8601, or null
   */
  record Sender(String name, String address, String date) {
    static final Sender UNKNOWN = new Sender(null, null, null);

    /** The name a reader knows the sender by: the display name, else the address. */
    String label() {
      return name != null ? name : address;
    }
  }

  /**
   * A stretch of the message's text in reading order.
   *
   * @param quoted false for the message's own words, true for an earlier message it quotes
   * @param sender who wrote a quoted stretch, as far as its header says; unknown for own words
   */
  record Piece(boolean quoted, Sender sender, String text) {}

  /** The message's own words and the earlier messages it quotes, in reading order. */
  static List<Piece> of(String body) {
    List<Piece> pieces = new ArrayList<>();
    read(List.of(body.split("\\r?\\n", -1)), null, 0, pieces);
    return pieces;
  }

  /** True when the text quotes nothing: the whole message is its own words. */
  static boolean quotesNothing(List<Piece> pieces) {
    return pieces.stream().noneMatch(Piece::quoted);
  }

  private static void read(List<String> lines, Sender quoting, int depth, List<Piece> out) {
    List<String> text = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Start start = depth < MAX_DEPTH ? startAt(lines, i) : null;
      if (start != null) {
        flush(quoting, text, out);
        int next = nextNonBlank(lines, start.firstLine());
        if (start.attribution() && next < lines.size() && isQuoteLine(lines.get(next))) {
          int end = quoteRunEnd(lines, next);
          read(unquoted(lines.subList(next, end)), start.sender(), depth + 1, out);
          i = end;
          continue;
        }
        read(
            unquoted(lines.subList(start.firstLine(), lines.size())),
            start.sender(),
            depth + 1,
            out);
        return;
      }
      if (depth < MAX_DEPTH && isQuoteLine(lines.get(i))) {
        flush(quoting, text, out);
        int end = quoteRunEnd(lines, i);
        read(unquoted(lines.subList(i, end)), Sender.UNKNOWN, depth + 1, out);
        i = end;
        continue;
      }
      text.add(lines.get(i));
      i++;
    }
    flush(quoting, text, out);
  }

  private static void flush(Sender quoting, List<String> text, List<Piece> out) {
    String joined = String.join("\n", text).strip();
    text.clear();
    if (!joined.isEmpty()) {
      out.add(new Piece(quoting != null, quoting == null ? Sender.UNKNOWN : quoting, joined));
    }
  }

  /**
   * Where an earlier message starts at line {@code i}.
   *
   * @param firstLine the first line of the earlier message's text, after its header
   * @param attribution true for an "On … wrote:" line, whose quote may end before the message does
   */
  private record Start(Sender sender, int firstLine, boolean attribution) {}

  private static Start startAt(List<String> lines, int i) {
    String line = lines.get(i);
    if (SEPARATOR.matcher(line).matches()) {
      return headerBlock(lines, nextNonBlank(lines, i + 1), true);
    }
    if (RULE.matcher(line).matches()) {
      int next = nextNonBlank(lines, i + 1);
      Start block = headerBlock(lines, next, false);
      return block != null && block.firstLine() > next ? block : null;
    }
    Start block = headerBlock(lines, i, false);
    if (block != null && block.firstLine() > i) {
      return block;
    }
    return attribution(lines, i);
  }

  /**
   * The header lines from line {@code i} on, read into a sender. Without a separator above them,
   * only a block that names a sender, a date, and a recipient or subject counts: a letter's own
   * "Subject:" line is not an earlier message.
   */
  private static Start headerBlock(List<String> lines, int i, boolean afterSeparator) {
    String from = null;
    String date = null;
    boolean recipientOrSubject = false;
    int line = i;
    while (line < lines.size() && line - i < MAX_HEADER_LINES) {
      Matcher header = HEADER.matcher(lines.get(line));
      if (!header.matches()) {
        break;
      }
      String key = header.group(1).toLowerCase(Locale.ROOT);
      String value = header.group(2).strip();
      switch (key) {
        case "from" -> from = from == null ? value : from;
        case "sent", "date" -> date = date == null ? Dates.findInHeader(value) : date;
        case "to", "cc", "subject" -> recipientOrSubject = true;
        default -> {
          // Bcc, Reply-To, Importance: part of the block, nothing a reader needs
        }
      }
      line++;
    }
    // A table's "From: 1 April 2013 / To: 31 March 2014" is a period, not a sender: a block names
    // someone, when it was sent, and to whom or about what, as every mail client writes it.
    boolean isBlock =
        from != null && Dates.findInHeader(from) == null && date != null && recipientOrSubject;
    if (!isBlock && !afterSeparator) {
      return null;
    }
    Sender sender = from == null ? new Sender(null, null, date) : withDate(senderOf(from), date);
    return new Start(sender, line, false);
  }

  /**
   * An attribution at line {@code i}, on one line or wrapped over two. Followed by '>' lines any
   * attribution introduces them; followed by plain text, only one a mail client wrote (with the
   * sender's address or the time) does, since a letter's "On 14 February you wrote:" goes on to
   * answer in its own words.
   */
  private static Start attribution(List<String> lines, int i) {
    String line = lines.get(i);
    int next = i + 1;
    Matcher said = ATTRIBUTION.matcher(line);
    if (!said.matches()
        && next < lines.size()
        && line.strip().regionMatches(true, 0, "On ", 0, 3)) {
      // Clients wrap a long attribution: "On Mon, 3 Jul 2023 at 11:02, Sam Adviser <" / "…>
      // wrote:".
      line = line.strip() + " " + lines.get(next).strip();
      next++;
      said = ATTRIBUTION.matcher(line);
    }
    if (!said.matches()) {
      // only the one line: "Sam Adviser wrote:" counts when quoted lines follow it
      line = lines.get(i);
      next = i + 1;
      said = NAME_WROTE.matcher(line);
    }
    if (!said.matches() || line.length() > MAX_ATTRIBUTION_CHARS) {
      return null;
    }
    boolean byClient =
        said.pattern() == ATTRIBUTION
            && (ADDRESS.matcher(said.group(1)).find() || TIME.matcher(said.group(1)).find());
    int quote = nextNonBlank(lines, next);
    boolean quoteLinesFollow = quote < lines.size() && isQuoteLine(lines.get(quote));
    return byClient || quoteLinesFollow ? new Start(attributed(said.group(1)), next, true) : null;
  }

  /** The sender and date in what an attribution says between "On" and "wrote:". */
  private static Sender attributed(String said) {
    String date = Dates.findInHeader(said);
    Matcher address = ADDRESS.matcher(said);
    String mail = null;
    String beforeAddress = said;
    if (address.find()) {
      mail = address.group(1);
      // a wrapped attribution leaves the address's bracket apart from it: "Sam Adviser < sam@…>"
      beforeAddress = said.substring(0, address.start()).replaceFirst("[\\s<\\[(]+$", "");
    }
    // The name is what follows the date and time: after the last comma, or after the time.
    String name = beforeAddress;
    int comma = name.lastIndexOf(',');
    if (comma >= 0) {
      name = name.substring(comma + 1);
    }
    Matcher time = TIME.matcher(name);
    int afterTime = -1;
    while (time.find()) {
      afterTime = time.end();
    }
    if (afterTime >= 0) {
      name = name.substring(afterTime);
    }
    name = MailMessage.cleanName(name.replaceFirst("^\\s*(?:at|,)\\s+", ""));
    if (name != null && (Dates.find(name) != null || !name.matches(".*\\p{L}.*"))) {
      name = null;
    }
    return new Sender(name, mail, date);
  }

  /** "Jane Claimant <jane@example.org>", "Smith, John [mailto:john@x.gov.uk]" or an address. */
  static Sender senderOf(String from) {
    Matcher address = ADDRESS.matcher(from);
    if (!address.find()) {
      return new Sender(MailMessage.cleanName(from), null, null);
    }
    // Outlook may give the address twice: "foi@dwp.gov.uk [mailto:foi@dwp.gov.uk]"
    String name = MailMessage.cleanName(ADDRESS.matcher(from).replaceAll(" ").strip());
    return new Sender(name, address.group(1).toLowerCase(Locale.ROOT), null);
  }

  private static Sender withDate(Sender sender, String date) {
    return new Sender(sender.name(), sender.address(), date);
  }

  private static boolean isQuoteLine(String line) {
    return line.startsWith(">");
  }

  /** The end of a run of '>' lines, blank lines inside it included. */
  private static int quoteRunEnd(List<String> lines, int i) {
    int end = i;
    int line = i;
    while (line < lines.size()) {
      if (isQuoteLine(lines.get(line))) {
        end = line + 1;
      } else if (!lines.get(line).isBlank()) {
        break;
      }
      line++;
    }
    return end;
  }

  /** The lines with one level of '>' taken off, when every line that has text has one. */
  private static List<String> unquoted(List<String> lines) {
    boolean allQuoted =
        lines.stream().filter(l -> !l.isBlank()).allMatch(QuotedMessages::isQuoteLine);
    if (!allQuoted) {
      return lines;
    }
    return lines.stream()
        .map(l -> l.isBlank() ? "" : l.startsWith("> ") ? l.substring(2) : l.substring(1))
        .toList();
  }

  private static int nextNonBlank(List<String> lines, int i) {
    int line = i;
    while (line < lines.size() && lines.get(line).isBlank()) {
      line++;
    }
    return line;
  }
}
