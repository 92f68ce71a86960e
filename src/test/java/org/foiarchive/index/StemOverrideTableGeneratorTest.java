package org.foiarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rule that generates {@code stem-overrides.tsv}, on a few words, with WordNet itself. */
class StemOverrideTableGeneratorTest {
  private static StemOverrideTableGenerator generator;
  private static Map<String, String> overrides;

  /** The stem the archive gives a word: its override, or else Porter's. */
  private static String stemOf(String word) {
    return overrides.getOrDefault(word, generator.stem(word));
  }

  @BeforeAll
  static void generate() throws Exception {
    Dictionary wordNet = Dictionary.getDefaultResourceInstance();
    List<String> words =
        List.of(
            "use",
            "us",
            "university",
            "universal",
            "universe",
            "inform",
            "information",
            "informal",
            "new",
            "news",
            "sanction",
            "claimant",
            "statistic",
            "statistical",
            "pure",
            "purely");
    generator = new StemOverrideTableGenerator(wordNet, words);
    overrides = generator.overrides();
  }

  @Test
  void aWordSpellingAnotherWordsStemKeepsItAndTheOtherFamilyGetsItsOwn() {
    assertThat(overrides)
        .containsEntry("use", "use")
        .containsEntry("uses", "use")
        .containsEntry("used", "use")
        .containsEntry("using", "use")
        .doesNotContainKey("us");
    assertThat(overrides).containsEntry("informal", "informal").doesNotContainKey("information");
    assertThat(overrides).containsEntry("news", "news").doesNotContainKey("new");
  }

  @Test
  void withoutSuchAWordTheMostUsedFamilyKeepsPortersStem() {
    // All three are "univers" to Porter; of these words, "university" is the most used in
    // WordNet's tagged texts, and "universal" the most used of its own family.
    assertThat(generator.stem("university")).isEqualTo(generator.stem("universal"));
    assertThat(overrides)
        .containsEntry("universal", "universal")
        .containsEntry("universe", "universal")
        .doesNotContainKeys("university", "universities");
    assertThat(stemOf("universities")).isEqualTo(stemOf("university"));
    assertThat(stemOf("university")).isNotEqualTo(stemOf("universal"));
  }

  @Test
  void relatedWordsAndInflectionsKeepPortersStem() {
    assertThat(overrides)
        .doesNotContainKeys(
            "sanction",
            "sanctioned",
            "sanctions",
            "claimant",
            "claimants",
            "statistic",
            "statistical",
            "pure",
            "purely");
  }

  @Test
  void regularFormsAreSpeltAsEnglishSpellsThem() {
    assertThat(StemOverrideTableGenerator.regularForms("use", POS.VERB))
        .contains("uses", "used", "using");
    assertThat(StemOverrideTableGenerator.regularForms("carry", POS.VERB))
        .contains("carries", "carried", "carrying");
    assertThat(StemOverrideTableGenerator.regularForms("stop", POS.VERB))
        .contains("stops", "stopped", "stopping");
    assertThat(StemOverrideTableGenerator.regularForms("box", POS.NOUN)).containsExactly("boxes");
  }
}
