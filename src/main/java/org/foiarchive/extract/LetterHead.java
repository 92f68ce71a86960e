package org.foiarchive.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiarchive.corpus.Provenance;
import org.foiarchive.corpus.PublicBodies;
import org.foiarchive.corpus.SourceKind;

/**
 * What a letter says about itself around its greeting: who sent it (a public body named in its
 * letterhead or under its closing), who signed it, its date, its own reference and its subject
 * line. Read from the text of a letter's first page, typed or read by OCR, so that a letter
 * imported as it came (a scanned reply, a PDF saved from an e-mail) is filed and cited by what it
 * says rather than by its file's name. Text with no "Dear …" near its top is not a letter and gives
 * nothing.
 *
 * @param publisher the public body that sent it, as {@link PublicBodies} names it, or null
 * @param author the first line under the closing (a name or a team), or null
 * @param date the letter's date as ISO 8601, or null
 * @param references the sender's references ("Our ref: FOI 2437"), as printed
 * @param subject the subject line, or null
 */
public record LetterHead(
    String publisher, String author, String date, List<String> references, String subject) {

  /**
   * A greeting further down than this many lines is not a letter's: a report quoting one, a forum
   * post.
   */
  static final int MAX_LINES_ABOVE_GREETING = 40;

  /**
   * A letter's sender names itself in its first lines; a body named further down the head is its
   * addressee (a claimant's letter to the DWP puts the DWP's address under their own).
   */
  static final int LETTERHEAD_LINES = 3;

  /**
   * A letterhead's lines are a name, an address, a date; a line longer than this above the greeting
   * is prose, and more than {@value #MAX_PROSE_LINES_ABOVE_GREETING} such lines make the text an
   * article that quotes a letter, not a letter (a blog post with a template letter in it).
   */
  static final int MAX_HEAD_LINE_CHARS = 120;

  /** One long line is allowed: WhatDoTheyKnow's note above an attachment's text version. */
  static final int MAX_PROSE_LINES_ABOVE_GREETING = 1;

  /** A line naming the sender at the top is a name, not a sentence that mentions the body. */
  static final int MAX_LETTERHEAD_LINE_WORDS = 8;

  /** The signature under "Yours sincerely": a name, a role, a team. */
  static final int SIGNATURE_LINES = 4;

  /**
   * Longer than this, a line under the closing is the letter's footer or a sentence, not a name.
   */
  static final int MAX_SIGNATURE_CHARS = 60;

  static final int MAX_SUBJECT_WORDS = 16;
  static final int MAX_SUBJECT_CHARS = 120;
  static final int MAX_REFERENCE_CHARS = 40;

  private static final Pattern GREETING = Pattern.compile("^Dear\\b.{0,80}$");

  private static final Pattern CLOSING =
      Pattern.compile(
          "^(?:Yours (?:sincerely|faithfully|truly)|(?:Kind|Best|Warm) regards|Regards)\\b[,.]?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern DWP =
      Pattern.compile(
          "\\b(?:(?i:Department for Work (?:and|&) Pensions)|DWP|(?i:Jobcentre)(?: Plus)?|JCP)\\b");

  private static final Pattern ICO =
      Pattern.compile("\\b(?:(?i:Information Commissioner(?:'|’)?s Office)|ICO)\\b");

  /** An address line naming its recipient ("To: DWP"), not its sender. */
  private static final Pattern ADDRESSED = Pattern.compile("^(?:To|FAO|For the attention of)\\b");

  /** "Date: 2 April 2014", "Dated 2nd April 2014"; not "Date of birth …". */
  private static final Pattern DATE_LABEL =
      Pattern.compile(
          "\\bDated?\\s*[:.]?\\s*((?:\\p{L}+day,?\\s+)?\\d.*)$", Pattern.CASE_INSENSITIVE);

  /**
   * The sender's own reference: "Our ref: …", "Our reference …", "Case Reference Number …",
   * "Reference: …"; never "Your ref", which is the recipient's.
   */
  private static final Pattern REFERENCE_LABEL =
      Pattern.compile(
          "(?:\\bOur\\s+ref(?:erence)?|\\bCase\\s+ref(?:erence)?(?:\\s+(?:number|no))?"
              + "|^Ref(?:erence)?(?:\\s+(?:number|no))?)\\b\\.?\\s*[:.]?\\s*(\\S.*)$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SUBJECT_LABEL =
      Pattern.compile("^(?:Re|Subject)\\s*[:.\\-]\\s*(\\S.*)$", Pattern.CASE_INSENSITIVE);

  /** Where a reference printed in a column ends: a gap, or the recipient's reference beside it. */
  private static final Pattern REFERENCE_END =
      Pattern.compile("\\s{2,}|\\s+(?i:your\\s+ref)|\\s+(?i:date)\\b");

  /**
   * What OCR makes of specks beside a line (a quote mark, a bar, a dash) and the punctuation that
   * ends a label's value: a value starts and ends with a letter or digit.
   */
  private static final Pattern VALUE_ENDS = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N})]+$");

  /**
   * A capital I that OCR read as '!' or '|' inside a reference's letters (a phone photo's "FO!
   * 2437"): neither mark is ever part of a reference, so after a capital letter it is the I.
   */
  private static final Pattern OCR_CAPITAL_I =
      Pattern.compile("(?<=\\p{Lu})[!|](?=[\\p{Lu}\\p{N}\\s/]|$)");

  /** Specks before a line, and after it those no sentence ends with. */
  private static final Pattern OCR_SPECKS = Pattern.compile("^[^\\p{L}\\p{N}]+|[\\s|_~—–-]+$");

  private static final Pattern WEEKDAY =
      Pattern.compile(
          "^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+", Pattern.CASE_INSENSITIVE);

  public LetterHead {
    references = references == null ? List.of() : List.copyOf(references);
  }

  /** The letter's facts, or empty when the text is not a letter. */
  public static Optional<LetterHead> read(String text) {
    if (text == null) {
      return Optional.empty();
    }
    List<String> lines =
        text.lines().map(l -> l.replace('\u00a0', ' ').strip()).filter(l -> !l.isEmpty()).toList();
    int greeting = -1;
    for (int i = 0; i < Math.min(lines.size(), MAX_LINES_ABOVE_GREETING + 1); i++) {
      if (GREETING.matcher(lines.get(i)).matches()) {
        greeting = i;
        break;
      }
    }
    if (greeting < 0) {
      return Optional.empty();
    }
    List<String> head = lines.subList(0, greeting);
    if (head.stream().filter(l -> l.length() > MAX_HEAD_LINE_CHARS).count()
        > MAX_PROSE_LINES_ABOVE_GREETING) {
      return Optional.empty();
    }
    List<String> signature = signature(lines, greeting);
    return Optional.of(
        new LetterHead(
            sender(head, lines.get(greeting), signature),
            signature.isEmpty() ? null : signature.getFirst(),
            date(head),
            references(head),
            subject(head, lines, greeting)));
  }

  /**
   * The facts of the letter whose text was extracted, or empty when it is no letter or says nothing
   * of itself: read on its first two pages, since a closing can run onto the second.
   */
  static Optional<LetterHead> of(ExtractedText text) {
    if (text.pages().isEmpty()) {
      return Optional.empty();
    }
    String opening =
        text.pages().getFirst() + (text.pages().size() > 1 ? "\n" + text.pages().get(1) : "");
    return read(opening).filter(l -> !l.isEmpty());
  }

  /**
   * What {@code given} says, with this letter's sender, signature, date and references where it
   * says nothing: the manifest's rule for what a document says of itself ({@link SourceFacts}).
   */
  public Provenance fill(Provenance given) {
    return facts().applyTo(given);
  }

  SourceFacts facts() {
    return new SourceFacts(publisher, author, date, references);
  }

  /** The kind a letter from this sender is filed as, when the importer was not told one. */
  public Optional<SourceKind> kind() {
    if (PublicBodies.DWP.equals(publisher)) {
      return Optional.of(SourceKind.FOI_RESPONSE);
    }
    if (PublicBodies.ICO.equals(publisher)) {
      return Optional.of(SourceKind.ICO_LETTER);
    }
    return Optional.empty();
  }

  /** True when the letter gave nothing worth recording. */
  public boolean isEmpty() {
    return publisher == null
        && author == null
        && date == null
        && references.isEmpty()
        && subject == null;
  }

  private static String sender(List<String> head, String greeting, List<String> signature) {
    for (String line : signature) {
      String body = bodyNamed(line);
      if (body != null) {
        return body;
      }
    }
    for (String line : head.subList(0, Math.min(head.size(), LETTERHEAD_LINES))) {
      boolean nameLine =
          line.split("\\s+").length <= MAX_LETTERHEAD_LINE_WORDS && !ADDRESSED.matcher(line).find();
      String body = nameLine ? bodyNamed(line) : null;
      // "Dear DWP," under a letterhead naming the DWP is a letter to it, not from it.
      if (body != null && !body.equals(bodyNamed(greeting))) {
        return body;
      }
    }
    return null;
  }

  private static String bodyNamed(String line) {
    if (DWP.matcher(line).find()) {
      return PublicBodies.DWP;
    }
    if (ICO.matcher(line).find()) {
      return PublicBodies.ICO;
    }
    return null;
  }

  /** The lines under the letter's last closing, up to the first that cannot be a signature's. */
  private static List<String> signature(List<String> lines, int greeting) {
    int closing = -1;
    for (int i = greeting + 1; i < lines.size(); i++) {
      if (CLOSING.matcher(lines.get(i)).matches()) {
        closing = i;
      }
    }
    List<String> signature = new ArrayList<>();
    for (int i = closing + 1; closing >= 0 && i < lines.size(); i++) {
      String line = lines.get(i);
      if (signature.size() == SIGNATURE_LINES
          || line.length() > MAX_SIGNATURE_CHARS
          || !line.matches(".*\\p{L}.*")
          || line.matches(".*\\d.*")) {
        break;
      }
      signature.add(line);
    }
    return signature;
  }

  /** A line labelled "Date", else the first line that is a date and nothing else. */
  private static String date(List<String> head) {
    for (String line : head) {
      Matcher label = DATE_LABEL.matcher(line);
      if (label.find()) {
        String found = Dates.find(label.group(1));
        if (found != null) {
          return found;
        }
      }
    }
    for (String line : head) {
      String bare = WEEKDAY.matcher(line).replaceFirst("").replaceAll("[.,]$", "");
      String found = Dates.find(bare);
      if (found != null && bare.length() <= "30th September 2014".length() + 2) {
        return found;
      }
    }
    return null;
  }

  private static List<String> references(List<String> head) {
    Set<String> found = new LinkedHashSet<>();
    for (String line : head) {
      Matcher label = REFERENCE_LABEL.matcher(line);
      if (!label.find()) {
        continue;
      }
      String value = VALUE_ENDS.matcher(REFERENCE_END.split(label.group(1), 2)[0]).replaceAll("");
      value = OCR_CAPITAL_I.matcher(value).replaceAll("I");
      if (!value.isEmpty() && value.length() <= MAX_REFERENCE_CHARS && value.matches(".*\\d.*")) {
        found.add(value);
      }
    }
    return List.copyOf(found);
  }

  /**
   * A "Re:" or "Subject:" line above the greeting or right under it, else a heading right under it:
   * a short line without a sentence's final stop, followed by a line that starts a sentence of its
   * own (a wrapped paragraph's first line is followed by its lower-case or numeric continuation).
   */
  private static String subject(List<String> head, List<String> lines, int greeting) {
    for (String line : head) {
      Matcher label = SUBJECT_LABEL.matcher(line);
      if (label.matches()) {
        return fitting(label.group(1));
      }
    }
    if (greeting + 2 >= lines.size()) {
      return null;
    }
    // OCR reads a speck before a line as a quote mark or a bar: a line starts at its first letter.
    String heading = OCR_SPECKS.matcher(lines.get(greeting + 1)).replaceAll("");
    String next = OCR_SPECKS.matcher(lines.get(greeting + 2)).replaceAll("");
    if (heading.isEmpty() || next.isEmpty()) {
      return null;
    }
    Matcher labelled = SUBJECT_LABEL.matcher(heading);
    if (labelled.matches()) {
      return fitting(labelled.group(1));
    }
    boolean sentenceEnds = heading.matches(".*[.,;:!?]$") || heading.matches(".*[.!?]\\s.*");
    boolean startsCapitalised = Character.isUpperCase(heading.codePointAt(0));
    boolean nextStartsAnew = Character.isUpperCase(next.codePointAt(0));
    int words = heading.split("\\s+").length;
    return !sentenceEnds
            && startsCapitalised
            && nextStartsAnew
            && words >= 2
            && words <= MAX_SUBJECT_WORDS
            && !CLOSING.matcher(heading).matches()
        ? fitting(heading)
        : null;
  }

  private static String fitting(String subject) {
    String stripped = subject.strip();
    return stripped.isEmpty() || stripped.length() > MAX_SUBJECT_CHARS ? null : stripped;
  }
}
