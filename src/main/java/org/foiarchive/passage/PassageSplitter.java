package org.foiarchive.passage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text into paragraphs a reader would quote. Blank lines separate blocks; inside a block, a
 * line break is a hard wrap (joined) when the sentence runs on or the line is filled to the text's
 * wrap width; a numbered line starts a new paragraph unless it is a sub-item of an unfinished
 * lead-in ("21592 Evidence of job search includes" / "1. Evidence in writing..."). Headings become
 * context for what follows them. Stateless and thread-safe.
 */
public final class PassageSplitter {
  /** Longer paragraphs are cut between sentences: a result should still be readable at a glance. */
  static final int MAX_PASSAGE_CHARS = 1500;

  private static final int TARGET_CHUNK_CHARS = 900;

  /** Where a sentence too long for one passage may be cut, after the mark and before a space. */
  private static final String RUN_ON_CLAUSE_MARKS = ",;:–-";

  private static final int MAX_HEADING_CHARS = 100;
  private static final int MAX_HEADING_GROUP = 4;

  /**
   * An unmarked list item is a short line; a longer one is prose that happens to start in lower
   * case.
   */
  private static final int MAX_LIST_ITEM_CHARS = 160;

  /**
   * A numbered parent this short is a title ("17Work search requirement", "21595 Proof"): context
   * gets its words.
   */
  private static final int MAX_TITLE_CHARS = 80;

  /**
   * A numbered line of this many words or fewer that does not end a sentence is a title, not a
   * lead-in.
   */
  private static final int MAX_TITLE_WORDS = 8;

  /**
   * Verbs that make a line a statement when they come before any {@link #CLAUSE_OPENERS}; lower
   * case only, so "May" in a date is not one.
   */
  private static final Set<String> FINITE_VERBS =
      Set.of(
          "is", "are", "was", "were", "has", "have", "had", "will", "can", "cannot", "must",
          "should", "may", "does", "do");

  /** Words that open a subordinate clause or a phrase, after which a verb is a heading's own. */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of(
          "which", "that", "whether", "if", "who", "whom", "when", "where", "what", "how", "why",
          "to");

  /**
   * A line this long was never hard-wrapped: a block that has one sets each paragraph, heading and
   * list item on a line of its own (a web page's text copied as it shows).
   */
  private static final int UNWRAPPED_LINE_CHARS = 200;

  /**
   * An unfinished line this short before a capitalised one may be a heading or a list item: shorter
   * than the width any text is wrapped at. In hard-wrapped text it must also have left room for the
   * next line's first word; a longer line may be one wrapped by hand, not at a fixed width.
   */
  private static final int SHORT_LINE_CHARS = 60;

  /**
   * In hard-wrapped text, a line that left this much of the wrap width unused, and would have had
   * room for the next line's first word, was ended by its writer, not by the wrapping.
   */
  private static final int WRAP_SLACK_CHARS = 6;

  /**
   * A line at least this close under the wrap width was filled by the wrapping: the next word did
   * not fit.
   */
  private static final int WRAP_FILL_SLACK_CHARS = 12;

  /** Hard-wrapped text overruns its usual width by up to this much (a long word kept whole). */
  private static final int WRAP_OVERRUN_CHARS = 25;

  /** Words a line cannot end on when its sentence goes on: "the", "of", "and" before a name. */
  private static final Set<String> JOINING_WORDS =
      Set.of(
          "a", "an", "the", "of", "to", "and", "or", "for", "in", "on", "at", "by", "with", "from",
          "that", "as", "is", "are", "be", "my", "your", "our", "their", "his", "her", "its",
          "this", "these", "those", "not", "than");

  /** A question answered below it is context for the answer, up to this much of it. */
  private static final int MAX_QUESTION_CHARS = 300;

  private static final Pattern URL_LINE = Pattern.compile("^(?:https?://|www\\.)\\S+$");
  private static final Pattern RULE_LINE = Pattern.compile("^[\\p{Pd}_*=~·.•\\s]{3,}$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…][\"'”’)\\]]*$");
  private static final Pattern TERMINAL = Pattern.compile("[.,;!?][\"'”’)\\]]*$");

