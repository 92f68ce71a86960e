package org.foiarchive.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.passage.Role;
import org.foiarchive.passage.Voice;
import org.foiarchive.passage.Wording;

/**
 * Reorders the top of a ranked list by what BM25 cannot see: a passage too short to quote (a
 * heading, a signature) loses weight; official voices gain, and questions lose, when the query asks
 * what a body said (the answer, not the question restated above it); a text that appears more than
 * once (a quote pasted again further down a thread, a DWP sentence reproduced by a forum and a
 * blog) ranks once, as its best copy, which names the other copies it stands for; for a question,
 * passages that state a rule, a permission or a duty gain and those that ask or request lose; a
 * passage that frames its document (an introduction, a definition of the page's subject) gives way
 * to one that states something of its own; and each further passage of the same document keeps only
 * a share of its score, so one long thread does not fill the first page. The list stays a ranked
 * list of passages. Reads doc values, and stored text only for a value question whose own words
 * could be the value a candidate states ({@link AnswerType}). Stateless and thread-safe.
 */
final class Reranker {
  /** Hits reordered per place on the page, at least. */
  static final int REORDERED_PER_PLACE = 4;

  /** The most hits reordered for a page: as many as were reordered for every page before. */
  static final int MOST_REORDERED = 200;

  private final Ranking ranking;

  Reranker(Ranking ranking) {
    this.ranking = ranking;
  }

  /**
   * How many top hits are reordered for a page ending at {@code window}: the ranking's depth, or
   * more for a longer page, since each further passage of a document gives way to a hit further
   * down (a page of 50 reorders 200).
   */
  int depth(int window) {
    return Math.max(ranking.rerankDepth(), Math.min(REORDERED_PER_PLACE * window, MOST_REORDERED));
  }

  /** {@link #rerank(IndexSearcher, ScoreDoc[], ArchiveQuery, int, int)} for a single page. */
  Reranked rerank(IndexSearcher searcher, ScoreDoc[] hits, ArchiveQuery query, int window)
      throws IOException {
    return rerank(searcher, hits, query, window, window);
  }

  /**
   * The first {@code window} hits in the new order, with their new scores: the top {@code
   * rerankDepth} reordered, any beyond as they were; and, for each reordered hit, the other copies
   * of its text among the reordered hits, which no longer have places of their own.
   *
   * <p>The places of each page of {@code pageSize} are picked from the hits its own search would
   * have reordered ({@link #depth} of the page's end), so that the pages before the last are the
   * ones their own searches showed: a later page, which reorders deeper, neither shows again a
   * passage nor a text that an earlier page showed, nor leaves one out.
   */
  Reranked rerank(
      IndexSearcher searcher, ScoreDoc[] hits, ArchiveQuery query, int window, int pageSize)
      throws IOException {
    return rerank(searcher, hits, query, window, pageSize, null);
  }

  /**
   * As {@link #rerank(IndexSearcher, ScoreDoc[], ArchiveQuery, int, int)}, with the hits each
   * page's own search reaches ({@code reach[k]} holds the indexes in {@code hits} of page k's,
   * counted from 0), where that is not simply their position: a later page's search scores more
   * candidates than an earlier page's did, so a hit it ranks high may be one the earlier page's
   * search never saw, and that page's places must be picked from what its own search saw. Null: by
   * position.
   */
  Reranked rerank(
      IndexSearcher searcher,
      ScoreDoc[] hits,
      ArchiveQuery query,
      int window,
      int pageSize,
      BitSet[] reach)
      throws IOException {
    int depth = Math.min(hits.length, depth(window));
    if (depth <= 1) {
      return new Reranked(hits, Map.of());
    }
    Map<Integer, int[]> copies = new HashMap<>();
    ScoreDoc[] page =
        pick(
            candidates(searcher, hits, depth, query),
            Math.min(window, depth),
            Math.max(1, pageSize),
            reach,
            copies);
    return new Reranked(withUnranked(page, hits, depth, window), copies);
  }

  /**
   * Hits in the reranker's order, and the copies each stands for.
   *
   * @param copies by a hit's Lucene doc id, the Lucene doc ids of the other passages of the same
   *     text ({@link ArchiveFields#TEXT_HASH}) that it was chosen over, best first; absent for a
   *     hit whose text appears once among the reordered hits
   */
  record Reranked(ScoreDoc[] hits, Map<Integer, int[]> copies) {}

