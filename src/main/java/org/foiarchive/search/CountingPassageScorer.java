package org.foiarchive.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score, with its default parameters, to the bit: the same terms in the same order
 * and the same float and double arithmetic. Lucene numbers a passage's distinct terms with a new
 * hash for every passage it scores, whose first block of 32 KB is a fifth of all the bytes a search
 * allocates (JFR, {@code bench query} at 1,000,000 passages); here they are counted in two small
 * arrays instead. A passage's distinct terms are at most the query's, so finding a term among them
 * by looking through them costs less than hashing it. Stateless and thread-safe.
 */
final class CountingPassageScorer extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDocument = passage.getMatchTermFreqsInDoc();
    // Each distinct term's first match and its number of matches, in the order Lucene's hash
    // numbers them: by first match.
    int[] firstMatch = new int[matches];
    int[] count = new int[matches];
    int distinct = 0;
    for (int i = 0; i < matches; i++) {
      int term = 0;
      while (term < distinct && !terms[firstMatch[term]].bytesEquals(terms[i])) {
        term++;
      }
      if (term == distinct) {
        firstMatch[distinct++] = i;
      }
      count[term]++;
    }
    double score = 0;
    for (int term = 0; term < distinct; term++) {
      score +=
          tf(count[term], passage.getLength())
              * weight(contentLength, freqsInDocument[firstMatch[term]]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