  /**
   * Letter and e-mail openings and closings: never headings, however short. A reply by e-mail opens
   * "Hi Sam," or "Good morning," as often as a letter opens "Dear".
   */
  private static final Pattern SALUTATION =
      Pattern.compile(
          "^(?:Dear|Hi|Hello|Good (?:morning|afternoon|evening)|Yours|Sincerely"
              + "|(?:(?:Kind|Kindest|Best|Warm|Warmest|With) )?regards|Best wishes|Many thanks"
              + "|Thanks|Thank you|With thanks)\\b.*",
          Pattern.CASE_INSENSITIVE);

  /** How the closing sentence of a list inside a numbered paragraph opens. */
  private static final Pattern LIST_TAIL =
      Pattern.compile("^(?:(?:But|And|Or|Unless|Except)\\b|\\p{Ll})");

  /** Words that cannot be a heading on their own: a list's "And" left on a line by itself. */
  private static final Pattern CONNECTIVE =
      Pattern.compile("^(?:And|Or|But|Then|Also|Plus|And/or)[.,:]?$", Pattern.CASE_INSENSITIVE);

  /** A letter's own reference line ("Our Ref: VTR 2437", "Case Reference Number ENQ0123456"). */
  private static final Pattern REFERENCE_LINE =
      Pattern.compile(
          "^(?:(?:Our|Your)\\s+ref(?:erence)?(?:\\s+(?:no\\.?|number))?|Case\\s+reference(?:\\s+number)?|Reference(?:\\s+number)?)"
              + "\\s*[:.]?\\s*\\S.{0,40}$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SENTENCE_BREAK =
      Pattern.compile("(?<=[.!?][\"'”’)\\]]?)\\s+(?=[A-Z“\"‘(\\d])");

  public List<Segment> split(String raw) {
    return split(raw, new BitSet());
  }

  /**
   * Splits as {@link #split(String)}, also ending a block before each line whose index is set in
   * {@code breaksBefore} (lines of the {@link #normalize normalized} text): a boundary another
   * stage found, such as where a quotation starts, that no paragraph may span.
   */
  public List<Segment> split(String raw, BitSet breaksBefore) {
    String text = normalize(raw);
    List<List<Line>> lineBlocks = lineBlocks(text, breaksBefore);
    TextWords words = new TextWords(text);
    List<List<String>> blocks =
        lineBlocks.stream().map(b -> b.stream().map(Line::text).toList()).toList();
    int wrapWidth = wrapWidth(blocks);
    List<Unit> units = new ArrayList<>();
    for (List<Line> block : lineBlocks) {
      units.addAll(unitsOf(block, wrapWidth, words));
    }
    return segments(joinAcrossBlankLines(units));
  }

  /** A line of the text with its index, so segments can say where they start. */
  private record Line(String text, int index) {}

  static String normalize(String raw) {
    return bulletsShown(
        raw.replace("\r\n", "\n")
            .replace('\r', '\n')
            .replace('\u00A0', ' ')
            .replace('\u2028', '\n')
            .replace('\t', ' ')
            .replace("\u200B", "")
            .replace('\f', '\n'));
  }

  /**
   * Word's bullets in the Symbol and Wingdings fonts come out of Word files as private-use
   * characters (U+F0B7 and kin), which no reader's font shows: they are bullets, so they read as
   * "•".
   */
  private static final String PRIVATE_USE_BULLETS =
      "\uF0B7\uF0A7\uF0A8\uF0D8\uF0FC\uF076\uF06E\uF071\uF0E0\uF02D\uF0BE";

  /**
   * The text with each private-use bullet as "•". A loop over the characters rather than a regular
   * expression: every passage of every ingest goes through here, and a character class tested at
   * each position was an eighth of a million-passage ingest's CPU time (JFR).
   */
  private static String bulletsShown(String text) {
    StringBuilder shown = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bullet = c >= '\uF000' && c <= '\uF0FF' && PRIVATE_USE_BULLETS.indexOf(c) >= 0;
      if (bullet && shown == null) {
        shown = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (shown != null) {
        shown.append(bullet ? '•' : c);
      }
    }
    return shown == null ? text : shown.toString();
  }

  private static List<List<Line>> lineBlocks(String text, BitSet breaksBefore) {
    List<List<Line>> blocks = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.contains("  ")) {
        line = line.replaceAll(" {2,}", " ");
      }
      if (breaksBefore.get(i) && !current.isEmpty()) {
        blocks.add(current);
        current = new ArrayList<>();
      }
      if (line.isEmpty() || RULE_LINE.matcher(line).matches()) {
        if (!current.isEmpty()) {
          blocks.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(new Line(line, i));
      }
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    return blocks;
  }

  /**
   * The width the text was hard-wrapped at, from lines that clearly run on into the next one; zero
   * when the text is not hard-wrapped.
   */
  static int wrapWidth(List<List<String>> blocks) {
    List<Integer> widths = new ArrayList<>();
    for (List<String> block : blocks) {
      for (int i = 0; i + 1 < block.size(); i++) {
        String line = block.get(i);
        String next = block.get(i + 1);
        if (line.length() >= 40
            && line.length() <= 160
            && Character.isLowerCase(next.charAt(0))
            && !SENTENCE_END.matcher(line).find()) {
          widths.add(line.length());
        }
      }
    }
    if (widths.size() < 3) {
      return 0;
    }
    int[] sorted = widths.stream().mapToInt(Integer::intValue).sorted().toArray();
    return sorted[(int) Math.floor(sorted.length * 0.75)];
  }

  /**
   * The words of the text being split, read only when a line ends in half a word: printed text
   * hyphenates a word over a line break ("employ-" then "ment"), which joined with a space would be
   * two words no search finds.
   */
  private static final class TextWords {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern FIRST_HALF = Pattern.compile("(?<![\\p{L}-])(\\p{L}+)-$");
    private static final Pattern SECOND_HALF = Pattern.compile("^(\\p{Ll}+)(?![\\p{L}-])");
    private final String text;
    private Set<String> words;

    TextWords(String text) {
      this.text = text;
    }

    /**
     * The word that a line ending "employ-" and the next starting "ment" break in two, when the
     * text also prints it whole elsewhere ("employment"), or with its hyphen ("work-related"); null
     * when it prints it neither way, and the line break stays a space.
     */
    String rejoined(String line, String next) {
      if (!line.endsWith("-")) {
        return null;
      }
      Matcher first = FIRST_HALF.matcher(line);
      Matcher second = SECOND_HALF.matcher(next);
      if (!first.find() || !second.find()) {
        return null;
      }
      String whole = first.group(1) + second.group(1);
      if (words().contains(whole.toLowerCase(Locale.ROOT))) {
        return whole;
      }
      String compound = first.group(1) + "-" + second.group(1);
      return text.contains(compound) ? compound : null;
    }

    private Set<String> words() {
      if (words == null) {
        words = new HashSet<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
          words.add(word.group().toLowerCase(Locale.ROOT));
        }
      }
      return words;
    }
  }