  /** The first {@code read} hits with their scores times their priors. */
  private Candidate[] candidates(
      IndexSearcher searcher, ScoreDoc[] hits, int read, ArchiveQuery query) throws IOException {
    int[] docs = new int[read];
    for (int i = 0; i < read; i++) {
      docs[i] = hits[i].doc;
    }
    // Each part reads its doc values and postings forwards: the hits in index order, sorted once.
    int[] inIndexOrder = IndexOrder.of(docs);
    double[] coverage =
        ranking.coverageExponent() == 0f
            ? new double[read]
            : Coverage.of(searcher, query.concepts(), docs, inIndexOrder);
    Facts facts = Facts.of(searcher, docs, inIndexOrder, ranking.quotableWords());
    boolean[] statesAnswer = statesTheValueAsked(searcher, docs, inIndexOrder, query);
    int[] place = placesBeforeReranking(hits, read, facts.documentId);
    Candidate[] candidates = new Candidate[read];
    for (int i = 0; i < read; i++) {
      float score =
          hits[i].score
              * lengthPrior(facts.words[i])
              * voicePrior(facts.voice[i], query.asksWhatWasSaid())
              * requesterPrior(facts.voice[i], query)
              * (facts.question[i] && query.asksWhatWasSaid() ? ranking.questionWeight() : 1f)
              * coveragePrior(coverage[i])
              * (query.asksAQuestion() ? wordingPrior(facts.wording[i]) : 1f)
              * (facts.role[i] == Role.FRAMING ? ranking.framingWeight() : 1f)
              * (facts.role[i] == Role.HEADING ? ranking.headingWeight() : 1f)
              * (statesAnswer[i] ? ranking.answerTypeWeight() : 1f);
      candidates[i] =
          new Candidate(place[i], i, hits[i].doc, score, facts.document[i], facts.repeat[i]);
    }
    return candidates;
  }

