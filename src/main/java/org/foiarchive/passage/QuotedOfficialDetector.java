package org.foiarchive.passage;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiarchive.corpus.OfficialReferences;

/**
 * Finds official wording reproduced inside commentary, a forum post or an annotation (a DWP reply
 * pasted into a blog, guidance paragraphs quoted on a forum), so that its passages get the voice
 * {@link Voice#QUOTED_OFFICIAL} with the reference the quote gives. It reads the lines of one part
 * and returns the line ranges that are quotations. The signals, each from how these pages are
 * really written:
 *
 * <ul>
 *   <li>a letter: a line naming an official sender or its furniture ("DWP Central Freedom of
 *       Information Team", "Our Ref:", "Case Reference Number", "Response from the Information
 *       Commissioner's Office", "Your right to complain under the Freedom of Information Act", a
 *       GOV.UK "Organisation: Department for Work and Pensions" line) opens it; "Yours sincerely"
 *       and its signature, a rule line, or the closing quotation mark ends it;
 *   <li>a sourced quotation: the text right above an official source line (a link to an FOI reply
 *       on WhatDoTheyKnow, to gov.uk, ico.org.uk or legislation.gov.uk; "Source: DWP Central FoI
 *       Team"; "ICO 15 May 2015"), back to its opening quotation mark or to where the writer's own,
 *       informal words stop; numbered guidance paragraphs or text hard-wrapped by a PDF right after
 *       such a link;
 *   <li>legislation pasted from legislation.gov.uk (numbers glued to the words: "17Work search
 *       requirement", "1The data subject");
 *   <li>in a post that otherwise runs each paragraph on one line, paragraphs hard-wrapped as a PDF
 *       reply is, that speak the Department's language.
 * </ul>
 *
 * A writer's own words (informal lines starting in lower case, first-person framing such as "They
 * say "...") stop a quotation. Stateless and thread-safe.
 */
public class QuotedOfficialDetector {
  /**
   * A quotation: lines {@code start} (inclusive) to {@code end} (exclusive), and the reference it
   * gives, or null.
   */
  public record Quote(int start, int end, String reference) {
    boolean contains(int line) {
      return line >= start && line < end;
    }
  }

  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
  private static final Pattern URL_LINE = Pattern.compile("^(?:https?://|www\\.)\\S+$");
  private static final Pattern RULE_LINE = Pattern.compile("^[\\p{Pd}_*=~·.•\\s]{3,}$");
  private static final Pattern LETTER_HEAD =
      Pattern.compile(
          "(?i)^(?:"
              + "DWP\\b.{0,40}\\b(?:Freedom of Information|FoI|FOI) Team\\.?"
              + "|Department for Work (?:and|&) Pensions\\.?"
              + "|Information Commissioner['’]s Office\\.?"
              + "|Response from the Information Commissioner.*"
              + "|Our Ref(?:erence)?\\s*:.*"
              + "|Case Reference Number\\b.*"
              + "|Your right to complain under the Freedom of Information Act.*"
              + "|Organisation:\\s*(?:Department for Work|DWP|Information Commissioner).*)$");
  private static final Pattern PRESS_RELEASE = Pattern.compile("(?i)^Press release\\b.*");
  private static final Pattern CLOSING =
      Pattern.compile("(?i)\\bYours (?:sincerely|faithfully)\\b,?\\s*$");
  private static final Pattern ATTRIBUTION =
      Pattern.compile(
          "(?i)^(?:(?:Source|From)\\s*:\\s*(?:DWP|Department for Work|"
              + "ICO\\b|Information Commissioner|.*Freedom of Information|.*FoI Team).*"
              + "|(?:ICO|DWP|Information Commissioner['’]s Office)\\b[\\s,–-]*\\d{1,2}\\s+[A-Z][a-z]+\\s+\\d{4})$");
  private static final Pattern LABELLED =
      Pattern.compile(
          "^(?:\\d{5}\\s|[A-Z]\\d{4}\\s|\\d{1,3}\\.\\s?[A-Z]|\\d{1,3}(?:\\.\\d{1,3})+\\s|\\d{1,3}[A-Z]?(?:\\(\\d{1,2}\\))?[A-Z][a-z]"
              + "|\\(\\d{1,2}\\)|\\([a-h]\\)|SCHEDULE\\s+\\d)");
  private static final Pattern LEGISLATION_START =
      Pattern.compile("^(?:\\d{1,3}[A-Z]?(?:\\(\\d{1,2}\\))?[A-Z][a-z]{2,}|SCHEDULE\\s+\\d+)");
  private static final Pattern OPENING_QUOTE = Pattern.compile("^[\"“‘]");
  private static final Pattern FRAMED_QUOTE =
      Pattern.compile("(?i)\\b(?:say|says|said|states?|stated|wrote|writes)\\b.{0,12}[\"“]");
  private static final Pattern OFFICIAL_WORDS =
      Pattern.compile(
          "\\b(?:DWP|Department|Secretary of State|Regulations|Providers?|Jobcentre|Act \\d{4}|claimants?|participants?)\\b");