  /** A paragraph being assembled from the lines of a block. */
  private static final class Unit {
    final StringBuilder text = new StringBuilder();
    final Label label;
    final boolean link;
    final int firstLine;
    Label.Family subFamily;
    boolean implicitList;
    String lastLine;
    String lineBefore;
    int lines;
    boolean firstInBlock;

    /**
     * Ended by a line break its writer made, not the wrapping's: a one-line unit so ended may be a
     * heading though it is not the first of its block.
     */
    boolean closedByLayoutBreak;

    Unit(Line line, Label label, boolean link, boolean firstInBlock) {
      this.label = label;
      this.link = link;
      this.firstInBlock = firstInBlock;
      this.firstLine = line.index();
      append(line.text(), "");
    }

    void append(String line, String separator) {
      if (!text.isEmpty()) {
        text.append(separator);
      }
      text.append(line);
      lineBefore = lastLine;
      lastLine = line;
      lines++;
    }

    /**
     * The line after one that ends in the first half of a word broken by a hyphen: the word made
     * whole, without the hyphen unless the word has one of its own.
     */
    void appendRejoined(String line, boolean keepHyphen) {
      if (!keepHyphen) {
        text.setLength(text.length() - 1);
      }
      append(line, "");
    }

    /**
     * "Wycliffe House, Water Lane," then "Wilmslow" then "Cheshire SK9 5AF": the last line of an
     * address or other list run on by commas ends it, though it has no comma of its own.
     */
    boolean lastLineFollowedComma() {
      return lineBefore != null && lineBefore.endsWith(",");
    }

