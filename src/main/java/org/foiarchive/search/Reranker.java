package org.foiarchive.search;

import java.io.IOException;
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
import org.foiarchive.passage.Wording;

/**
 * Reorders the top of a ranked list by what BM25 cannot see: a passage too short to quote (a
 * heading, a signature) loses weight; official voices gain, and questions lose, when the query asks
 * what a body said (the answer, not the question restated above it); a quote pasted again further
 * down a thread ranks once; for a question, passages that state a rule, a permission or a duty gain
 * and those that ask or request lose; and each further passage of the same document keeps only a
 * share of its score, so one long thread does not fill the first page. The list stays a ranked list
 * of passages. Reads doc values only, never stored fields. Stateless and thread-safe.
 */
final class Reranker {
  private final Ranking ranking;

  Reranker(Ranking ranking) {
    this.ranking = ranking;
  }

  /** The first {@code rerankDepth} hits reordered with their new scores, the rest as they were. */
  ScoreDoc[] rerank(IndexSearcher searcher, ScoreDoc[] hits, ArchiveQuery query)
      throws IOException {
    int depth = Math.min(hits.length, ranking.rerankDepth());
    if (depth <= 1) {
      return hits;
    }
    boolean asksWhatWasSaid = query.asksWhatWasSaid();
    boolean asksAQuestion = query.asksAQuestion();
    int[] docs = new int[depth];
    for (int i = 0; i < depth; i++) {
      docs[i] = hits[i].doc;
    }
    double[] coverage =
        ranking.coverageExponent() == 0f
            ? new double[depth]
            : Coverage.of(searcher, query.concepts(), docs);
    Facts facts = Facts.of(searcher, docs, ranking.quotableWords());
    Candidate[] candidates = new Candidate[depth];
    for (int i = 0; i < depth; i++) {
      ScoreDoc hit = hits[i];
      float score =
          hit.score
              * lengthPrior(facts.words[i])
              * voicePrior(facts.voice[i], asksWhatWasSaid)
              * (facts.question[i] && asksWhatWasSaid ? ranking.questionWeight() : 1f)
              * coveragePrior(coverage[i])
              * (asksAQuestion ? wordingPrior(facts.wording[i]) : 1f);
      candidates[i] = new Candidate(hit.doc, score, facts.document[i], facts.hash[i]);
    }
    ScoreDoc[] out = Arrays.copyOf(hits, hits.length);
    // A document's n-th passage keeps decay^n of its score; the powers are the same for every
    // query.
    float[] decay = new float[depth + 1];
    for (int n = 0; n <= depth; n++) {
      decay[n] = (float) Math.pow(ranking.sameDocumentDecay(), n);
    }
    int[] perDocument = new int[facts.documents];
    Set<Long> seen = new HashSet<>();
    boolean[] taken = new boolean[depth];
    // Greedy: each pick changes what the rest are worth. Quadratic in the depth, which is small.
    for (int slot = 0; slot < depth; slot++) {
      int best = -1;
      float bestScore = Float.NEGATIVE_INFINITY;
      for (int i = 0; i < depth; i++) {
        if (taken[i]) {
          continue;
        }
        Candidate c = candidates[i];
        float adjusted =
            c.score
                * decay[perDocument[c.document]]
                * (seen.contains(c.hash) ? ranking.repeatWeight() : 1f);
        if (adjusted > bestScore) {
          bestScore = adjusted;
          best = i;
        }
      }
      Candidate pick = candidates[best];
      taken[best] = true;
      perDocument[pick.document]++;
      seen.add(pick.hash);
      out[slot] = new ScoreDoc(pick.doc, bestScore);
    }
    return out;
  }

  /**
   * What the reranker reads of each hit, from doc values: read in index order, one iterator per
   * field and segment, rather than a fresh iterator per hit and field.
   */
  private static final class Facts {
    final long[] words;
    final long[] hash;
    final boolean[] question;
    final String[] voice;
    final Wording[] wording;

    /** The hit's document as a small number: hits of the same document have the same one. */
    final int[] document;

    int documents;

    private Facts(int n) {
      words = new long[n];
      hash = new long[n];
      question = new boolean[n];
      voice = new String[n];
      wording = new Wording[n];
      document = new int[n];
    }

    static Facts of(IndexSearcher searcher, int[] docs, long wordsIfMissing) throws IOException {
      Facts facts = new Facts(docs.length);
      Integer[] order = new Integer[docs.length];
      for (int i = 0; i < docs.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
      Map<String, Integer> documentIds = new HashMap<>();
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      int leafIndex = -1;
      NumericDocValues words = null;
      NumericDocValues hash = null;
      NumericDocValues question = null;
      SortedDocValues voice = null;
      NumericDocValues wording = null;
      SortedDocValues docId = null;
      LeafReaderContext leaf = null;
      for (int i : order) {
        int leafOf = ReaderUtil.subIndex(docs[i], leaves);
        if (leafOf != leafIndex) {
          leafIndex = leafOf;
          leaf = leaves.get(leafOf);
          words = DocValues.getNumeric(leaf.reader(), ArchiveFields.WORDS);
          hash = DocValues.getNumeric(leaf.reader(), ArchiveFields.TEXT_HASH);
          question = DocValues.getNumeric(leaf.reader(), ArchiveFields.QUESTION);
          voice = DocValues.getSorted(leaf.reader(), ArchiveFields.VOICE);
          wording = DocValues.getNumeric(leaf.reader(), ArchiveFields.WORDING);
          docId = DocValues.getSorted(leaf.reader(), ArchiveFields.DOC_ID);
        }
        int doc = docs[i] - leaf.docBase;
        facts.words[i] = words.advanceExact(doc) ? words.longValue() : wordsIfMissing;
        facts.hash[i] = hash.advanceExact(doc) ? hash.longValue() : docs[i];
        facts.question[i] = question.advanceExact(doc) && question.longValue() == 1;
        facts.voice[i] =
            voice.advanceExact(doc) ? voice.lookupOrd(voice.ordValue()).utf8ToString() : null;
        facts.wording[i] =
            wording.advanceExact(doc) ? Wording.ofCode(wording.longValue()) : Wording.OTHER;
        String id =
            docId.advanceExact(doc) ? docId.lookupOrd(docId.ordValue()).utf8ToString() : null;
        facts.document[i] =
            documentIds.computeIfAbsent(id == null ? "" : id, k -> facts.documents++);
      }
      return facts;
    }
  }

  private float coveragePrior(double share) {
    return ranking.coverageExponent() == 0f
        ? 1f
        : (float) Math.pow(share, ranking.coverageExponent());
  }

  private float lengthPrior(long words) {
    if (words >= ranking.quotableWords() || ranking.shortExponent() == 0f) {
      return 1f;
    }
    return (float)
        Math.pow(Math.max(1, words) / (double) ranking.quotableWords(), ranking.shortExponent());
  }

  /**
   * For a question: a passage that states a rule, a permission or a duty gains; one that asks or
   * requests (the question restated) loses.
   */
  private float wordingPrior(Wording wording) {
    return switch (wording) {
      case RULE -> ranking.ruleWeight();
      case QUESTION -> ranking.requestWeight();
      case OTHER -> 1f;
    };
  }

  private float voicePrior(String voice, boolean asksWhatWasSaid) {
    if (!asksWhatWasSaid || voice == null) {
      return 1f;
    }
    return voice.equals(Voice.OFFICIAL.id()) || voice.equals(Voice.QUOTED_OFFICIAL.id())
        ? ranking.officialWeight()
        : 1f;
  }

  private record Candidate(int doc, float score, int document, long hash) {}
}