  /**
   * Each hit's place before reranking, with hits of the same score ordered by their document's id
   * and, within a document, by their order in it. Lucene orders such ties by where the passages
   * happen to sit in the index, which depends on how the indexing threads met: without this, the
   * same archive rebuilt could put a quote repeated in two documents under either, and through the
   * same-document decay change the scores below it.
   */
  private static int[] placesBeforeReranking(ScoreDoc[] hits, int read, String[] documentId) {
    Integer[] order = new Integer[read];
    for (int i = 0; i < read; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int byScore = Float.compare(hits[b].score, hits[a].score);
          if (byScore != 0) {
            return byScore;
          }
          int byDocument = documentId[a].compareTo(documentId[b]);
          return byDocument != 0 ? byDocument : Integer.compare(hits[a].doc, hits[b].doc);
        });
    int[] place = new int[read];
    for (int p = 0; p < read; p++) {
      place[order[p]] = p;
    }
    return place;
  }

  /**
   * For a question that asks for a number, a length of time or a date ({@link AnswerType}), which
   * candidates state one other than any the question typed. The kinds of value each passage states
   * were read at ingest ({@link ArchiveFields#STATED_VALUES}); a candidate's stored text is read
   * only when it states one of the kind asked and the question holds a word such a value could be
   * made of, since only then can the values it states all be the question's own.
   */
  private boolean[] statesTheValueAsked(
      IndexSearcher searcher, int[] docs, int[] inIndexOrder, ArchiveQuery query)
      throws IOException {
    boolean[] states = new boolean[docs.length];
    String typed = query.parsed() == null ? null : query.parsed().freeText();
    AnswerType asked = AnswerType.askedBy(typed);
    if (asked == AnswerType.NONE || ranking.answerTypeWeight() == 1f) {
      return states;
    }
    Set<String> typedWords = AnswerType.typedWords(typed);
    boolean mayHaveTypedAValue = AnswerType.mayHaveTypedAValue(typedWords);
    // In index order: doc values are read forwards, and stored text is compressed in blocks of
    // neighbouring passages, of which the reader keeps the last it opened.
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    StoredFields stored = null;
    LeafReaderContext leaf = null;
    NumericDocValues statedValues = null;
    for (int i : inIndexOrder) {
      if (leaf == null || docs[i] >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
        statedValues = DocValues.getNumeric(leaf.reader(), ArchiveFields.STATED_VALUES);
      }
      int doc = docs[i] - leaf.docBase;
      long code = statedValues.advanceExact(doc) ? statedValues.longValue() : 0;
      if (!asked.value().in(code)) {
        continue;
      }
      if (!mayHaveTypedAValue) {
        states[i] = true;
        continue;
      }
      if (stored == null) {
        stored = searcher.storedFields();
      }
      states[i] =
          asked.statedIn(stored.document(docs[i], TEXT_ONLY).get(ArchiveFields.TEXT), typedWords);
    }
    return states;
  }

  private static final Set<String> TEXT_ONLY = Set.of(ArchiveFields.TEXT);

  /**
   * Greedy, {@code slots} picks: each pick changes what the rest are worth (a document's n-th
   * passage keeps decay^n of its score). Candidates are tried best first, and the search for a pick
   * stops at the first whose score before those rules cannot beat the best found, since the rules
   * only take away; ties go to the higher-ranked hit.
   *
   * <p>The first copy of a text picked is the one shown: with {@link Ranking#foldRepeats} the other
   * copies among the candidates are taken with it into {@code copies}, so no later place, on this
   * page or a later one (whose picks begin with the same ones), shows the same words again; without
   * it they keep the repeat weight of their score.
   */
  private ScoreDoc[] pick(
      Candidate[] candidates, int slots, int pageSize, BitSet[] reach, Map<Integer, int[]> copies) {
    Candidate[] byScore = candidates.clone();
    Arrays.sort(
        byScore,
        Comparator.comparingDouble((Candidate c) -> c.score)
            .reversed()
            .thenComparingInt(c -> c.rank));
    float[] decay = new float[slots + 1];
    for (int n = 0; n <= slots; n++) {
      decay[n] = (float) Math.pow(ranking.sameDocumentDecay(), n);
    }
    int[] perDocument = new int[candidates.length];
    boolean[] seen = new boolean[candidates.length];
    boolean[] taken = new boolean[candidates.length];
    ScoreDoc[] page = new ScoreDoc[Math.min(slots, candidates.length)];
    for (int slot = 0; slot < page.length; slot++) {
      int pageOfSlot = slot / pageSize;
      int reachable = depth((pageOfSlot + 1) * pageSize);
      IntPredicate seenByThisPage =
          reach == null || pageOfSlot >= reach.length
              ? hit -> hit < reachable
              : reach[pageOfSlot]::get;
      Candidate best = null;
      float bestScore = Float.NEGATIVE_INFINITY;
      for (Candidate c : byScore) {
        if (c.score < bestScore) {
          break;
        }
        if (taken[c.rank] || !seenByThisPage.test(c.hit)) {
          continue;
        }
        float adjusted =
            c.score
                * decay[perDocument[c.document]]
                * (seen[c.repeat] ? ranking.repeatWeight() : 1f);
        if (adjusted > bestScore || (adjusted == bestScore && best != null && c.rank < best.rank)) {
          bestScore = adjusted;
          best = c;
        }
      }
      if (best == null) {
        // Every candidate left was a copy of a text already picked.
        return Arrays.copyOf(page, slot);
      }
      taken[best.rank] = true;
      perDocument[best.document]++;
      seen[best.repeat] = true;
      page[slot] = new ScoreDoc(best.doc, bestScore);
      if (ranking.foldRepeats()) {
        int[] folded = foldCopies(byScore, best, taken, seenByThisPage);
        if (folded.length > 0) {
          copies.put(best.doc, folded);
        }
      }
    }
    return page;
  }

  /**
   * The candidates of {@code kept}'s text not yet taken, marked taken, in their order before
   * reranking.
   */
  private static int[] foldCopies(
      Candidate[] candidates, Candidate kept, boolean[] taken, IntPredicate seenByThisPage) {
    // Only copies this page's own search reorders: one deeper, which the page's own search never
    // saw, would be folded into a hit already shown without being named there, and lost.
    return Arrays.stream(candidates)
        .filter(c -> c.repeat == kept.repeat && !taken[c.rank] && seenByThisPage.test(c.hit))
        .sorted(Comparator.comparingInt(Candidate::rank))
        .peek(c -> taken[c.rank] = true)
        .mapToInt(Candidate::doc)
        .toArray();
  }

  /**
   * The reordered page, then hits beyond the reranker's depth as they were, up to {@code window}
   * places: as many more as copies were folded into the page, so that a later page begins where the
   * one before it ended.
   */
  private static ScoreDoc[] withUnranked(ScoreDoc[] page, ScoreDoc[] hits, int depth, int window) {
    int places = Math.min(window, page.length + Math.max(0, hits.length - depth));
    if (places <= page.length) {
      return page;
    }
    ScoreDoc[] all = Arrays.copyOf(page, places);
    System.arraycopy(hits, depth, all, page.length, places - page.length);
    return all;
  }

  /**
   * What the reranker reads of each hit, from doc values: read in index order, one iterator per
   * field and segment, rather than a fresh iterator per hit and field.
   */
  private static final class Facts {
    final long[] words;

    /** The hit's text as a small number: hits of the same text (a quote pasted again) share it. */
    final int[] repeat;

    final boolean[] question;
    final String[] voice;
    final Wording[] wording;
    final Role[] role;

    /** The hit's document as a small number: hits of the same document have the same one. */
    final int[] document;

    /** The id of the hit's document ("" when it has none). */
    final String[] documentId;

    int documents;

    private Facts(int n) {
      words = new long[n];
      repeat = new int[n];
      question = new boolean[n];
      voice = new String[n];
      wording = new Wording[n];
      role = new Role[n];
      document = new int[n];
      documentId = new String[n];
    }

    /**
     * @param inIndexOrder the positions of {@code docs} in index order ({@link IndexOrder#of})
     */
    static Facts of(IndexSearcher searcher, int[] docs, int[] inIndexOrder, long wordsIfMissing)
        throws IOException {
      Facts facts = new Facts(docs.length);
      Map<String, Integer> documentIds = new HashMap<>();
      Map<Long, Integer> texts = new HashMap<>();
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      int leafIndex = -1;
      NumericDocValues words = null;
      NumericDocValues hash = null;
      NumericDocValues question = null;
      SortedDocValues voice = null;
      NumericDocValues wording = null;
      NumericDocValues role = null;
      SortedDocValues docId = null;
      LeafReaderContext leaf = null;
      for (int i : inIndexOrder) {
        int leafOf = ReaderUtil.subIndex(docs[i], leaves);
        if (leafOf != leafIndex) {
          leafIndex = leafOf;
          leaf = leaves.get(leafOf);
          words = DocValues.getNumeric(leaf.reader(), ArchiveFields.WORDS);
          hash = DocValues.getNumeric(leaf.reader(), ArchiveFields.TEXT_HASH);
          question = DocValues.getNumeric(leaf.reader(), ArchiveFields.QUESTION);
          voice = DocValues.getSorted(leaf.reader(), ArchiveFields.VOICE);
          wording = DocValues.getNumeric(leaf.reader(), ArchiveFields.WORDING);
          role = DocValues.getNumeric(leaf.reader(), ArchiveFields.ROLE);
          docId = DocValues.getSorted(leaf.reader(), ArchiveFields.DOC_ID);
        }
        int doc = docs[i] - leaf.docBase;
        facts.words[i] = words.advanceExact(doc) ? words.longValue() : wordsIfMissing;
        long text = hash.advanceExact(doc) ? hash.longValue() : docs[i];
        facts.repeat[i] = texts.computeIfAbsent(text, k -> texts.size());
        facts.question[i] = question.advanceExact(doc) && question.longValue() == 1;
        facts.voice[i] =
            voice.advanceExact(doc) ? voice.lookupOrd(voice.ordValue()).utf8ToString() : null;
        facts.wording[i] =
            wording.advanceExact(doc) ? Wording.ofCode(wording.longValue()) : Wording.OTHER;
        facts.role[i] = role.advanceExact(doc) ? Role.ofCode(role.longValue()) : Role.STATEMENT;
        String id =
            docId.advanceExact(doc) ? docId.lookupOrd(docId.ordValue()).utf8ToString() : null;
        facts.documentId[i] = id == null ? "" : id;
        facts.document[i] =
            documentIds.computeIfAbsent(facts.documentId[i], k -> facts.documents++);
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

  /**
   * For a query that asks what a body said or asks a question, a passage of the request itself
   * gives way: the requester puts the question, so their words echo the query's, while the answer
   * is the body's.
   */
  private float requesterPrior(String voice, ArchiveQuery query) {
    return (query.asksWhatWasSaid() || query.asksAQuestion()) && Voice.REQUESTER.id().equals(voice)
        ? ranking.requesterWeight()
        : 1f;
  }

  /**
   * @param rank the hit's place before reranking
   * @param hit its place in the hits as given
   * @param repeat its text's number ({@link Facts#repeat})
   */
  private record Candidate(int rank, int hit, int doc, float score, int document, int repeat) {}
}