  /** "inFOI 711" as a capture glued it still names FOI 711. */
  private static final Pattern DWP_REF =
      Pattern.compile("(?i)(?:\\b|(?<=\\bin))" + OfficialReferences.DWP_REQUEST + "\\b");

  private static final Pattern FILE_NUMBER =
      Pattern.compile("(?i)^(?:WDTK\\s+(\\d{2,5})\\b|(\\d{2,5})\\s+(?:Response|Reply)\\b)");
  private static final Pattern OUR_REF =
      Pattern.compile("(?i)\\bOur Ref(?:erence)?\\s*:?\\s*([A-Z]{2,4}\\s?[\\d*]{2,7}(?:/\\d{2})?)");
  private static final Pattern CASE_REF =
      Pattern.compile("(?i)\\bCase Reference(?: Number)?\\s*:?\\s*(\\S+)|\\[Ref\\.?\\s*([^\\]]+)]");
  private static final Pattern LIST_ITEM = Pattern.compile("^(?:[a-h]\\)|[ivx]{1,4}\\))");
  private static final int WRAP_MIN = 45;
  private static final int WRAP_MAX = 115;
  private static final int LONG_LINE = 130;

  /**
   * The quotations in the lines of one part (lines as {@link PassageSplitter#normalize} gives
   * them).
   */
  public List<Quote> find(String[] rawLines) {
    String[] lines = new String[rawLines.length];
    for (int i = 0; i < rawLines.length; i++) {
      lines[i] = rawLines[i].strip().replaceAll(" {2,}", " ");
    }
    boolean[] proper = properLines(lines);
    List<Quote> quotes = new ArrayList<>();
    letters(lines, quotes);
    sourced(lines, proper, quotes);
    legislation(lines, proper, quotes);
    wrappedReplies(lines, proper, quotes);
    quotes.sort(Comparator.comparingInt(Quote::start));
    return quotes;
  }

  // --- letters
  // -------------------------------------------------------------------------------------

  private static void letters(String[] lines, List<Quote> quotes) {
    for (int i = 0; i < lines.length; i++) {
      String line = unquoted(lines[i]);
      if (!LETTER_HEAD.matcher(line).matches() || covered(quotes, i)) {
        continue;
      }
      int start = i;
      if (line.toLowerCase(Locale.ROOT).startsWith("organisation:")) {
        for (int k = previousNonBlank(lines, i), n = 0;
            k >= 0 && n < 2;
            k = previousNonBlank(lines, k), n++) {
          if (PRESS_RELEASE.matcher(lines[k]).matches()) {
            start = k;
          }
        }
      }
      int end = letterEnd(lines, i);
      if (OPENING_QUOTE.matcher(lines[start]).find() || OPENING_QUOTE.matcher(lines[i]).find()) {
        end = Math.max(end, closingQuote(lines, i, end));
      }
      quotes.add(new Quote(start, end, letterReference(lines, start, end)));
      i = end - 1;
    }
  }

