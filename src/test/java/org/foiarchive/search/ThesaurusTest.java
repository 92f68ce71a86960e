package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading the WordNet table: senses chosen, forms typed brought to their lemma. */
class ThesaurusTest {
  private static final Thesaurus TABLE =
      Thesaurus.of(
          """
          # lemma	senses	tagged	count:synonym,...
          copy	8	21	7:transcript	3:imitate,simulate
          revoke	3	0	0:renege	0:annul,rescind
          take	44	732	74:occupy,use up
          take back	6	6	5:return,bring back	1:repossess	0:swallow,unsay,withdraw
          took	=take
          """);

  @Test
  void theMostUsedSenseAloneOrEverySense() {
    assertThat(TABLE.synonyms("take back", Thesaurus.Senses.FIRST))
        .containsExactly("return", "bring back");
    assertThat(TABLE.synonyms("take back", new Thesaurus.Senses(true, 0f, 10)))
        .containsExactly("return", "bring back", "repossess", "swallow", "unsay", "withdraw");
    assertThat(TABLE.synonyms("take back", new Thesaurus.Senses(true, 0.5f, 10)))
        .containsExactly("return", "bring back");
  }

  @Test
  void aLemmaNoTaggedTextUsesKeepsItsFirstSense() {
    assertThat(TABLE.synonyms("revoke", Thesaurus.Senses.FIRST)).containsExactly("renege");
  }

  @Test
  void aWordOfManySensesExpandsToNothingBeyondTheLimit() {
    assertThat(TABLE.synonyms("take", new Thesaurus.Senses(false, 0f, 10))).isEmpty();
    assertThat(TABLE.synonyms("take", Thesaurus.Senses.FIRST)).contains("occupy");
  }

  @Test
  void formsTypedAreLookedUpAsTheirLemma() {
    assertThat(TABLE.synonyms("copies", Thesaurus.Senses.FIRST)).containsExactly("transcript");
    assertThat(TABLE.synonyms("revoked", Thesaurus.Senses.FIRST)).containsExactly("renege");
    assertThat(TABLE.synonyms("taking back", Thesaurus.Senses.FIRST)).contains("return");
    assertThat(TABLE.synonyms("took", Thesaurus.Senses.FIRST)).contains("occupy");
    assertThat(TABLE.holds("copyright")).isFalse();
    assertThat(TABLE.holds("cop")).isFalse();
    assertThat(TABLE.holds("taking")).isTrue();
  }
}