    boolean acceptsSubItem(Label next) {
      if (link) {
        return false;
      }
      if (subFamily != null && next.family() == subFamily) {
        return true; // the next item of the list this paragraph introduced
      }
      if (label != null && next.family() == label.family()) {
        return false; // a sibling paragraph
      }
      boolean unfinished = !SENTENCE_END.matcher(lastLine).find();
      return isLeadIn(lastLine) || (label != null || subFamily != null) && unfinished;
    }

    private static boolean isLeadIn(String line) {
      return line.endsWith(":") || line.endsWith("—") || line.endsWith("–") || line.endsWith(" -");
    }
  }

  /**
   * Blank lines in captured guidance do not always end a paragraph: "21594 If the DM has reason to
   * doubt ... whether they", a blank line, "1. Keep a record ...", "2. Are able to confirm ...", a
   * blank line, "But such enquiries should only be necessary ..." is one numbered paragraph. A unit
   * joins the numbered paragraph before it when it is a sub-item that paragraph's unfinished
   * lead-in or open list asks for, or when it is the closing sentence of such a list (it opens with
   * "But", "And", "Or" or in lower case).
   */
  private static List<Unit> joinAcrossBlankLines(List<Unit> units) {
    List<Unit> out = new ArrayList<>(units.size());
    for (Unit unit : units) {
      Unit previous = out.isEmpty() ? null : out.getLast();
      if (previous != null && !unit.link && !previous.link && previous.label != null) {
        boolean subItem =
            unit.label != null
                && unit.label.text() != null
                && continuesAcrossBlankLine(previous, unit.label);
        boolean tail =
            unit.firstInBlock
                && unit.label == null
                && previous.subFamily != null
                && unit.lines <= 2
                && LIST_TAIL.matcher(unit.text).find();
        if (subItem || tail) {
          if (subItem) {
            previous.subFamily = unit.label.family();
          }
          previous.append(unit.text.toString(), "\n");
          continue;
        }
      }
      out.add(unit);
    }
    return out;
  }

  /**
   * True when the numbered paragraph asks for this item: its list is open, or its lead-in is
   * unfinished.
   */
  private static boolean continuesAcrossBlankLine(Unit previous, Label next) {
    if (previous.subFamily != null && next.family() == previous.subFamily) {
      return true;
    }
    if (next.family() == previous.label.family()) {
      return false;
    }
    // "17Work search requirement" is a title, not an unfinished sentence: its subsections stand
    // alone. A DMG or ADM paragraph number never numbers a title, however short its lead-in.
    boolean unfinished =
        !SENTENCE_END.matcher(previous.lastLine).find()
            && (previous.label.family() == Label.Family.GUIDANCE_PARAGRAPH
                || previous.text.toString().split("\\s+").length > MAX_TITLE_WORDS);
    return Unit.isLeadIn(previous.lastLine) || unfinished;
  }

