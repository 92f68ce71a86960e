package org.foiarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.index.NeighbourWindows;

/**
 * A word, synonym or phrase query on the passage text, matched instead in the passages beside each
 * passage (the end of the one before and the start of the one after, in the same message: {@link
 * NeighbourWindows}) and scored by BM25 as if their words were a field of the passage's own, as
 * they were indexed before: the count in both neighbours together, the neighbours' text's length
 * from the passage's doc value, and the statistics of such a field. Those statistics are the
 * neighbours' own where the doc values give them (how many passages have neighbours' words, how
 * many words in all); a word's count of passages is estimated from the text field's, in the
 * proportion of the neighbours' words to the text's, since a word's passages lend it to their
 * neighbours.
 *
 * <p>The neighbours' positions are read only for the passages the query is asked about (the
 * candidates a search scores, or the passages the rest of the query matches): their words are not
 * indexed a second time.
 */
final class NeighbourTextQuery extends Query {
  private final Query onText;

  private NeighbourTextQuery(Query onText) {
    this.onText = Objects.requireNonNull(onText);
  }

  /**
   * {@code onText} (words, synonyms or phrases on the text field, alone or in a boolean query of
   * them) matched in each passage's neighbours, each word or phrase on its own, as the fields'
   * queries are; null for null.
   */
  static Query of(Query onText) {
    return switch (onText) {
      case null -> null;
      case BooleanQuery bool -> {
        BooleanQuery.Builder each =
            new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        for (BooleanClause clause : bool.clauses()) {
          each.add(of(clause.query()), clause.occur());
        }
        yield each.build();
      }
      case BoostQuery boost -> new BoostQuery(of(boost.getQuery()), boost.getBoost());
      default -> new NeighbourTextQuery(onText);
    };
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = onText.rewrite(searcher);
    if (rewritten == onText) {
      return this;
    }
    return rewritten instanceof MatchNoDocsQuery ? rewritten : of(rewritten);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight matching = onText.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
    Similarity.SimScorer scoring = scoreMode.needsScores() ? bm25(searcher, boost) : null;
    return new NeighbourWeight(
        matching, scoring, scoreMode.needsScores(), searcher.getIndexReader().leaves().size());
  }

  /**
   * BM25 with the neighbours' text's statistics, or a scorer of nothing when no passage has a
   * neighbour's word or the text lacks one of the query's words.
   */
  private Similarity.SimScorer bm25(IndexSearcher searcher, float boost) throws IOException {
    NeighbourStatistics.Counts neighbours = NeighbourStatistics.of(searcher.getIndexReader());
    CollectionStatistics text = searcher.collectionStatistics(ArchiveFields.TEXT);
    if (neighbours.passages() == 0 || text == null) {
      return null;
    }
    double share = (double) neighbours.words() / text.sumTotalTermFreq();
    CollectionStatistics collection =
        new CollectionStatistics(
            ArchiveFields.TEXT,
            text.maxDoc(),
            neighbours.passages(),
            neighbours.words(),
            Math.clamp(
                Math.round(text.sumDocFreq() * share), neighbours.passages(), neighbours.words()));
    List<TermStatistics> words = new ArrayList<>();
    for (TermStatistics word : textStatistics(searcher)) {
      if (word == null) {
        return null;
      }
      long passages = Math.clamp(Math.round(word.docFreq() * share), 1, neighbours.passages());
      words.add(
          new TermStatistics(
              word.term(), passages, Math.max(passages, Math.round(word.totalTermFreq() * share))));
    }
    return words.isEmpty()
        ? null
        : searcher.getSimilarity().scorer(boost, collection, words.toArray(TermStatistics[]::new));
  }

