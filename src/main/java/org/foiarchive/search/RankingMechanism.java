package org.foiarchive.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The mechanisms of ranking that can be switched off one by one, each by a name, so that an
 * evaluation can show what each is worth ({@code eval --without glossary}). Switching one off sets
 * its knobs in {@link Ranking} to the value that makes it do nothing; a new mechanism joins with
 * one line here.
 */
public enum RankingMechanism {
  /** Words officials print for the words typed ({@code related-words.txt}). */
  RELATED_WORDS("related-words", knobs -> knobs.relatedWeight(0f)),
  /** Welfare abbreviations and terms expanded both ways ({@code glossary.tsv}). */
  GLOSSARY("glossary", knobs -> knobs.glossaryWeight(0f)),
  /** Claimants' everyday words searched also as the official term ({@code everyday-words.tsv}). */
  EVERYDAY_WORDS("everyday-words", knobs -> knobs.everydayWordsWeight(0f)),
  /** Plain words typed searched also as the official word ({@code plain-words.tsv}). */
  PLAIN_WORDS("plain-words", knobs -> knobs.plainWordsWeight(0f)),
  /**
   * Glossary abbreviations spelt like everyday words ("MAN", "AA", "MR") expanded only when typed
   * in capitals.
   */
  ABBREVIATION_CASE("abbreviation-case", knobs -> knobs.abbreviationsInCapitals(false)),
  /** Question words ("can", "I", "the") left out of ranking. */
  QUESTION_WORDS("question-words", knobs -> knobs.dropQuestionWords(false)),
  /** Rule statements preferred, and requests lowered, for a question. */
  RULE_STATEMENTS("rule-statements", knobs -> knobs.ruleWeight(1f).requestWeight(1f)),
  /**
   * Passages that frame their document (an introduction, a definition of its subject, a pointer
   * elsewhere) lowered below those that state something of their own.
   */
  FRAMING("framing", knobs -> knobs.framingWeight(1f)),
  /** Headings lowered below the paragraphs they head. */
  HEADINGS("headings", knobs -> knobs.headingWeight(1f)),
  /** Passages stating the kind of value asked for ("how many", "how long", "when did"). */
  ANSWER_TYPE("answer-type", knobs -> knobs.answerTypeWeight(1f)),
  /** A question's opening at the start of a later clause read as a question. */
  CLAUSE_QUESTIONS("clause-questions", knobs -> knobs.questionsInClauses(false)),
  /**
   * A name typed in full that the analysis makes one term ("work and health programme") keeps its
   * question words.
   */
  NAMES_WHOLE("names-whole", knobs -> knobs.namesWhole(false)),
  /** Candidates found by a flat query, then scored exactly by the ranking. */
  EXACT_RESCORING("exact-rescoring", knobs -> knobs.exactRescoring(false)),
  /** Official voices preferred, and questions lowered, when the query asks what a body said. */
  OFFICIAL_VOICE("official-voice", knobs -> knobs.officialWeight(1f).questionWeight(1f)),
  /**
   * Passages in the requester's voice lowered when the query asks what a body said or asks a
   * question: the request puts the question, the reply answers it.
   */
  REQUESTER_VOICE("requester-voice", knobs -> knobs.requesterWeight(1f)),
  /** The share of the question's subject words a passage covers. */
  COVERAGE("coverage", knobs -> knobs.coverageExponent(0f)),
  /** Query words close together in the passage. */
  PROXIMITY("proximity", knobs -> knobs.proximityWeight(0f)),
  /** The index's spelling of a word it does not hold, searched beside the word typed. */
  SPELLING("spelling", knobs -> knobs.spellingWeight(0f)),
  /** Unstemmed matches, so the form typed ranks above its stemmed cousins. */
  EXACT_FORMS("exact-forms", knobs -> knobs.exactWeight(0f)),
  /** Headings and paragraph numbers around a passage. */
  CONTEXT("context", knobs -> knobs.contextWeight(0f)),
  /** The document's title on each passage. */
  TITLE("title", knobs -> knobs.titleWeight(0f)),
  /** The neighbouring passages' text. */
  NEIGHBOURS("neighbours", knobs -> knobs.aroundWeight(0f)),
  /** Passages too short to quote lose weight. */
  SHORT_PASSAGES("short-passages", knobs -> knobs.shortExponent(0f)),
  /**
   * A text that appears more than once takes one place, as its best copy, rather than each further
   * copy keeping {@code repeatWeight} of its score.
   */
  FOLDED_REPEATS("folded-repeats", knobs -> knobs.foldRepeats(false)),
  /**
   * A document's further passages keep only a share of their score, and a text that appears more
   * than once takes one place.
   */
  DIVERSITY("diversity", knobs -> knobs.sameDocumentDecay(1f).repeatWeight(1f).foldRepeats(false));

  private final String id;
  private final Consumer<Ranking.Builder> switchOff;

  RankingMechanism(String id, Consumer<Ranking.Builder> switchOff) {
    this.id = id;
    this.switchOff = switchOff;
  }

  /** The name the mechanism is switched off by: "related-words". */
  public String id() {
    return id;
  }

  void switchOff(Ranking.Builder knobs) {
    switchOff.accept(knobs);
  }

  /** The mechanism of that name, ignoring case. */
  public static Optional<RankingMechanism> byId(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.id.equals(wanted)).findFirst();
  }

  /** Every name, comma-separated, for a message that lists what may be typed. */
  public static String ids() {
    return Arrays.stream(values()).map(RankingMechanism::id).collect(Collectors.joining(", "));
  }
}