  private static List<Unit> unitsOf(List<Line> block, int wrapWidth, TextWords words) {
    List<Unit> units = new ArrayList<>();
    Unit current = null;
    boolean linePerParagraph =
        wrapWidth == 0 && block.stream().anyMatch(l -> l.text().length() > UNWRAPPED_LINE_CHARS);
    for (int i = 0; i < block.size(); i++) {
      Line numbered = block.get(i);
      String line = numbered.text();
      boolean link = URL_LINE.matcher(line).matches();
      Label label = link ? null : Label.match(line);
      if (current == null) {
        current = new Unit(numbered, label, link, units.isEmpty());
      } else if (link || current.link) {
        units.add(current);
        current = new Unit(numbered, label, link, false);
      } else if (label != null) {
        if (current.acceptsSubItem(label)) {
          current.subFamily = label.family();
          current.append(line, "\n");
        } else {
          units.add(current);
          current = new Unit(numbered, label, false, false);
        }
      } else if (current.implicitList
          && startsLowerCase(line)
          && current.lastLine.length() <= MAX_LIST_ITEM_CHARS) {
        current.append(line, "\n"); // the next unmarked item of the list
      } else if (!current.link && Unit.isLeadIn(current.lastLine) && startsLowerCase(line)) {
        // "we will:" then "make sure you know why we need it": an unmarked list, one item a line.
        current.implicitList = true;
        current.append(line, "\n");
      } else if (isCapitalisedItem(line)
          && (current.implicitList
                  && layoutBreak(current.lastLine, line, wrapWidth, linePerParagraph)
              || Unit.isLeadIn(current.lastLine)
                  && i + 1 < block.size()
                  && isCapitalisedItem(block.get(i + 1).text()))) {
        // "for example:" then "Leaving a job voluntarily", "Losing a job because of misconduct":
        // an unmarked list of capitalised items, one a line. A list has two items at least; one
        // such line after a lead-in is the heading of what it introduces.
        current.implicitList = true;
        current.append(line, "\n");
      } else if (layoutBreak(current.lastLine, line, wrapWidth, linePerParagraph)
              && !current.lastLineFollowedComma()
          || endsBulletedList(current, line, wrapWidth)) {
        current.closedByLayoutBreak = true;
        units.add(current);
        current = new Unit(numbered, null, false, false);
      } else if (current.implicitList
          && !SENTENCE_END.matcher(current.lastLine).find()
          && filledToWrap(current.lastLine, wrapWidth)) {
        // An item hard-wrapped onto a capitalised word: "is agreed between the claimant and Work
        // Coach at the Initial Work Search" then "Interview;". Its line reached the wrap width, so
        // the break is the wrapping's, not the start of the next item.
        current.append(line, " ");
      } else if (!current.implicitList && runsOn(current.lastLine, line, wrapWidth)) {
        String whole = words.rejoined(current.lastLine, line);
        if (whole != null) {
          current.appendRejoined(line, whole.contains("-"));
        } else {
          current.append(line, " ");
        }
      } else {
        units.add(current);
        current = new Unit(numbered, null, false, false);
      }
    }
    if (current != null) {
      units.add(current);
    }
    return units;
  }

  /**
   * True when the paragraph's bulleted list ends at this line break: its last line is a bullet ("-
   * the need to apply for a mandatory reconsideration before appealing") and the next line, not a
   * bullet, starts with a capital ("Some decisions that can be appealed"). Where the text is not
   * hard-wrapped a bullet is one line, however long, so the capitalised line is a heading or a new
   * paragraph, not the item's words wrapped; unless the item breaks off mid-sentence (on "the", a
   * comma, an open bracket).
   */
  private static boolean endsBulletedList(Unit current, String line, int wrapWidth) {
    Label last = Label.match(current.lastLine);
    return wrapWidth == 0
        && current.subFamily == Label.Family.BULLET
        && last != null
        && last.family() == Label.Family.BULLET
        && Character.isUpperCase(line.codePointAt(0))
        && !endsMidSentence(current.lastLine, line);
  }

  /**
   * A line that may be an item of an unmarked list: short, capitalised, and neither ending a
   * sentence nor holding the end of one.
   */
  private static boolean isCapitalisedItem(String line) {
    return line.length() <= MAX_LIST_ITEM_CHARS
        && Character.isUpperCase(line.codePointAt(0))
        && !SENTENCE_END.matcher(line).find()
        && !SENTENCE_BREAK.matcher(line).find();
  }

  private static boolean startsLowerCase(String line) {
    return !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
  }