  /**
   * The text field's statistics of the query's words (null for a word it does not hold): one per
   * word of a phrase; one for synonyms, blended as Lucene's synonym query blends them.
   */
  private List<TermStatistics> textStatistics(IndexSearcher searcher) throws IOException {
    List<Term> terms = new ArrayList<>();
    onText.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... found) {
            terms.addAll(List.of(found));
          }
        });
    List<TermStatistics> each = new ArrayList<>();
    for (Term term : terms) {
      TermStates states = TermStates.build(searcher, term, true);
      each.add(
          states.docFreq() == 0
              ? null
              : searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
    }
    if (!(onText instanceof SynonymQuery) || each.isEmpty()) {
      return each;
    }
    long passages = 0;
    long occurrences = 0;
    for (TermStatistics word : each) {
      if (word != null) {
        passages = Math.max(passages, word.docFreq());
        occurrences += word.totalTermFreq();
      }
    }
    return passages == 0
        ? List.of()
        : List.of(new TermStatistics(terms.getFirst().bytes(), passages, occurrences));
  }

  @Override
  public void visit(QueryVisitor visitor) {
    onText.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "neighbours(" + onText.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && onText.equals(((NeighbourTextQuery) other).onText);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + onText.hashCode();
  }

  private final class NeighbourWeight extends Weight {
    private final Weight matching;
    private final Similarity.SimScorer scoring;
    private final boolean scored;

    /**
     * For a word, where each segment's terms dictionary holds it (empty where it does not), by the
     * segment's place in the reader: looked up by the first search that asks. A prepared query's
     * Weight serves every search of its generation ({@link PreparedQuery}), which otherwise looked
     * the word up again in every segment.
     */
    private final AtomicReferenceArray<Optional<TermState>> wordInSegment;

    NeighbourWeight(Weight matching, Similarity.SimScorer scoring, boolean scored, int segments) {
      super(NeighbourTextQuery.this);
      this.matching = matching;
      this.scoring = scoring;
      this.scored = scored;
      this.wordInSegment = new AtomicReferenceArray<>(segments);
    }

    /** The word's postings' start in this segment, positioned on {@code words}; null without it. */
    private TermsEnum seek(Term word, LeafReaderContext leaf) throws IOException {
      Terms terms = leaf.reader().terms(word.field());
      TermsEnum words = terms == null ? null : terms.iterator();
      if (words == null) {
        return null;
      }
      boolean known = leaf.ord < wordInSegment.length();
      Optional<TermState> state = known ? wordInSegment.get(leaf.ord) : null;
      if (state == null) {
        state = words.seekExact(word.bytes()) ? Optional.of(words.termState()) : Optional.empty();
        if (known) {
          wordInSegment.set(leaf.ord, state);
        }
        return state.isPresent() ? words : null;
      }
      if (state.isEmpty()) {
        return null;
      }
      words.seekExact(word.bytes(), state.get());
      return words;
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext leaf) throws IOException {
      if (scored && scoring == null) {
        return null;
      }
      NumericDocValues windows = DocValues.getNumeric(leaf.reader(), ArchiveFields.NEIGHBOURS);
      int maxDoc = leaf.reader().maxDoc();
      if (onText instanceof TermQuery word) {
        TermsEnum words = seek(word.getTerm(), leaf);
        if (words == null) {
          return null;
        }
        // One list of the word's records, without their counts, serves both sides: the records
        // beside its matches are found in a single pass over it, where two passes over the same
        // postings, one a record behind the other, decoded each block twice. A neighbour's count
        // and offsets are read only for a neighbour counted, on postings of their own.
        return new DefaultScorerSupplier(
            new NeighbourScorer(
                new BesideMatches(words.postings(null, PostingsEnum.NONE), maxDoc),
                new Side(
                    words.postings(null, PostingsEnum.FREQS),
                    words.postings(null, PostingsEnum.OFFSETS),
                    null,
                    leaf),
                new Side(null, words.postings(null, PostingsEnum.OFFSETS), null, leaf),
                windows,
                scoring));
      }
      Scorer scorer = matching.scorer(leaf);
      if (scorer == null) {
        return null;
      }
      // A phrase's records are stepped through as those with all its words, in one pass for both
      // sides, as a word's are: a scorer for each side made each conjunction of common words leap
      // ahead twice to every record asked about. Whether a record holds the phrase is read only for
      // a neighbour counted (its matches, asked of the Weight), not for every record passed.
      TwoPhaseIterator phrase = scorer.twoPhaseIterator();
      return new DefaultScorerSupplier(
          new NeighbourScorer(
              new BesideMatches(
                  phrase == null ? scorer.iterator() : phrase.approximation(), maxDoc),
              new Side(null, null, matching, leaf),
              new Side(null, null, matching, leaf),
              windows,
              scoring));
    }

    @Override
    public boolean isCacheable(LeafReaderContext leaf) {
      return matching.isCacheable(leaf) && DocValues.isCacheable(leaf, ArchiveFields.NEIGHBOURS);
    }

    @Override
    public Explanation explain(LeafReaderContext leaf, int doc) throws IOException {
      ScorerSupplier supplier = scorerSupplier(leaf);
      if (supplier == null) {
        return Explanation.noMatch("no neighbour's text holds " + onText);
      }
      NeighbourScorer scorer = (NeighbourScorer) supplier.get(Long.MAX_VALUE);
      if (scorer.twoPhaseIterator().approximation().advance(doc) != doc
          || !scorer.twoPhaseIterator().matches()) {
        return Explanation.noMatch("no neighbour's text holds " + onText);
      }
      Explanation freq = Explanation.match(scorer.freq, "in the neighbours' text");
      return scoring == null
          ? Explanation.match(0f, "neighbours' text: " + onText, freq)
          : Explanation.match(
              scorer.score(), "neighbours' text: " + onText, scoring.explain(freq, scorer.norm));
    }
  }

  /**
   * The passages whose neighbour before or after matches the query on the text field, each scored
   * by the count in the words of both that count as its neighbours' text.
   */
  private static final class NeighbourScorer extends Scorer {
    private final Side before;
    private final Side after;
    private final NumericDocValues windows;
    private final Similarity.SimScorer scoring;
    private final Beside beside;
    private final TwoPhaseIterator twoPhase;
    private int freq;
    private long norm;

    NeighbourScorer(
        Beside beside,
        Side before,
        Side after,
        NumericDocValues windows,
        Similarity.SimScorer scoring) {
      this.before = before;
      this.after = after;
      this.windows = windows;
      this.scoring = scoring;
      this.beside = beside;
      this.twoPhase =
          new TwoPhaseIterator(beside) {
            @Override
            public boolean matches() throws IOException {
              return countNeighbours(beside.docID());
            }

            @Override
            public float matchCost() {
              return 100; // reads the neighbours' positions and offsets
            }
          };
    }

    private boolean countNeighbours(int doc) throws IOException {
      if (!windows.advanceExact(doc)) {
        return false;
      }
      NeighbourWindows around = NeighbourWindows.decode(windows.longValue());
      freq = 0;
      if (beside.previousMatches() && around.hasPrevious()) {
        freq +=
            around.previousFrom() == 0
                ? before.count(doc - 1)
                : before.count(doc - 1, (start, end) -> around.countsInPrevious(start));
      }
      if (beside.nextMatches() && around.hasNext()) {
        freq += after.count(doc + 1, (start, end) -> around.countsInNext(end));
      }
      norm = SmallFloat.intToByte4(around.length());
      return freq > 0;
    }

    @Override
    public int docID() {
      return beside.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return TwoPhaseIterator.asDocIdSetIterator(twoPhase);
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return twoPhase;
    }

    @Override
    public float getMaxScore(int upTo) {
      return scoring == null ? 0f : scoring.score(Float.MAX_VALUE, 1L);
    }

    @Override
    public float score() {
      return scoring == null ? 0f : scoring.score(freq, norm);
    }
  }

  /** Which matches count, by their offsets in the neighbour's text. */
  private interface Counted {
    boolean at(int startOffset, int endOffset);
  }

  /**
   * The query's matches in a segment, read as one side's neighbours: their offsets, from a word's
   * postings or asked of the query's Weight (a phrase, synonyms), which also tells whether a phrase
   * is there. The records that may match are read for both sides at once ({@link BesideMatches}).
   */
  private static final class Side {
    private final PostingsEnum counts;
    private final PostingsEnum positions;
    private final Weight weight;
    private final LeafReaderContext leaf;

    /**
     * @param counts a word's postings with their counts, advanced only to the records counted
     *     whole; null to count a record's matches one by one
     * @param positions a word's postings with offsets, advanced only to the records counted; null
     *     for a query whose matches are asked of {@code weight}
     */
    Side(PostingsEnum counts, PostingsEnum positions, Weight weight, LeafReaderContext leaf) {
      this.counts = counts;
      this.positions = positions;
      this.weight = weight;
      this.leaf = leaf;
    }

    /** All the matches in record {@code doc}, which matches. */
    int count(int doc) throws IOException {
      if (counts == null) {
        return count(doc, (start, end) -> true);
      }
      if (counts.docID() < doc) {
        counts.advance(doc);
      }
      return counts.freq();
    }

    /** The matches in record {@code doc} (where the iterator stands) that count. */
    int count(int doc, Counted counted) throws IOException {
      int count = 0;
      if (positions != null) {
        if (positions.docID() < doc) {
          positions.advance(doc);
        }
        for (int i = positions.freq(); i > 0; i--) {
          positions.nextPosition();
          if (counted.at(positions.startOffset(), positions.endOffset())) {
            count++;
          }
        }
        return count;
      }
      Matches found = weight.matches(leaf, doc);
      MatchesIterator each = found == null ? null : found.getMatches(ArchiveFields.TEXT);
      while (each != null && each.next()) {
        if (counted.at(each.startOffset(), each.endOffset())) {
          count++;
        }
      }
      return count;
    }
  }

  /**
   * The records just after a match (its neighbour before matches) and just before one (its
   * neighbour after matches), in order: a candidate set, checked against each record's neighbours.
   */
  private abstract static class Beside extends DocIdSetIterator {
    /** The record the iterator is on, as {@link #docID()} gives it. */
    int doc = -1;

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() throws IOException {
      return advance(doc + 1);
    }

    /** Whether the record before the current one matches. */
    abstract boolean previousMatches();

    /** Whether the record after the current one matches. */
    abstract boolean nextMatches();
  }

  /**
   * The records beside the matches of one iterator (a word's postings, or the records that hold all
   * of a phrase's words), read in one pass: the matches from the record before the current one to
   * the one after it are kept, so both sides are answered from them.
   */
  private static final class BesideMatches extends Beside {
    /** At most the matches from a record's neighbour before to the one after it, and one more. */
    private static final int KEPT = 4;

    private final DocIdSetIterator records;
    private final int maxDoc;
    private final int[] matches = new int[KEPT];
    private int kept;
    private boolean ended;
    private boolean previous;
    private boolean next;

    BesideMatches(DocIdSetIterator records, int maxDoc) {
      this.records = records;
      this.maxDoc = maxDoc;
    }

    @Override
    boolean previousMatches() {
      return previous;
    }

    @Override
    boolean nextMatches() {
      return next;
    }

    @Override
    public int advance(int target) throws IOException {
      // The first match at or after the record before the target, and the ones after it up to
      // two records on: enough to know the next record beside a match, and both its neighbours.
      dropBefore(target - 1);
      if (kept == 0 && !ended) {
        keep(records.advance(Math.max(0, target - 1)));
      }
      if (kept == 0) {
        return exhausted();
      }
      int first = matches[0];
      readThrough(first + 2);
      int found;
      if (first - 1 >= target) {
        found = first - 1;
      } else if (first >= target && kept > 1 && matches[1] == first + 1) {
        found = first;
      } else {
        found = first + 1;
      }
      if (found >= maxDoc) {
        return exhausted();
      }
      readThrough(found + 1);
      doc = found;
      previous = holds(found - 1);
      next = holds(found + 1);
      return doc;
    }

    private int exhausted() {
      previous = false;
      next = false;
      doc = NO_MORE_DOCS;
      return doc;
    }

    /** Forgets the matches before {@code record}. */
    private void dropBefore(int record) {
      int dropped = 0;
      while (dropped < kept && matches[dropped] < record) {
        dropped++;
      }
      if (dropped > 0) {
        System.arraycopy(matches, dropped, matches, 0, kept - dropped);
        kept -= dropped;
      }
    }

    /** Reads on until a match after {@code record} is kept, or the postings end. */
    private void readThrough(int record) throws IOException {
      while (!ended && kept > 0 && matches[kept - 1] <= record && kept < KEPT) {
        keep(records.nextDoc());
      }
    }

    private void keep(int match) {
      if (match == NO_MORE_DOCS) {
        ended = true;
      } else {
        matches[kept++] = match;
      }
    }

    /** Whether {@code record} is among the kept matches. */
    private boolean holds(int record) {
      for (int i = 0; i < kept; i++) {
        if (matches[i] == record) {
          return true;
        }
      }
      return false;
    }

    @Override
    public long cost() {
      return 2 * records.cost();
    }
  }
}
