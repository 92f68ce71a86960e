package org.foiarchive.passage;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a passage does in its document: frame it (introduce the page, say what its subject is,
 * restate its title, or point the reader elsewhere) or state something of its own. A framing
 * passage shares its document's subject words, so it matches any question on that subject, yet
 * rarely holds the rule, fact or answer asked for; the passage that answers does. Read from the
 * text's own form (self-reference, a definition of the page's subject, the title repeated at the
 * start, a pointer elsewhere), never from the words of particular questions.
 */
public enum Role {
  /** Frames the document: an introduction, a definition of its subject, a pointer elsewhere. */
  FRAMING(1),
  /** States something of its own: a rule, a fact, an account, an answer. */
  STATEMENT(0),
  /**
   * Heads the passages after it ("21595 Proof", "Universal Credit and Housing Benefit"): its words
   * name their subject, and they carry it as context, so the paragraph that says something about it
   * is the one to quote.
   */
  HEADING(2);

  /**
   * Nouns a page uses for itself ("this guide explains..."): the kinds of writing the archive
   * holds, in the words their authors use.
   */
  private static final String SELF =
      "(?:page|pages|guide|guidance|leaflet|factsheet|fact sheet|article|post|blog|briefing|"
          + "chapter|section|document|note|notes|report|charter|toolkit|booklet|publication|"
          + "website|site|letter|response|reply|paper|summary)";

  /**
   * A page saying what it does: "this guide explains", "in this chapter we", "our charter tells".
   */
  static final WordStartPattern SELF_REFERENCE =
      new WordStartPattern(
          Pattern.compile(
              "\\b(?:(?:this|our)(?: [\\w'’-]+){0,3} "
                  + SELF
                  + " (?:explains|sets out|describes|covers|tells you|outlines|summarises|summarizes|"
                  + "looks at|is about|is for|is intended|aims|gives (?:you )?(?:an? )?"
                  + "(?:overview|introduction|summary|information))|in this "
                  + SELF
                  + ",? (?:we|i|you))\\b"),
          "this",
          "our",
          "in");

  /** A passage that sends the reader elsewhere for the substance. */
  static final WordStartPattern POINTER =
      new WordStartPattern(
          Pattern.compile(
              "\\b(?:for (?:more|further) (?:information|details|help)|(?:we|i) (?:would )?refer"
                  + " you to|(?:you can )?find out more|more information (?:is|can be) found)\\b"),
          "for",
          "we",
          "i",
          "you",
          "find",
          "more");

  /** A heading glued to the start of the paragraph it heads ("Introduction Most challenges..."). */
  private static final Pattern FRAMING_HEADING =
      Pattern.compile("^(?:introduction|overview|summary|background|about)\\b");

  /**
   * The first sentence defines its subject: a few words, then "is a", "are the", "means" ("Housing
   * Benefit is a means-tested benefit...", "The Claimant Commitment is the primary document...").
   * Group 1 is the subject.
   */
  private static final Pattern DEFINITION =
      Pattern.compile(
          "^((?:[\\w'’()-]+ ){1,6}?)(?:is|are|means|refers to) (?:a|an|the|one of the)\\b");

  /** Words of a title that say nothing of its subject. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "of", "and", "or", "to", "for", "in", "on", "at", "by", "with", "from",
          "about", "under", "into", "is", "are", "be", "do", "does", "can", "how", "what", "when",
          "why", "who", "which", "your", "you", "my", "our", "their", "its", "it", "re", "fw",
          "fwd");

  /**
   * How many passages open a document: a definition of the page's subject there introduces the
   * page; further on, "X is a..." is as likely the answer to a question about X.
   */
  static final int OPENING_PASSAGES = 3;

  /** A title of fewer subject words than this is too general to be restated. */
  private static final int TITLE_WORDS_RESTATED = 2;

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final int code;

  Role(int code) {
    this.code = code;
  }