  /**
   * True when an unfinished line ends where its writer ended it, before a capitalised line: a
   * heading ("Executive Summary") or a list item ("Leaving a job voluntarily") over the next line,
   * which a copied web page or a leaflet sets on lines of their own without a blank line. In
   * hard-wrapped text, a short line that left room for the next line's first word was not wrapped;
   * in text that is not wrapped, a short line is not, nor any line of a block that sets its
   * paragraphs one a line. A line ending on a comma, a dash or a word such as "the" runs on
   * whatever its length.
   */
  static boolean layoutBreak(
      String previous, String next, int wrapWidth, boolean linePerParagraph) {
    if (SENTENCE_END.matcher(previous).find()
        || !Character.isUpperCase(next.codePointAt(0))
        || endsMidSentence(previous, next)) {
      return false;
    }
    if (wrapWidth > 0) {
      int firstWord = next.indexOf(' ') < 0 ? next.length() : next.indexOf(' ');
      return previous.length() <= SHORT_LINE_CHARS
          && previous.length() + 1 + firstWord <= wrapWidth - WRAP_SLACK_CHARS;
    }
    return linePerParagraph || previous.length() <= SHORT_LINE_CHARS;
  }

  /**
   * True when the line cannot end a sentence or a title: it ends on a comma, a dash or a joining
   * word, leaves a bracket open, or is a sentence in capitals that the next line goes on with.
   */
  private static boolean endsMidSentence(String line, String next) {
    char last = line.charAt(line.length() - 1);
    if (",-–—(/&+".indexOf(last) >= 0) {
      return true;
    }
    String lastWord = line.substring(line.lastIndexOf(' ') + 1);
    if (JOINING_WORDS.contains(lastWord.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (line.chars().filter(c -> c == '(').count() > line.chars().filter(c -> c == ')').count()) {
      return true; // "(Schemes for Assisting Persons to Obtain" then "Employment) Regulations"
    }
    // "IN RECEIPT OF AN OUT-OF-WORK INCOME REPLACEMENT" then "BENEFIT and...": a sentence written
    // in capitals; the last two words, as an acronym ending a title ("Mandatory Use of UJ") is not.
    String[] words = line.split("\\s+");
    String firstWord = next.split("\\s+", 2)[0];
    return words.length >= 2
        && isCapitals(words[words.length - 2])
        && isCapitals(lastWord)
        && isCapitals(firstWord);
  }

  /** "BENEFIT", "OUT-OF-WORK": a word of two letters or more written all in capitals. */
  private static boolean isCapitals(String word) {
    long letters = word.chars().filter(Character::isLetter).count();
    return letters >= 2 && word.chars().noneMatch(Character::isLowerCase);
  }

  /** True when the line break between the two lines is a hard wrap inside one paragraph. */
  static boolean runsOn(String previous, String next, int wrapWidth) {
    if (!SENTENCE_END.matcher(previous).find()) {
      return true;
    }
    return filledToWrap(previous, wrapWidth) && Character.isLetterOrDigit(next.codePointAt(0));
  }

  /** True when the line reaches the text's wrap width, give or take a word. */
  private static boolean filledToWrap(String line, int wrapWidth) {
    return wrapWidth > 0
        && line.length() >= wrapWidth - WRAP_FILL_SLACK_CHARS
        && line.length() <= wrapWidth + WRAP_OVERRUN_CHARS;
  }

  private static List<Segment> segments(List<Unit> units) {
    List<Segment> segments = new ArrayList<>();
    LinkedList<String> headingGroup = new LinkedList<>();
    boolean lastWasHeading = false;
    // The numbered paragraphs this one sits under, outermost first: 17 > (1) > (b).
    LinkedList<Parent> parents = new LinkedList<>();
    String question = null;
    String letterReference = null;
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      String text = unit.text.toString();
      if (isHeading(units, i)) {
        if (!lastWasHeading) {
          headingGroup.clear();
        }
        headingGroup.add(text);
        while (headingGroup.size() > MAX_HEADING_GROUP) {
          headingGroup.removeFirst();
        }
        lastWasHeading = true;
        parents.clear();
        question = null;
        if (REFERENCE_LINE.matcher(text).matches()) {
          letterReference = text;
        }
        segments.add(
            new Segment(
                text,
                null,
                Segment.Kind.HEADING,
                null,
                String.join(" · ", headingGroup.subList(0, headingGroup.size() - 1)),
                unit.firstLine));
        continue;
      }
      lastWasHeading = false;
      String heading = headingGroup.isEmpty() ? null : headingGroup.getLast();
      List<String> context = new ArrayList<>(headingGroup);
      if (letterReference != null && !headingGroup.contains(letterReference)) {
        context.addFirst(letterReference);
      }
      boolean labelled = unit.label != null && unit.label.text() != null;
      if (labelled) {
        // A label of a family already open is a sibling of it (or of its ancestor); a new family is
        // a child.
        int open = indexOfFamily(parents, unit.label.family());
        if (open >= 0) {
          while (parents.size() > open) {
            parents.removeLast();
          }
        }
        parents.forEach(p -> context.add(p.context()));
        question = null;
        parents.addLast(new Parent(unit.label, text));
        if (text.endsWith("?")) {
          question =
              text; // "4. Has there been a change...?": the unnumbered answer below is about this
        }
      } else {
        parents.forEach(p -> context.add(p.context()));
        if (question != null) {
          context.add(clip(question, MAX_QUESTION_CHARS));
        }
        if (unit.lines == 1 && text.endsWith("?") && text.length() <= MAX_QUESTION_CHARS) {
          question = text;
        }
      }
      if (REFERENCE_LINE.matcher(text).matches()) {
        letterReference = text;
      }
      Segment.Kind kind = unit.link ? Segment.Kind.LINK : Segment.Kind.PARAGRAPH;
      if (unit.link && !segments.isEmpty() && segments.getLast().kind() == Segment.Kind.PARAGRAPH) {
        // An address right under a paragraph is usually where it was quoted from: part of its
        // context.
        Segment quoted = segments.removeLast();
        segments.add(
            new Segment(
                quoted.text(),
                quoted.label(),
                quoted.kind(),
                quoted.heading(),
                quoted.context().isEmpty() ? text : quoted.context() + " · " + text,
                quoted.line()));
      }
      String label = unit.label == null ? null : unit.label.text();
      String contextText = String.join(" · ", new LinkedHashSet<>(context));
      List<String> chunks = text.length() > MAX_PASSAGE_CHARS ? chunks(text) : List.of(text);
      for (String chunk : chunks) {
        segments.add(new Segment(chunk, label, kind, heading, contextText, unit.firstLine));
      }
    }
    return segments;
  }

  /** A numbered paragraph that later paragraphs sit under. */
  private record Parent(Label label, String text) {
    /** Its words when it is a short title, else just its number. */
    String context() {
      if (text.length() > MAX_TITLE_CHARS) {
        return label.text();
      }
      // "17Work search requirement" as copied from legislation.gov.uk: the number is not part of a
      // word.
      String rest =
          text.startsWith(label.text()) ? text.substring(label.text().length()).strip() : text;
      return text.startsWith(label.text()) ? label.text() + " " + rest : text;
    }
  }

  private static int indexOfFamily(List<Parent> parents, Label.Family family) {
    for (int i = 0; i < parents.size(); i++) {
      if (parents.get(i).label().family() == family) {
        return i;
      }
    }
    return -1;
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  private static boolean isHeading(List<Unit> units, int index) {
    Unit unit = units.get(index);
    String text = unit.text.toString();
    if (index + 1 == units.size()
        || unit.link
        || unit.label != null
        || !(unit.firstInBlock || unit.closedByLayoutBreak && unit.lines == 1)
        || unit.subFamily != null) {
      return false;
    }
    if (unit.closedByLayoutBreak && !headsAParagraph(units, index)) {
      return false;
    }
    int limit = text.endsWith(":") ? MAX_HEADING_CHARS + 20 : MAX_HEADING_CHARS;
    if (text.length() > limit
        || SALUTATION.matcher(text).matches()
        || CONNECTIVE.matcher(text).matches()
        || !Character.isLetterOrDigit(text.codePointAt(0))
        || Character.isLowerCase(text.codePointAt(0))) {
      return false;
    }
    String[] words = text.split("\\s+");
    if (words.length > 16 || readsAsSentence(words)) {
      return false;
    }
    if (!TERMINAL.matcher(text).find()) {
      return true;
    }
    // "DWP Central Freedom of Information Team." is a heading; "Thank you for your request." is
    // not.
    if (text.endsWith(".") && text.length() <= 60 && unit.lines == 1) {
      long capitalised =
          Arrays.stream(words)
              .filter(w -> !w.isEmpty() && !Character.isLowerCase(w.codePointAt(0)))
              .count();
      return capitalised * 2 > words.length;
    }
    return false;
  }

  /**
   * True when the short lines from this one on ("Claimant Commitment", "Introduction") lead, in the
   * same block, to a paragraph they head. A masthead's or an address's run of short lines ("Freedom
   * of Information Act 2000", "Decision notice", "Date: 10 November 2011", "Reference:
   * FS50379341"), longer than a heading group or ended by a blank line, heads nothing: its words
   * are not the subject of every paragraph below.
   */
  private static boolean headsAParagraph(List<Unit> units, int index) {
    int next = index + 1;
    while (next < units.size() && isShortLine(units.get(next))) {
      next++;
    }
    return next - index <= MAX_HEADING_GROUP
        && next < units.size()
        && !units.get(next).firstInBlock
        && !units.get(next).link;
  }

  /** A unit of one short line that does not end a sentence, in the block it continues. */
  private static boolean isShortLine(Unit unit) {
    String text = unit.text.toString();
    return !unit.firstInBlock
        && unit.lines == 1
        && unit.label == null
        && text.length() <= SHORT_LINE_CHARS
        && !SENTENCE_END.matcher(text).find();
  }

  /**
   * True when the line says something rather than naming a subject: its main clause has a verb
   * ("The onus is on the claimant...", "In JSA cases, very few claimants have a written decision"),
   * where a heading's verb, if any, sits after a word that opens a clause ("Check whether the
   * decision can be appealed", "Circumstances in which an allowance is not payable"). A statement
   * without its full stop is a paragraph a reader may quote, not a heading over the next one.
   */
  static boolean readsAsSentence(String[] words) {
    for (String word : words) {
      if (CLAUSE_OPENERS.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (FINITE_VERBS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Cuts an over-long paragraph between sentences into readable pieces. A "sentence" longer than a
   * passage may be (a forum post typed without a full stop, a table read as one line) is cut too,
   * between clauses where it has them, else between words: a quote of hundreds of words is no
   * quote.
   */
  static List<String> chunks(String text) {
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String sentence : sentencesOfAtMostAPassage(text)) {
      if (!current.isEmpty() && current.length() + sentence.length() + 1 > TARGET_CHUNK_CHARS) {
        chunks.add(current.toString());
        current = new StringBuilder();
      }
      current.append(current.isEmpty() ? "" : " ").append(sentence);
    }
    if (!current.isEmpty()) {
      chunks.add(current.toString());
    }
    return chunks;
  }

  private static List<String> sentencesOfAtMostAPassage(String text) {
    List<String> sentences = new ArrayList<>();
    for (String sentence : SENTENCE_BREAK.split(text)) {
      String rest = sentence;
      while (rest.length() > MAX_PASSAGE_CHARS) {
        int cut = runOnCut(rest);
        sentences.add(rest.substring(0, cut).strip());
        rest = rest.substring(cut).strip();
      }
      sentences.add(rest);
    }
    return sentences;
  }

  /**
   * Where to cut a run-on sentence: after the last clause mark (comma, semicolon, colon, dash)
   * between half and all of a chunk's length, else at the last space before it, else at the chunk's
   * length.
   */
  private static int runOnCut(String sentence) {
    int clause = -1;
    int space = -1;
    for (int i = TARGET_CHUNK_CHARS; i > TARGET_CHUNK_CHARS / 2; i--) {
      if (!Character.isWhitespace(sentence.charAt(i))) {
        continue;
      }
      if (space < 0) {
        space = i;
      }
      if (RUN_ON_CLAUSE_MARKS.indexOf(sentence.charAt(i - 1)) >= 0) {
        clause = i;
        break;
      }
    }
    return clause > 0 ? clause : space > 0 ? space : TARGET_CHUNK_CHARS;
  }
}
