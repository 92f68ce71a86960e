package org.foiarchive.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ToDoubleFunction;
import org.foiarchive.search.Ranking;

/**
 * A knob of {@link Ranking} that {@link RankingFit} may move, by its name, with the grid it tries:
 * the knob's value one and two steps either side, kept within bounds that still make sense (a
 * weight is not negative, a share not above one). Set and read through {@link Ranking.Builder} and
 * the record's accessors, so a fitted value reads as the knob's own name.
 *
 * <p>Left out of fitting, by design: {@code rerankDepth} and {@code exactRescoring} (cost, not
 * order: every query set ranks its quotes at the same places either way) and {@code
 * abbreviationsInCapitals}, {@code dropQuestionWords}, {@code questionsInClauses}, {@code
 * namesWhole} and {@code foldRepeats} (behaviour with tests of their own, which {@code eval
 * --without} measures as mechanisms). {@code repeatWeight} is fitted, though with repeats folded it
 * weighs nothing: fitting it then moves nothing, and it is the knob that counts when they are not.
 */
public enum FittedKnob {
  K1("k1", 0.3, 0.3, 3, Ranking::k1, (knobs, v) -> knobs.k1((float) v)),
  B("b", 0.1, 0, 1, Ranking::b, (knobs, v) -> knobs.b((float) v)),
  CONTEXT_WEIGHT(
      "contextWeight",
      0.1,
      0,
      1.5,
      Ranking::contextWeight,
      (knobs, v) -> knobs.contextWeight((float) v)),
  TITLE_WEIGHT(
      "titleWeight", 0.1, 0, 1.5, Ranking::titleWeight, (knobs, v) -> knobs.titleWeight((float) v)),
  EXACT_WEIGHT(
      "exactWeight", 0.2, 0, 2, Ranking::exactWeight, (knobs, v) -> knobs.exactWeight((float) v)),
  AROUND_WEIGHT(
      "aroundWeight",
      0.1,
      0,
      1,
      Ranking::aroundWeight,
      (knobs, v) -> knobs.aroundWeight((float) v)),
  RELATED_WEIGHT(
      "relatedWeight",
      0.1,
      0,
      1.5,
      Ranking::relatedWeight,
      (knobs, v) -> knobs.relatedWeight((float) v)),
  SPELLING_WEIGHT(
      "spellingWeight",
      0.2,
      0,
      1.5,
      Ranking::spellingWeight,
      (knobs, v) -> knobs.spellingWeight((float) v)),
  PROXIMITY_WEIGHT(
      "proximityWeight",
      0.1,
      0,
      1.5,
      Ranking::proximityWeight,
      (knobs, v) -> knobs.proximityWeight((float) v)),
  PROXIMITY_SLOP(
      "proximitySlop",
      1,
      0,
      10,
      Ranking::proximitySlop,
      (knobs, v) -> knobs.proximitySlop((int) Math.round(v))),
  REFERENCE_WEIGHT(
      "referenceWeight",
      2,
      1,
      20,
      Ranking::referenceWeight,
      (knobs, v) -> knobs.referenceWeight((float) v)),
  LABEL_WEIGHT(
      "labelWeight", 0.5, 0, 5, Ranking::labelWeight, (knobs, v) -> knobs.labelWeight((float) v)),
  QUOTABLE_WORDS(
      "quotableWords",
      3,
      0,
      40,
      Ranking::quotableWords,
      (knobs, v) -> knobs.quotableWords((int) Math.round(v))),
  SHORT_EXPONENT(
      "shortExponent",
      0.25,
      0,
      2,
      Ranking::shortExponent,
      (knobs, v) -> knobs.shortExponent((float) v)),
  SAME_DOCUMENT_DECAY(
      "sameDocumentDecay",
      0.05,
      0.5,
      1,
      Ranking::sameDocumentDecay,
      (knobs, v) -> knobs.sameDocumentDecay((float) v)),
  REPEAT_WEIGHT(
      "repeatWeight",
      0.1,
      0,
      1,
      Ranking::repeatWeight,
      (knobs, v) -> knobs.repeatWeight((float) v)),
  OFFICIAL_WEIGHT(
      "officialWeight",
      0.1,
      0.8,
      2,
      Ranking::officialWeight,
      (knobs, v) -> knobs.officialWeight((float) v)),
  QUESTION_WEIGHT(
      "questionWeight",
      0.1,
      0.3,
      1.2,
      Ranking::questionWeight,
      (knobs, v) -> knobs.questionWeight((float) v)),
  COVERAGE_EXPONENT(
      "coverageExponent",
      0.25,
      0,
      3,
      Ranking::coverageExponent,
      (knobs, v) -> knobs.coverageExponent((float) v)),
  GLOSSARY_WEIGHT(
      "glossaryWeight",
      0.1,
      0,
      1.2,
      Ranking::glossaryWeight,
      (knobs, v) -> knobs.glossaryWeight((float) v)),
  RULE_WEIGHT(
      "ruleWeight", 0.1, 0.8, 2, Ranking::ruleWeight, (knobs, v) -> knobs.ruleWeight((float) v)),
  REQUEST_WEIGHT(
      "requestWeight",
      0.1,
      0.3,
      1.2,
      Ranking::requestWeight,
      (knobs, v) -> knobs.requestWeight((float) v)),
  FRAMING_WEIGHT(
      "framingWeight",
      0.1,
      0.3,
      1,
      Ranking::framingWeight,
      (knobs, v) -> knobs.framingWeight((float) v)),
  HEADING_WEIGHT(
      "headingWeight",
      0.1,
      0.2,
      1,
      Ranking::headingWeight,
      (knobs, v) -> knobs.headingWeight((float) v)),
  JOINED_WORDS_WEIGHT(
      "joinedWordsWeight",
      0.1,
      0,
      1,
      Ranking::joinedWordsWeight,
      (knobs, v) -> knobs.joinedWordsWeight((float) v)),
  ANSWER_TYPE_WEIGHT(
      "answerTypeWeight",
      0.1,
      1,
      2,
      Ranking::answerTypeWeight,
      (knobs, v) -> knobs.answerTypeWeight((float) v)),
  EVERYDAY_WORDS_WEIGHT(
      "everydayWordsWeight",
      0.1,
      0,
      1,
      Ranking::everydayWordsWeight,
      (knobs, v) -> knobs.everydayWordsWeight((float) v)),
  REQUESTER_WEIGHT(
      "requesterWeight",
      0.1,
      0.3,
      1,
      Ranking::requesterWeight,
      (knobs, v) -> knobs.requesterWeight((float) v)),
  THESAURUS_WEIGHT(
      "thesaurusWeight",
      0.1,
      0,
      0.5,
      Ranking::thesaurusWeight,
      (knobs, v) -> knobs.thesaurusWeight((float) v)),
  PLAIN_WORDS_WEIGHT(
      "plainWordsWeight",
      0.1,
      0,
      1,
      Ranking::plainWordsWeight,
      (knobs, v) -> knobs.plainWordsWeight((float) v));

