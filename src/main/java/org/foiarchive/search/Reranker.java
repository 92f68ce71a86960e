package org.foiarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.passage.Voice;

/**
 * Reorders the top of a ranked list by what BM25 cannot see: a passage too short to quote (a heading,
 * a signature) loses weight; official voices gain, and questions lose, when the query asks what a body
 * said (the answer, not the question restated above it); a quote
 * pasted again further down a thread ranks once; and each further passage of the same document keeps
 * only a share of its score, so one long thread does not fill the first page. The list stays a ranked
 * list of passages. Reads doc values only, never stored fields. Stateless and thread-safe.
 */
final class Reranker {
  private final Ranking ranking;

  Reranker(Ranking ranking) {
    this.ranking = ranking;
  }

  /** The first {@code rerankDepth} hits reordered with their new scores, the rest as they were. */
  ScoreDoc[] rerank(IndexSearcher searcher, ScoreDoc[] hits, ArchiveQuery query) throws IOException {
    int depth = Math.min(hits.length, ranking.rerankDepth());
    if (depth <= 1) {
      return hits;
    }
    boolean asksWhatWasSaid = query.asksWhatWasSaid();
    int[] docs = new int[depth];
    for (int i = 0; i < depth; i++) {
      docs[i] = hits[i].doc;
    }
    double[] coverage = ranking.coverageExponent() == 0f ? new double[depth]
        : Coverage.of(searcher, query.concepts(), docs);
    List<Candidate> candidates = new ArrayList<>(depth);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int i = 0; i < depth; i++) {
      ScoreDoc hit = hits[i];
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      int doc = hit.doc - leaf.docBase;
      long words = numeric(leaf, ArchiveFields.WORDS, doc, ranking.quotableWords());
      long hash = numeric(leaf, ArchiveFields.TEXT_HASH, doc, hit.doc);
      String docId = sorted(leaf, ArchiveFields.DOC_ID, doc);
      String voice = sorted(leaf, ArchiveFields.VOICE, doc);
      boolean question = numeric(leaf, ArchiveFields.QUESTION, doc, 0) == 1;
      float score = hit.score * lengthPrior(words) * voicePrior(voice, asksWhatWasSaid)
          * (question && asksWhatWasSaid ? ranking.questionWeight() : 1f)
          * coveragePrior(coverage[i]);
      candidates.add(new Candidate(hit.doc, score, docId, hash));
    }
    ScoreDoc[] out = Arrays.copyOf(hits, hits.length);
    Map<String, Integer> perDocument = new HashMap<>();
    Set<Long> seen = new HashSet<>();
    // Greedy: each pick changes what the rest are worth. Quadratic in the depth, which is small.
    for (int slot = 0; slot < depth; slot++) {
      Candidate best = null;
      float bestScore = Float.NEGATIVE_INFINITY;
      for (Candidate c : candidates) {
        float adjusted = c.score * (float) Math.pow(ranking.sameDocumentDecay(), perDocument.getOrDefault(c.docId, 0))
            * (seen.contains(c.hash) ? ranking.repeatWeight() : 1f);
        if (adjusted > bestScore) {
          bestScore = adjusted;
          best = c;
        }
      }
      candidates.remove(best);
      perDocument.merge(best.docId, 1, Integer::sum);
      seen.add(best.hash);
      out[slot] = new ScoreDoc(best.doc, bestScore);
    }
    return out;
  }

  private float coveragePrior(double share) {
    return ranking.coverageExponent() == 0f ? 1f : (float) Math.pow(share, ranking.coverageExponent());
  }

  private float lengthPrior(long words) {
    if (words >= ranking.quotableWords() || ranking.shortExponent() == 0f) {
      return 1f;
    }
    return (float) Math.pow(Math.max(1, words) / (double) ranking.quotableWords(), ranking.shortExponent());
  }

  private float voicePrior(String voice, boolean asksWhatWasSaid) {
    if (!asksWhatWasSaid || voice == null) {
      return 1f;
    }
    return voice.equals(Voice.OFFICIAL.id()) || voice.equals(Voice.QUOTED_OFFICIAL.id()) ? ranking.officialWeight() : 1f;
  }

  private static long numeric(LeafReaderContext leaf, String field, int doc, long fallback) throws IOException {
    NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
    return values.advanceExact(doc) ? values.longValue() : fallback;
  }

  private static String sorted(LeafReaderContext leaf, String field, int doc) throws IOException {
    SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
    return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
  }

  private record Candidate(int doc, float score, String docId, long hash) {
  }
}