  /**
   * After "Yours sincerely" and its signature; else at a rule line; else at the end of the part.
   */
  private static int letterEnd(String[] lines, int from) {
    for (int i = from + 1; i < lines.length; i++) {
      if (RULE_LINE.matcher(lines[i]).matches()) {
        return i;
      }
      if (CLOSING.matcher(lines[i]).find()) {
        int end = i + 1;
        int k = end;
        while (k < lines.length && lines[k].isEmpty()) {
          k++;
        }
        int taken = 0;
        while (k < lines.length
            && !lines[k].isEmpty()
            && taken < 5
            && lines[k].length() <= 80
            && !RULE_LINE.matcher(lines[k]).matches()
            && !URL_LINE.matcher(lines[k]).matches()) {
          k++;
          taken++;
          end = k;
        }
        return end;
      }
    }
    return lines.length;
  }

  /** The line that closes a quotation opened at {@code from}, if one does within the part. */
  private static int closingQuote(String[] lines, int from, int atLeast) {
    for (int i = Math.max(from, atLeast - 1); i < lines.length; i++) {
      if (lines[i].endsWith("\"") || lines[i].endsWith("”")) {
        return i + 1;
      }
    }
    return atLeast;
  }

  private static String letterReference(String[] lines, int start, int end) {
    String text = String.join("\n", Arrays.copyOfRange(lines, start, end));
    Matcher ours = OUR_REF.matcher(text);
    if (ours.find()) {
      return ours.group(1).strip();
    }
    Matcher ico = CASE_REF.matcher(text);
    if (ico.find()) {
      return (ico.group(1) != null ? ico.group(1) : ico.group(2)).strip();
    }
    return dwpReference(text);
  }

  // --- quotations with a source ------------------------------------------------------------------

  private static void sourced(String[] lines, boolean[] proper, List<Quote> quotes) {
    // A source line below a quotation is the stronger sign, so those are found first.
    for (int a = 0; a < lines.length; a++) {
      Anchor anchor = anchor(lines[a]);
      if (anchor != null && !covered(quotes, a)) {
        backward(lines, proper, quotes, a, anchor);
      }
    }
    for (int a = 0; a < lines.length; a++) {
      Anchor anchor = anchor(lines[a]);
      if (anchor != null
          && anchor.url != null
          && anchor.strength != Strength.NONE
          && !covered(quotes, a)) {
        forward(lines, proper, quotes, a, anchor);
      }
    }
  }

  private enum Strength {
    /** An FOI reply, gov.uk, the ICO, legislation: whatever is quoted above it is official. */
    OFFICIAL,
    /**
     * A WhatDoTheyKnow request page: official only for numbered guidance or text wrapped like a
     * PDF.
     */
    WEAK,
    NONE
  }

  private record Anchor(String url, String attribution, Strength strength) {
    /**
     * The reply's number from its file name, else one the quotation states, else the link or
     * attribution.
     */
    String reference(String[] lines, int from, int to) {
      String fromFile = url == null ? null : fileReference(url);
      if (fromFile != null) {
        return fromFile;
      }
      String stated = dwpReference(String.join(" ", Arrays.copyOfRange(lines, from, to)));
      if (stated != null) {
        return stated;
      }
      return url != null ? url : attribution;
    }
  }

  private static Anchor anchor(String line) {
    if (ATTRIBUTION.matcher(line).matches()) {
      return new Anchor(
          null, line.replaceFirst("(?i)^(?:Source|From)\\s*:\\s*", ""), Strength.OFFICIAL);
    }
    if (URL_LINE.matcher(line).matches()) {
      return new Anchor(line, null, strength(line));
    }
    return null;
  }

  static Strength strength(String url) {
    String host;
    String path;
    try {
      URI uri =
          URI.create(
              url.startsWith("www.")
                  ? "http://" + url
                  : url.replace(" ", "%20").replaceAll("\\.{3}$", ""));
      host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      path = uri.getRawPath() == null ? "" : uri.getRawPath();
    } catch (IllegalArgumentException e) {
      return Strength.NONE;
    }
    if (host.endsWith("whatdotheyknow.com")) {
      return path.contains("/response/") || path.contains("/attach/")
          ? Strength.OFFICIAL
          : Strength.WEAK;
    }
    if (host.endsWith(".gov.uk")
        || host.equals("gov.uk")
        || host.endsWith("ico.org.uk")
        || host.endsWith("parliament.uk")) {
      return Strength.OFFICIAL;
    }
    return Strength.NONE;
  }

