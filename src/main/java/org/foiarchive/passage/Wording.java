package org.foiarchive.passage;

import java.util.regex.Pattern;

/**
 * What a passage's wording does: state a rule, a permission or a duty ("it is not mandatory", "you
 * must", "claimants may"), ask a question or make a request ("can they...?", "please provide"), or
 * neither. A claimant's question is usually answered by the first kind, and merely repeated by the
 * second. Read from general English modality alone, never from the words of particular questions.
 */
public enum Wording {
  /** States a rule, a permission or a duty: modal and deontic wording. */
  RULE(1),
  /** Asks a question or makes a request. */
  QUESTION(2),
  /** Neither: an account, a heading, a date. */
  OTHER(0);

  /** Modal and deontic wording: what must, may or cannot be done, or need not be. */
  static final WordStartPattern DEONTIC =
      new WordStartPattern(
          Pattern.compile(
              "\\b(?:must|mustn['’]t|shall|shan['’]t|cannot|can['’]?t|can not|may|should|"
                  + "shouldn['’]t|need not|needn['’]t|(?:has|have|need|needs) to|"
                  + "(?:not )?(?:required|requirement|requires?|mandatory|compulsory|obligatory|"
                  + "obliged|obligation|voluntary|voluntarily|entitled|permitted|prohibited|"
                  + "allowed to|not allowed|duty|lawful|unlawful|legally)|right to)\\b"),
          // Each alternative's first word.
          "must",
          "mustn",
          "shall",
          "shan",
          "cannot",
          "can",
          "cant",
          "may",
          "should",
          "shouldn",
          "need",
          "needn",
          "needs",
          "has",
          "have",
          "not",
          "required",
          "requirement",
          "require",
          "requires",
          "mandatory",
          "compulsory",
          "obligatory",
          "obliged",
          "obligation",
          "voluntary",
          "voluntarily",
          "entitled",
          "permitted",
          "prohibited",
          "allowed",
          "duty",
          "lawful",
          "unlawful",
          "legally",
          "right");

  /** The wording of a request: asking someone to give, say or do something. */
  static final WordStartPattern REQUEST =
      new WordStartPattern(
          Pattern.compile(
              "\\b(?:please (?:could you |can you |would you )?(?:provide|send|supply|confirm|"
                  + "explain|advise|tell|let me know|clarify|forward|disclose|state|give|email|list|"
                  + "release|share)|"
                  + "(?:could|can|would|will) you (?:please )?(?:provide|send|supply|confirm|explain|"
                  + "advise|tell|let me know|clarify|forward|disclose|state|give)|"
                  + "i would (?:like|be grateful|appreciate)|i['’]d like to|"
                  + "i (?:wish|want) to (?:know|request|ask)|i am (?:writing to|requesting|asking)|"
                  + "i request|my (?:question|request) is|(?:does|has|can|could|did) anyone)\\b"),
          // Each alternative's first word.
          "please",
          "could",
          "can",
          "would",
          "will",
          "i",
          "my",
          "does",
          "has",
          "did");

  private static final Wording[] ALL = values();

  private final int code;

  Wording(int code) {
    this.code = code;
  }

  /** The number the index stores for it (doc values): stable, whatever the order here. */
  public int code() {
    return code;
  }

  /** The wording an index code stands for; OTHER for a code this version does not know. */
  public static Wording ofCode(long code) {
    // Read once per reranked hit: a loop over the kept values, no stream and no copy of values().
    for (Wording wording : ALL) {
      if (wording.code == code) {
        return wording;
      }
    }
    return OTHER;
  }

  /**
   * What the text's wording does. A question or request wins over modal words inside it ("must I
   * sign it?" asks), since the passage then repeats what a claimant asks rather than answering it.
   */
  public static Wording of(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return OTHER;
    }
    if (asks(t)) {
      return QUESTION;
    }
    // The patterns are in lower case and matched case-sensitively: as fast again as ignoring case
    // (a fifth of an ingest's own CPU time went to these patterns, JFR), and the same matches,
    // since ignoring case without UNICODE_CASE only ever folds ASCII letters.
    return byWords(WordStartPattern.Runs.of(asciiLowerCase(t)));
  }

  /**
   * {@link #of(String)} for a text without white space at either end, given its word runs in lower
   * case (ASCII letters lowered), found once for the passage's other readings too.
   */
  static Wording of(String stripped, WordStartPattern.Runs lower) {
    if (stripped.isEmpty()) {
      return OTHER;
    }
    return asks(stripped) ? QUESTION : byWords(lower);
  }

  private static Wording byWords(WordStartPattern.Runs lower) {
    if (REQUEST.foundIn(lower)) {
      return QUESTION;
    }
    return DEONTIC.foundIn(lower) ? RULE : OTHER;
  }

  /**
   * The text ends with a question, or most of its sentences are questions. A sentence ends at a
   * full stop, exclamation or question mark followed by any closing quotes or brackets and then
   * white space; a question ends with a question mark before any closing quotes or brackets.
   */
  private static boolean asks(String text) {
    int length = text.length();
    if (isQuestion(text, 0, length)) {
      return true;
    }
    int sentences = 0;
    int questions = 0;
    int start = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int closed = i + 1;
      while (closed < length && isClosing(text.charAt(closed))) {
        closed++;
      }
      int next = closed;
      while (next < length && isSpace(text.charAt(next))) {
        next++;
      }
      if (next > closed) {
        sentences++;
        questions += isQuestion(text, start, i + 1) ? 1 : 0;
        start = next;
        i = next - 1;
      }
    }
    if (start < length) {
      sentences++;
      questions += isQuestion(text, start, length) ? 1 : 0;
    }
    return questions * 2 > sentences;
  }

  /** Whether {@code text[from, to)} ends with a question mark, closing quotes and space aside. */
  private static boolean isQuestion(String text, int from, int to) {
    int end = to;
    while (end > from && (isClosing(text.charAt(end - 1)) || isSpace(text.charAt(end - 1)))) {
      end--;
    }
    return end > from && text.charAt(end - 1) == '?';
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '”' || c == '’' || c == ')';
  }

  /** White space as regular expressions' {@code \\s} means it: ASCII only. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  static String asciiLowerCase(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = (char) (c + ('a' - 'A'));
      }
    }
    return chars == null ? text : new String(chars);
  }
}
