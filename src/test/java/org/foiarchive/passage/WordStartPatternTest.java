package org.foiarchive.passage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiarchive.testing.CorpusTexts;
import org.junit.jupiter.api.Test;

/**
 * Each pattern tried only where one of its first words starts answers exactly as {@code find()}
 * over the whole text: on every line of the seed and evaluation corpora, and on many texts made of
 * the pattern's own words (so every alternative is met, at the start, the middle and the end of a
 * text, after letters, digits, apostrophes and accented letters).
 */
class WordStartPatternTest {
  private static final Map<String, WordStartPattern> PATTERNS =
      Map.of(
          "deontic", Wording.DEONTIC,
          "request", Wording.REQUEST,
          "self-reference", Role.SELF_REFERENCE,
          "pointer", Role.POINTER,
          "number", StatedValue.NUMBER.wordStartPattern(),
          "duration", StatedValue.DURATION.wordStartPattern(),
          "date", StatedValue.DATE.wordStartPattern());

  /** The patterns that also start at a numeral. */
  private static final List<String> NUMERAL_PATTERNS = List.of("number", "duration", "date");

  /** Numerals as texts write them, among the words: the stated values' patterns start at them. */
  private static final List<String> NUMERALS =
      List.of("7", "35", "2013", "1.5", "3,000", "21st", "12th", "0800", "1890s", "a1");

  private static final String[] SEPARATORS = {
    " ", " ", " ", ", ", "'", "’", "-", "x", "_", "é", "1"
  };

  @Test
  void everyLineOfTheSeedAndEvaluationCorporaIsAnsweredAsFindAnswersIt() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String text : CorpusTexts.all()) {
      text.lines().map(l -> l.toLowerCase(Locale.ROOT)).forEach(lines::add);
    }
    assertThat(lines).hasSizeGreaterThan(1000);
    int found = 0;
    for (String line : lines) {
      for (var entry : PATTERNS.entrySet()) {
        boolean expected = entry.getValue().pattern().matcher(line).find();
        assertThat(entry.getValue().foundIn(line))
            .as(entry.getKey() + ": " + line)
            .isEqualTo(expected);
        assertThat(entry.getValue().foundIn(WordStartPattern.Runs.of(line)))
            .as(entry.getKey() + " by runs: " + line)
            .isEqualTo(expected);
        found += expected ? 1 : 0;
      }
    }
    assertThat(found).as("lines some pattern matches").isGreaterThan(100);
  }

  @Test
  void textsMadeOfThePatternsOwnWordsAreAnsweredAsFindAnswersThem() {
    for (var entry : PATTERNS.entrySet()) {
      // A generator of each pattern's own, so that its texts do not depend on the map's order.
      Random random = new Random(20130612L + entry.getKey().hashCode());
      Pattern pattern = entry.getValue().pattern();
      List<String> words = new ArrayList<>(wordsOf(pattern.pattern()));
      if (NUMERAL_PATTERNS.contains(entry.getKey())) {
        words.addAll(NUMERALS);
      }
      int matched = 0;
      List<String> texts = new ArrayList<>();
      // Runs of the pattern's words in the order it lists them: its alternatives, mostly.
      for (int from = 0; from < words.size(); from++) {
        for (int length = 1; length <= 6 && from + length <= words.size(); length++) {
          texts.add(String.join(" ", words.subList(from, from + length)));
        }
      }
      // Phrases of the framing patterns, whose alternatives run over more words than the above.
      texts.addAll(
          List.of(
              "this guide explains",
              "this short plain guide sets out",
              "our charter gives you an overview",
              "in this chapter, we",
              "in this page i",
              "for more information",
              "we would refer you to",
              "you can find out more",
              "more information can be found"));
      // And its words in random order, joined by random separators, with words it does not know.
      for (int n = 0; n < 50_000; n++) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(7);
        for (int w = 0; w < length; w++) {
          if (w > 0 || random.nextBoolean()) {
            text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
          }
          text.append(random.nextInt(8) == 0 ? "cookies" : words.get(random.nextInt(words.size())));
        }
        texts.add(text.toString());
      }
      for (String text : texts) {
        for (String framed : List.of(text, "so " + text + " now", "x" + text, text + "s")) {
          boolean expected = pattern.matcher(framed).find();
          assertThat(entry.getValue().foundIn(framed))
              .as(entry.getKey() + ": '" + framed + "'")
              .isEqualTo(expected);
          assertThat(entry.getValue().foundIn(WordStartPattern.Runs.of(framed)))
              .as(entry.getKey() + " by runs: '" + framed + "'")
              .isEqualTo(expected);
          matched += expected ? 1 : 0;
        }
      }
      assertThat(matched).as(entry.getKey() + " matched some").isGreaterThan(20);
    }
  }

  @Test
  void aMatchMustStartAtAWordBoundaryAsTheFullSearchWould() {
    WordStartPattern must = new WordStartPattern(Pattern.compile("\\bmust\\b"), "must");
    assertThat(must.foundIn("you must go")).isTrue();
    assertThat(must.foundIn("mustard")).isFalse();
    assertThat(must.foundIn("a_must")).isFalse();
    assertThat(must.foundIn("émust"))
        .isEqualTo(Pattern.compile("\\bmust\\b").matcher("émust").find());
    assertThat(must.foundIn("")).isFalse();
  }

  @Test
  void aNumeralPatternIsTriedWhereARunStartsWithADigitAndOnlyThere() {
    WordStartPattern number = StatedValue.NUMBER.wordStartPattern();
    assertThat(number.foundIn("the default is 35 hours")).isTrue();
    assertThat(number.foundIn("paragraph 1.5 says")).isTrue();
    assertThat(number.foundIn("code a35 applies")).as("no boundary before the digit").isFalse();
    assertThat(number.foundIn("the 35th day")).as("no boundary after it").isFalse();
    assertThat(number.foundIn("after a few weeks")).as("a spelt number of two words").isTrue();
    assertThat(StatedValue.DATE.wordStartPattern().foundIn("on 22 october 2012")).isTrue();
  }

  /** The runs of letters in a pattern's source, in order: its literal words. */
  private static List<String> wordsOf(String source) {
    List<String> words = new ArrayList<>();
    Matcher m = Pattern.compile("[a-z]+").matcher(source.replace("\\b", " ").replace("\\w", " "));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