  /**
   * The text just above a source line, back to its opening quotation mark or the writer's own
   * words.
   */
  private static void backward(
      String[] lines, boolean[] proper, List<Quote> quotes, int a, Anchor anchor) {
    if (anchor.strength == Strength.NONE) {
      return;
    }
    int last = a - 1;
    while (last >= 0 && anchor(lines[last]) != null && !lines[last].isEmpty()) {
      last--; // a link and an attribution line together: the quotation is above both
    }
    if (last < 0 || lines[last].isEmpty() || covered(quotes, last)) {
      return;
    }
    boolean wrappedMode = last > 0 && isWrapped(lines, last - 1);
    int first = last + 1;
    for (int j = last; j >= 0; j--) {
      String line = lines[j];
      if (line.isEmpty()
          || RULE_LINE.matcher(line).matches()
          || URL_LINE.matcher(line).matches()
          || covered(quotes, j)
          || !proper[j]
          || endsWithLink(line)) {
        break;
      }
      boolean startsParagraph = j == 0 || startsParagraph(lines, j);
      if (wrappedMode && j < last - 1 && startsParagraph && !isWrapped(lines, j)) {
        break; // a one-line paragraph above a PDF-wrapped quotation is the writer's own
      }
      first = j;
      if (OPENING_QUOTE.matcher(line).find()) {
        break;
      }
    }
    if (first > last) {
      return;
    }
    // One unquoted line above a link is as likely the writer's summary of it as a quotation from
    // it.
    boolean marked =
        OPENING_QUOTE.matcher(lines[first]).find()
            || wrappedMode
            || hasLabel(lines, first, last + 1);
    boolean evidence =
        anchor.strength == Strength.WEAK
            ? wrappedMode || hasLabel(lines, first, last + 1)
            : marked
                || last > first
                || anchor.attribution != null
                || anchor.url.contains("/response/")
                || anchor.url.contains("/attach");
    if (evidence && !framed(lines[first])) {
      quotes.add(new Quote(first, last + 1, anchor.reference(lines, first, last + 1)));
    }
  }

  /** Numbered guidance paragraphs or PDF-wrapped text right after a source link. */
  private static void forward(
      String[] lines, boolean[] proper, List<Quote> quotes, int a, Anchor anchor) {
    int first = nextNonBlank(lines, a);
    if (first < 0
        || covered(quotes, first)
        || !proper[first]
        || URL_LINE.matcher(lines[first]).matches()) {
      return;
    }
    int end;
    if (isWrapped(lines, first)
        && (isWrapped(lines, first + 1)
            || Character.isLowerCase(lines[first + 1].codePointAt(0)))) {
      end = first;
      while (end < lines.length
          && !lines[end].isEmpty()
          && !URL_LINE.matcher(lines[end]).matches()
          && (end == first || isWrapped(lines, end - 1) || isWrapped(lines, end))
          && proper[end]) {
        end++;
      }
    } else {
      end = numberedRun(lines, proper, first);
    }
    if (end > first) {
      quotes.add(new Quote(first, end, anchor.reference(lines, first, end)));
    }
  }

  /**
   * Numbered paragraphs (with their sub-items and the short headings between them) from {@code
   * first}; unnumbered paragraphs count only when more numbered ones follow. Returns the end, or
   * {@code first} when no numbered paragraph comes soon enough.
   */
  private static int numberedRun(String[] lines, boolean[] proper, int first) {
    int end = first;
    int unlabelledParagraphs = 0;
    boolean sawLabel = false;
    for (int i = first; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      if (URL_LINE.matcher(line).matches() || RULE_LINE.matcher(line).matches() || !proper[i]) {
        break;
      }
      if (LABELLED.matcher(line).find()) {
        sawLabel = true;
        unlabelledParagraphs = 0;
        end = i + 1;
      } else if (startsParagraph(lines, i) || i > 0 && lines[i - 1].isEmpty()) {
        if (!sawLabel && line.length() > 60) {
          return first; // the writer's own paragraph, not a heading over quoted paragraphs
        }
        if (++unlabelledParagraphs > 2) {
          break;
        }
      } else if (unlabelledParagraphs == 0) {
        end = i + 1; // the continuation of a numbered paragraph
      }
    }
    return sawLabel ? end : first;
  }