  /** The knobs of {@link Ranking} deliberately not fitted (see above). */
  public static final Set<String> NOT_FITTED =
      Set.of(
          "rerankDepth",
          "exactRescoring",
          "abbreviationsInCapitals",
          "dropQuestionWords",
          "questionsInClauses",
          "namesWhole",
          "foldRepeats");

  /** How many steps either side of its value a knob's grid reaches. */
  static final int GRID_STEPS = 2;

  /** Values are kept to this many decimals, so that a grid never drifts by float rounding. */
  private static final int DECIMALS = 3;

  private final String knob;
  private final double step;
  private final double lowest;
  private final double highest;
  private final ToDoubleFunction<Ranking> read;
  private final ObjDoubleConsumer<Ranking.Builder> write;

  FittedKnob(
      String knob,
      double step,
      double lowest,
      double highest,
      ToDoubleFunction<Ranking> read,
      ObjDoubleConsumer<Ranking.Builder> write) {
    this.knob = knob;
    this.step = step;
    this.lowest = lowest;
    this.highest = highest;
    this.read = read;
    this.write = write;
  }

  /** The knob's name in {@link Ranking}: "sameDocumentDecay". */
  public String knob() {
    return knob;
  }

  /** The knob's value in {@code ranking}, rounded as the grid rounds. */
  public double valueIn(Ranking ranking) {
    return round(read.applyAsDouble(ranking));
  }

  /** {@code ranking} with this knob set to {@code value}, every other knob as it was. */
  public Ranking set(Ranking ranking, double value) {
    Ranking.Builder knobs = ranking.toBuilder();
    write.accept(knobs, value);
    return knobs.build();
  }

  /**
   * The values tried instead of the knob's value in {@code ranking}, nearest first (one step below,
   * one above, then two): within the knob's bounds, the value itself left out.
   */
  public List<Double> alternatives(Ranking ranking) {
    double value = valueIn(ranking);
    List<Double> grid = new ArrayList<>();
    for (int steps = 1; steps <= GRID_STEPS; steps++) {
      for (int sign : new int[] {-1, 1}) {
        double candidate = round(value + sign * steps * step);
        if (candidate >= lowest && candidate <= highest && candidate != value) {
          grid.add(candidate);
        }
      }
    }
    return grid;
  }

  /** The knob of that name in {@link Ranking}, as typed ("k1", "sameDocumentDecay"). */
  public static Optional<FittedKnob> byName(String name) {
    return Arrays.stream(values()).filter(k -> k.knob.equals(name.strip())).findFirst();
  }

  private static double round(double value) {
    return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
  }
}