  /** The number the index stores for it (doc values): stable, whatever the order here. */
  public int code() {
    return code;
  }

  /** The role an index code stands for; STATEMENT for a code this version does not know. */
  public static Role ofCode(long code) {
    if (code == FRAMING.code) {
      return FRAMING;
    }
    return code == HEADING.code ? HEADING : STATEMENT;
  }

  /** The role of a passage of a document with this title (null when it has none). */
  public static Role of(Passage passage, String title) {
    if (passage.location().kind() == Segment.Kind.HEADING) {
      return HEADING;
    }
    return of(passage.text(), passage.ordinal(), title);
  }

  /** {@link #of(Passage, String)} given the word runs of its text, stripped and in lower case. */
  static Role of(Passage passage, String title, WordStartPattern.Runs lower) {
    if (passage.location().kind() == Segment.Kind.HEADING) {
      return HEADING;
    }
    return of(lower, passage.ordinal(), title);
  }

  /**
   * The role of a passage with this text, at this 1-based place in a document with this title (null
   * when it has none).
   */
  public static Role of(String text, int ordinal, String title) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    if (lower.isEmpty()) {
      return STATEMENT;
    }
    return of(WordStartPattern.Runs.of(lower), ordinal, title);
  }

  /**
   * {@link #of(String, int, String)} given the word runs of the text stripped and in lower case,
   * found once for the passage's other readings too.
   */
  static Role of(WordStartPattern.Runs lowerRuns, int ordinal, String title) {
    String lower = lowerRuns.text;
    if (lower.isEmpty()) {
      return STATEMENT;
    }
    String first = firstSentence(lower);
    // The heading pattern is anchored at the start: lookingAt() answers as find() would, at once.
    if (SELF_REFERENCE.foundIn(lowerRuns)
        || POINTER.foundIn(first)
        || FRAMING_HEADING.matcher(lower).lookingAt()) {
      return FRAMING;
    }
    Set<String> titleWords = subjectWords(title);
    if (titleWords.size() >= TITLE_WORDS_RESTATED && opensWith(lower, title, titleWords)) {
      return FRAMING;
    }
    var definition = DEFINITION.matcher(first);
    if (ordinal <= OPENING_PASSAGES
        && definition.find()
        && sharesAWord(subjectWords(definition.group(1)), titleWords)) {
      return FRAMING;
    }
    return STATEMENT;
  }

  /**
   * The passage opens with its document's title: a heading run into the text it heads. The title's
   * subject words are all among as many opening words as the title has, and two more.
   */
  private static boolean opensWith(String lower, String title, Set<String> titleWords) {
    int titleLength = NOT_A_WORD.split(title.strip()).length;
    // The words split off one by one, only as many as are looked at: a passage may run to
    // thousands of words, and splitting all of them was the most of this check's time (JFR).
    Set<String> opening = new HashSet<>();
    Matcher between = NOT_A_WORD.matcher(lower);
    int from = 0;
    for (int piece = 0; piece < titleLength + 2 && from >= 0; piece++) {
      if (between.find()) {
        opening.add(lower.substring(from, between.start()));
        from = between.end();
      } else {
        opening.add(lower.substring(from));
        from = -1;
      }
    }
    return opening.containsAll(titleWords);
  }

  private static boolean sharesAWord(Set<String> words, Set<String> others) {
    return words.stream().anyMatch(others::contains);
  }

  private static Set<String> subjectWords(String text) {
    if (text == null) {
      return Set.of();
    }
    return Arrays.stream(NOT_A_WORD.split(text.toLowerCase(Locale.ROOT)))
        .filter(w -> !w.isEmpty() && !FUNCTION_WORDS.contains(w))
        .collect(Collectors.toSet());
  }

  /** Up to the first full stop, question or exclamation mark followed by a space, or the end. */
  private static String firstSentence(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(text.charAt(i + 1))) {
        return text.substring(0, i + 1);
      }
    }
    return text;
  }
}