  // --- legislation
  // ---------------------------------------------------------------------------------

  private static void legislation(String[] lines, boolean[] proper, List<Quote> quotes) {
    for (int i = 0; i < lines.length; i++) {
      if (covered(quotes, i) || !LEGISLATION_START.matcher(lines[i]).find()) {
        continue;
      }
      int end = i + 1;
      int labelled = 1;
      for (int k = i + 1; k < lines.length; k++) {
        String line = lines[k];
        if (line.isEmpty()) {
          continue;
        }
        if (covered(quotes, k)
            || URL_LINE.matcher(line).matches()
            || RULE_LINE.matcher(line).matches()
            || !proper[k]) {
          break;
        }
        if (LABELLED.matcher(line).find()) {
          labelled++;
          end = k + 1;
        } else if (!startsParagraph(lines, k)
            || !lines[k - 1].isEmpty() && !endsSentence(lines[previousNonBlank(lines, k)])) {
          end = k + 1;
        } else {
          break;
        }
      }
      if (labelled >= 2) {
        int next = nextNonBlank(lines, end - 1);
        String ref =
            next >= 0
                    && URL_LINE.matcher(lines[next]).matches()
                    && strength(lines[next]) == Strength.OFFICIAL
                ? lines[next]
                : null;
        quotes.add(new Quote(i, end, ref));
        i = end - 1;
      }
    }
  }

  // --- PDF-wrapped replies inside one-line-per-paragraph posts
  // ---------------------------------------

  private static void wrappedReplies(String[] lines, boolean[] proper, List<Quote> quotes) {
    boolean mixed = false;
    for (String line : lines) {
      mixed |= line.length() > LONG_LINE;
    }
    if (!mixed) {
      return;
    }
    for (int i = 0; i < lines.length; i++) {
      if (covered(quotes, i)
          || !isWrapped(lines, i)
          || !proper[i]
          || i > 0 && isWrapped(lines, i - 1)
          || !startsParagraph(lines, i) && i > 0 && !lines[i - 1].isEmpty()) {
        continue;
      }
      int end = i;
      while (end < lines.length
          && !lines[end].isEmpty()
          && !URL_LINE.matcher(lines[end]).matches()
          && lines[end].length() <= WRAP_MAX
          && (end == i || isWrapped(lines, end - 1))
          && !covered(quotes, end)) {
        end++;
      }
      // Successive wrapped paragraphs of one reply belong together.
      while (end < lines.length && isWrapped(lines, end) && !covered(quotes, end)) {
        int k = end;
        while (k < lines.length
            && !lines[k].isEmpty()
            && lines[k].length() <= WRAP_MAX
            && (k == end || isWrapped(lines, k - 1))) {
          k++;
        }
        end = k;
      }
      String text = String.join(" ", Arrays.copyOfRange(lines, i, end));
      int widest = 0;
      for (int k = i; k < end - 1; k++) {
        widest = Math.max(widest, lines[k].length());
      }
      if (end - i >= 2
          && widest >= 70
          && OFFICIAL_WORDS.matcher(text).find()
          && !framed(lines[i])) {
        quotes.add(new Quote(i, end, dwpReference(text)));
        i = end - 1;
      }
    }
  }

  // --- line features
  // -------------------------------------------------------------------------------

