package org.foiarchive.passage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts text into paragraphs a reader would quote. Blank lines separate blocks; inside a block, a line
 * break is a hard wrap (joined) when the sentence runs on or the line is filled to the text's wrap width;
 * a numbered line starts a new paragraph unless it is a sub-item of an unfinished lead-in ("21592
 * Evidence of job search includes" / "1. Evidence in writing..."). Headings become context for what
 * follows them. Stateless and thread-safe.
 */
public final class PassageSplitter {
  /** Longer paragraphs are cut between sentences: a result should still be readable at a glance. */
  static final int MAX_PASSAGE_CHARS = 1500;
  private static final int TARGET_CHUNK_CHARS = 900;
  private static final int MAX_HEADING_CHARS = 100;
  private static final int MAX_HEADING_GROUP = 4;

  private static final Pattern URL_LINE = Pattern.compile("^(?:https?://|www\\.)\\S+$");
  private static final Pattern RULE_LINE = Pattern.compile("^[\\p{Pd}_*=~·.•\\s]{3,}$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…][\"'”’)\\]]*$");
  private static final Pattern TERMINAL = Pattern.compile("[.,;!?][\"'”’)\\]]*$");
  /** Letter openings and closings: never headings, however short. */
  private static final Pattern SALUTATION = Pattern.compile("^(?:Dear|Yours|Kind regards|Best wishes|Regards)\\b.*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?][\"'”’)\\]]?)\\s+(?=[A-Z“\"‘(\\d])");

  public List<Segment> split(String raw) {
    return split(raw, new BitSet());
  }

  /**
   * Splits as {@link #split(String)}, also ending a block before each line whose index is set in
   * {@code breaksBefore} (lines of the {@link #normalize normalized} text): a boundary another stage found,
   * such as where a quotation starts, that no paragraph may span.
   */
  public List<Segment> split(String raw, BitSet breaksBefore) {
    List<List<Line>> lineBlocks = lineBlocks(normalize(raw), breaksBefore);
    List<List<String>> blocks = lineBlocks.stream().map(b -> b.stream().map(Line::text).toList()).toList();
    int wrapWidth = wrapWidth(blocks);
    List<Unit> units = new ArrayList<>();
    for (List<Line> block : lineBlocks) {
      units.addAll(unitsOf(block, wrapWidth));
    }
    return segments(units);
  }

  /** A line of the text with its index, so segments can say where they start. */
  private record Line(String text, int index) {
  }

  static String normalize(String raw) {
    return raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').replace('\u2028', '\n')
        .replace('\t', ' ').replace("\u200B", "").replace('\f', '\n');
  }

  private static List<List<Line>> lineBlocks(String text, BitSet breaksBefore) {
    List<List<Line>> blocks = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip().replaceAll(" {2,}", " ");
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
   * The width the text was hard-wrapped at, from lines that clearly run on into the next one; zero when
   * the text is not hard-wrapped.
   */
  static int wrapWidth(List<List<String>> blocks) {
    List<Integer> widths = new ArrayList<>();
    for (List<String> block : blocks) {
      for (int i = 0; i + 1 < block.size(); i++) {
        String line = block.get(i);
        String next = block.get(i + 1);
        if (line.length() >= 40 && line.length() <= 160 && Character.isLowerCase(next.charAt(0))
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

  /** A paragraph being assembled from the lines of a block. */
  private static final class Unit {
    final StringBuilder text = new StringBuilder();
    final Label label;
    final boolean link;
    final int firstLine;
    Label.Family subFamily;
    String lastLine;
    int lines;
    boolean firstInBlock;

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
      lastLine = line;
      lines++;
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

  private static List<Unit> unitsOf(List<Line> block, int wrapWidth) {
    List<Unit> units = new ArrayList<>();
    Unit current = null;
    for (Line numbered : block) {
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
      } else if (runsOn(current.lastLine, line, wrapWidth)) {
        current.append(line, " ");
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

  /** True when the line break between the two lines is a hard wrap inside one paragraph. */
  static boolean runsOn(String previous, String next, int wrapWidth) {
    if (!SENTENCE_END.matcher(previous).find()) {
      return true;
    }
    boolean filled = wrapWidth > 0 && previous.length() >= wrapWidth - 12 && previous.length() <= wrapWidth + 25;
    return filled && Character.isLetterOrDigit(next.codePointAt(0));
  }

  private static List<Segment> segments(List<Unit> units) {
    List<Segment> segments = new ArrayList<>();
    LinkedList<String> headingGroup = new LinkedList<>();
    boolean lastWasHeading = false;
    String lastLabel = null;
    Label.Family lastFamily = null;
    String parentOfFamily = null;
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      String text = unit.text.toString();
      if (isHeading(unit, text, i + 1 < units.size())) {
        if (!lastWasHeading) {
          headingGroup.clear();
        }
        headingGroup.add(text);
        while (headingGroup.size() > MAX_HEADING_GROUP) {
          headingGroup.removeFirst();
        }
        lastWasHeading = true;
        segments.add(new Segment(text, null, Segment.Kind.HEADING, null, String.join(" · ", headingGroup.subList(0,
            headingGroup.size() - 1)), unit.firstLine));
        continue;
      }
      lastWasHeading = false;
      String heading = headingGroup.isEmpty() ? null : headingGroup.getLast();
      String parent;
      if (unit.label != null && unit.label.text() != null) {
        if (lastFamily != null && lastFamily != unit.label.family()) {
          parentOfFamily = lastLabel;
        } else if (lastFamily == null) {
          parentOfFamily = null;
        }
        parent = parentOfFamily;
        lastLabel = unit.label.text();
        lastFamily = unit.label.family();
      } else {
        parent = lastLabel;
      }
      StringBuilder context = new StringBuilder(String.join(" · ", headingGroup));
      if (parent != null) {
        context.append(context.isEmpty() ? "" : " · ").append(parent);
      }
      Segment.Kind kind = unit.link ? Segment.Kind.LINK : Segment.Kind.PARAGRAPH;
      String label = unit.label == null ? null : unit.label.text();
      List<String> chunks = text.length() > MAX_PASSAGE_CHARS ? chunks(text) : List.of(text);
      for (String chunk : chunks) {
        segments.add(new Segment(chunk, label, kind, heading, context.toString(), unit.firstLine));
      }
    }
    return segments;
  }

  private static boolean isHeading(Unit unit, String text, boolean hasFollower) {
    if (!hasFollower || unit.link || unit.label != null || !unit.firstInBlock || unit.subFamily != null) {
      return false;
    }
    int limit = text.endsWith(":") ? MAX_HEADING_CHARS + 20 : MAX_HEADING_CHARS;
    if (text.length() > limit || SALUTATION.matcher(text).matches() || !Character.isLetterOrDigit(text.codePointAt(0))
        || Character.isLowerCase(text.codePointAt(0))) {
      return false;
    }
    String[] words = text.split("\\s+");
    if (words.length > 16) {
      return false;
    }
    if (!TERMINAL.matcher(text).find()) {
      return true;
    }
    // "DWP Central Freedom of Information Team." is a heading; "Thank you for your request." is not.
    if (text.endsWith(".") && text.length() <= 60 && unit.lines == 1) {
      long capitalised = Arrays.stream(words).filter(w -> !w.isEmpty() && !Character.isLowerCase(w.codePointAt(0)))
          .count();
      return capitalised * 2 > words.length;
    }
    return false;
  }

  /** Cuts an over-long paragraph between sentences into readable pieces; never inside a sentence. */
  static List<String> chunks(String text) {
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String sentence : SENTENCE_BREAK.split(text)) {
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
}
