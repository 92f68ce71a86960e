package org.foiarchive.passage;

import java.util.Arrays;
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
  private static final Pattern DEONTIC =
      Pattern.compile(
          "(?i)\\b(?:must|mustn['’]t|shall|shan['’]t|cannot|can['’]?t|can not|may|should|"
              + "shouldn['’]t|need not|needn['’]t|(?:has|have|need|needs) to|"
              + "(?:not )?(?:required|requirement|requires?|mandatory|compulsory|obligatory|"
              + "obliged|obligation|voluntary|voluntarily|entitled|permitted|prohibited|"
              + "allowed to|not allowed|duty|lawful|unlawful|legally)|right to)\\b");

  /** The wording of a request: asking someone to give, say or do something. */
  private static final Pattern REQUEST =
      Pattern.compile(
          "(?i)\\b(?:please (?:could you |can you |would you )?(?:provide|send|supply|confirm|"
              + "explain|advise|tell|let me know|clarify|forward|disclose|state|give|email|list|"
              + "release|share)|"
              + "(?:could|can|would|will) you (?:please )?(?:provide|send|supply|confirm|explain|"
              + "advise|tell|let me know|clarify|forward|disclose|state|give)|"
              + "i would (?:like|be grateful|appreciate)|i['’]d like to|"
              + "i (?:wish|want) to (?:know|request|ask)|i am (?:writing to|requesting|asking)|"
              + "i request|my (?:question|request) is|(?:does|has|can|could|did) anyone)\\b");

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"”’)]*\\s+");

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
    return Arrays.stream(values()).filter(w -> w.code == code).findFirst().orElse(OTHER);
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
    if (asks(t) || REQUEST.matcher(t).find()) {
      return QUESTION;
    }
    return DEONTIC.matcher(t).find() ? RULE : OTHER;
  }

  /** The text ends with a question, or most of its sentences are questions. */
  private static boolean asks(String text) {
    String end = text.replaceAll("[\"”’)\\s]+$", "");
    if (end.endsWith("?")) {
      return true;
    }
    String[] sentences = SENTENCE_END.split(text);
    long questions =
        Arrays.stream(sentences)
            .filter(s -> s.replaceAll("[\"”’)\\s]+$", "").endsWith("?"))
            .count();
    return questions * 2 > sentences.length;
  }
}