  /**
   * Which lines are written properly (capital letter, number, quotation mark or bracket first, or
   * the continuation of such a line) rather than in the loose style of a writer's own forum lines.
   */
  static boolean[] properLines(String[] lines) {
    boolean[] proper = new boolean[lines.length];
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        proper[i] = true;
        continue;
      }
      int c = line.codePointAt(0);
      if (!Character.isLowerCase(c)) {
        proper[i] = true;
        continue;
      }
      int prev = previousNonBlank(lines, i);
      // Lower case after a line that did not end its sentence (a wrapped line, a list after "we
      // will:") is fine.
      proper[i] =
          prev >= 0
              && !lines[prev].matches(".*[.!?…][\"'”’)\\]]*$")
              && !URL_LINE.matcher(lines[prev]).matches()
              && proper[prev];
    }
    return proper;
  }

  /** The line is filled to a PDF's width and runs on into the next. */
  private static boolean isWrapped(String[] lines, int i) {
    if (i < 0 || i + 1 >= lines.length) {
      return false;
    }
    String line = lines[i];
    String next = lines[i + 1];
    return line.length() >= WRAP_MIN
        && line.length() <= WRAP_MAX
        && !next.isEmpty()
        && Character.isLetterOrDigit(next.codePointAt(0))
        && !LIST_ITEM.matcher(next).find()
        && !URL_LINE.matcher(next).matches()
        && !URL_LINE.matcher(line).matches()
        && (!endsSentence(line) || Character.isLowerCase(next.codePointAt(0)));
  }

  private static boolean startsParagraph(String[] lines, int i) {
    int prev = previousNonBlank(lines, i);
    return prev < 0
        || endsSentence(lines[prev])
        || URL_LINE.matcher(lines[prev]).matches()
        || !Character.isLowerCase(lines[i].codePointAt(0)) && prev != i - 1;
  }

  private static boolean endsSentence(String line) {
    return line.matches(".*[.!?:…][\"'”’)\\]]*$");
  }

  private static boolean endsWithLink(String line) {
    Matcher m = URL.matcher(line);
    return m.find()
        && line.endsWith(m.group())
        && m.start() > 0
        && strength(m.group()) == Strength.NONE;
  }

  private static boolean hasLabel(String[] lines, int from, int to) {
    for (int i = from; i < to; i++) {
      if (LABELLED.matcher(lines[i]).find()) {
        return true;
      }
    }
    return false;
  }

  /** "They say "..." is the writer introducing a quotation in their own words. */
  private static boolean framed(String line) {
    Matcher m = FRAMED_QUOTE.matcher(line);
    return m.find() && m.start() > 0;
  }

  private static String unquoted(String line) {
    return line.replaceFirst("^[\"“‘]+", "").strip();
  }

  private static boolean covered(List<Quote> quotes, int line) {
    for (Quote q : quotes) {
      if (q.contains(line)) {
        return true;
      }
    }
    return false;
  }

  private static int previousNonBlank(String[] lines, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (!lines[k].isEmpty()) {
        return k;
      }
    }
    return -1;
  }

  private static int nextNonBlank(String[] lines, int i) {
    for (int k = i + 1; k < lines.length; k++) {
      if (!lines[k].isEmpty()) {
        return k;
      }
    }
    return -1;
  }

  // --- references
  // ----------------------------------------------------------------------------------

  private static String dwpReference(String text) {
    Matcher m = DWP_REF.matcher(text);
    return m.find() ? m.group(1).toUpperCase(Locale.ROOT) + " " + m.group(2) : null;
  }

  /**
   * An FOI number in a reply's file name ("5028 Response.pdf", "WDTK 4024.pdf", "IR 515 reply.pdf",
   * "FoI IR 188 10.10.11.pdf").
   */
  static String fileReference(String url) {
    String path = url.replaceFirst("[?#].*$", "");
    String name =
        URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8)
            .replaceFirst("(?i)(\\.pdf)?\\.html?$", "")
            .replaceFirst("(?i)\\.(pdf|docx?|xlsx?)$", "");
    String ref = dwpReference(name);
    if (ref != null) {
      return ref;
    }
    Matcher m = FILE_NUMBER.matcher(name);
    return m.find() ? "FOI " + (m.group(1) != null ? m.group(1) : m.group(2)) : null;
  }
}
