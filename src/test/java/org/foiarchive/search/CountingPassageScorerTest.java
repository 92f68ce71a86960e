package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The highlighter picks a passage by its score: the archive's scorer must give Lucene's own, bit
 * for bit, or a hit could be highlighted in a different passage.
 */
class CountingPassageScorerTest {
  private static final String[] WORDS = {"sanction", "uj", "consent", "cookie", "account", "dwp"};

  private final PassageScorer lucenes = new PassageScorer();
  private final CountingPassageScorer counting = new CountingPassageScorer();

  @Test
  void aTermMatchedSeveralTimesCountsOnceWithItsFirstFrequencyInTheDocument() {
    Passage passage = new Passage();
    passage.setStartOffset(40);
    passage.setEndOffset(400);
    passage.addMatch(45, 53, new BytesRef("sanction"), 3);
    passage.addMatch(60, 62, new BytesRef("uj"), 7);
    passage.addMatch(90, 98, new BytesRef("sanction"), 3);
    passage.addMatch(120, 122, new BytesRef("uj"), 7);
    passage.addMatch(300, 308, new BytesRef("sanction"), 3);

    assertThat(Float.floatToIntBits(counting.score(passage, 2_000)))
        .isEqualTo(Float.floatToIntBits(lucenes.score(passage, 2_000)));
    assertThat(counting.score(passage, 2_000)).isPositive();
  }

  @Test
  void aPassageWithoutMatchesScoresAsLucenesDoes() {
    Passage passage = new Passage();
    passage.setStartOffset(0);
    passage.setEndOffset(120);

    assertThat(counting.score(passage, 120)).isEqualTo(lucenes.score(passage, 120));
  }

  @Test
  void everyScoreIsLucenesToTheBit() {
    Random random = new Random(20130612);
    for (int round = 0; round < 2_000; round++) {
      int contentLength = 50 + random.nextInt(20_000);
      int start = random.nextInt(contentLength);
      Passage passage = new Passage();
      passage.setStartOffset(start);
      passage.setEndOffset(Math.min(contentLength, start + 1 + random.nextInt(2_000)));
      int[] freqs = new int[WORDS.length];
      for (int w = 0; w < WORDS.length; w++) {
        freqs[w] = 1 + random.nextInt(40);
      }
      int offset = start;
      for (int m = random.nextInt(30); m > 0 && offset < passage.getEndOffset() - 10; m--) {
        int w = random.nextInt(WORDS.length);
        passage.addMatch(offset, offset + WORDS[w].length(), new BytesRef(WORDS[w]), freqs[w]);
        offset += WORDS[w].length() + 1 + random.nextInt(20);
      }

      assertThat(Float.floatToIntBits(counting.score(passage, contentLength)))
          .as("passage %d: %s", round, passage)
          .isEqualTo(Float.floatToIntBits(lucenes.score(passage, contentLength)));
    }
  }
}
