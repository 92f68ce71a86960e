package org.foiarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A {@link UnifiedHighlighter} that highlights text the caller has already read from the stored
 * fields, and finds the matches of all the hits it is given with one {@link Weight}.
 *
 * <p>Its own {@code highlight} reads each hit's stored text again, a sixth of the highlighting time
 * in a profile of a search, when mapping the hits has just read the same fields. And for each hit
 * it rewrites the query and builds a new Weight, looking every query word up in the index again:
 * most of the highlighting time in a profile at 20,000 passages. Here the Weight is built once per
 * call, over the whole index, and asked for each hit's matches in its own segment; the query and
 * the offsets are the same, so the output is too. Everything else (passage scoring, formatting) is
 * the highlighter's own.
 */
final class LoadedTextHighlighter extends UnifiedHighlighter {
  /**
   * Finds the matches to mark, without the archive's query cache: a highlight asks about ten
   * passages, and caching the query's matches over a whole segment would cost more than it saves.
   */
  private final IndexSearcher matchSearcher;

  LoadedTextHighlighter(Builder builder) {
    super(builder);
    this.matchSearcher = new IndexSearcher(getIndexSearcher().getIndexReader());
    this.matchSearcher.setQueryCache(null);
  }

  /**
   * Each document's {@code field} highlighted for {@code query} in its best passage, in the order
   * given.
   *
   * @param docIds the documents, as the searcher numbers them
   * @param texts each document's stored value of {@code field}, null when it has none
   * @return the highlighted text of each document, null where its text was null
   */
  String[] highlight(String field, Query query, int[] docIds, String[] texts) throws IOException {
    FieldHighlighter fieldHighlighter = getFieldHighlighter(field, query, extractTerms(query), 1);
    List<LeafReaderContext> leaves = getIndexSearcher().getIndexReader().leaves();
    String[] marked = new String[docIds.length];
    // In index order, so the matches of each part of the query are found walking forward.
    for (int i : IndexOrder.of(docIds)) {
      if (texts[i] == null) {
        continue;
      }
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
      Object highlighted =
          fieldHighlighter.highlightFieldForDoc(
              leaf.reader(), docIds[i] - leaf.docBase, limited(texts[i]));
      marked[i] = highlighted == null ? null : highlighted.toString();
    }
    return marked;
  }

  /** The text cut to the highlighter's maximum length, as it cuts a value it loads itself. */
  private String limited(String text) {
    return text.length() > getMaxLength() ? text.substring(0, getMaxLength()) : text;
  }

  @Override
  protected FieldOffsetStrategy getOffsetStrategy(
      OffsetSource offsetSource, UHComponents components) {
    // One strategy serves one call of highlight: the Weight it keeps lives as long as that call.
    return offsetSource == OffsetSource.POSTINGS
            && components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)
        ? new OneWeightOffsetStrategy(components, matchSearcher)
        : super.getOffsetStrategy(offsetSource, components);
  }

  /**
   * Offsets from the postings, as {@link PostingsOffsetStrategy} reads them, of the matches of one
   * Weight (or one per alternative, below) made for the first hit and kept for the rest. The
   * highlighter's own strategy wraps each hit's segment in a reader that shows the highlighted
   * field under the names of the fields its matcher accepts; the default matcher (the one this
   * archive uses) accepts only the highlighted field itself, so the segment is searched as it is.
   *
   * <p>A question's highlighting is a list of alternatives (its words, related words and phrases),
   * most of which a given passage does not hold. Asked for a passage's matches, Lucene's Weight
   * opens every alternative's postings with offsets for that passage alone. Here each alternative
   * is walked once through the page's passages in index order, and only those a passage holds are
   * asked for its matches, combined in the query's order as Lucene combines them.
   *
   * <p>Most alternatives are words of the highlighted field (a related form), or any of a few (the
   * words typed). A word's matches are read from its postings with offsets, walked once through the
   * page's passages: the same postings say whether a passage holds it and where, read once for each
   * passage however many alternatives hold the word. Lucene's Weight would look the word up in the
   * terms, open its postings and skip to the passage again for each passage and each alternative.
   * The matches are those Lucene's word and any-of queries give, in the same order.
   */
  private static final class OneWeightOffsetStrategy extends PostingsOffsetStrategy {
    private final IndexSearcher searcher;

    /** The whole query's Weight, when it is not a list of alternatives; else null. */
    private Weight weight;

    /**
     * Each alternative's Weight, when the query is a list of alternatives (else null); null for an
     * alternative of words, whose matches are read from {@link #words}' postings.
     */
    private Weight[] alternatives;

    /** Each alternative's words of the highlighted field, when it is only such words; else null. */
    private TermQuery[][] words;

    private LeafReaderContext walked;
    private int lastDoc = -1;
    private DocIdSetIterator[] approximations;
    private TwoPhaseIterator[] checks;
    private Map<Term, WordPostings> postings;

    OneWeightOffsetStrategy(UHComponents components, IndexSearcher searcher) {
      super(components);
      this.searcher = searcher;
    }

    @Override
    protected void createOffsetsEnumsWeightMatcher(
        LeafReader segment, int doc, List<OffsetsEnum> results) throws IOException {
      LeafReaderContext leaf = leafOf(segment);
      if (leaf == null) {
        // Not a segment of the index the Weight is for: the highlighter's own way.
        super.createOffsetsEnumsWeightMatcher(segment, doc, results);
        return;
      }
      if (weight == null && alternatives == null) {
        Query rewritten = PreparedQuery.unwrapped(searcher.rewrite(components.query()));
        alternatives = alternatives(rewritten);
        if (alternatives == null) {
          weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
      }
      Matches matches =
          alternatives == null ? weight.matches(leaf, doc) : matchesOfAlternatives(leaf, doc);
      if (matches == null) {
        return;
      }
      for (String field : matches) {
        MatchesIterator iterator =
            components.fieldMatcher().test(field) ? matches.getMatches(field) : null;
        if (iterator != null) {
          results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
        }
      }
    }

    /**
     * The Weight of each clause of a query of optional clauses only (null for a clause of words),
     * or null for another query.
     */
    private Weight[] alternatives(Query rewritten) throws IOException {
      if (!(rewritten instanceof BooleanQuery any) || !anyOf(any)) {
        return null;
      }
      Weight[] weights = new Weight[any.clauses().size()];
      words = new TermQuery[weights.length][];
      for (int i = 0; i < weights.length; i++) {
        Query alternative = any.clauses().get(i).query();
        words[i] = wordsOf(alternative);
        if (words[i] == null) {
          weights[i] = searcher.createWeight(alternative, ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
      }
      return weights;
    }

    /** Whether the query matches any of its clauses, each optional. */
    private static boolean anyOf(BooleanQuery query) {
      return query.getMinimumNumberShouldMatch() == 0
          && query.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD);
    }

    /**
     * The words of the highlighted field an alternative is (a word, or any of several), or null
     * when it is anything else.
     */
    private TermQuery[] wordsOf(Query alternative) {
      List<Query> clauses =
          alternative instanceof BooleanQuery any && anyOf(any)
              ? any.clauses().stream().map(BooleanClause::query).toList()
              : List.of(alternative);
      if (clauses.isEmpty()) {
        return null;
      }
      TermQuery[] found = new TermQuery[clauses.size()];
      for (int i = 0; i < found.length; i++) {
        if (!(clauses.get(i) instanceof TermQuery word)
            || !word.getTerm().field().equals(components.field())) {
          return null;
        }
        found[i] = word;
      }
      return found;
    }

    /**
     * The document's matches as the whole query's Weight gives them (the matches of the
     * alternatives it holds, in the query's order), asking only those alternatives.
     */
    private Matches matchesOfAlternatives(LeafReaderContext leaf, int doc) throws IOException {
      if (leaf != walked || doc <= lastDoc) {
        startWalking(leaf);
      }
      lastDoc = doc;
      List<Matches> held = new ArrayList<>();
      for (int i = 0; i < alternatives.length; i++) {
        Matches matches =
            words[i] != null ? matchesOfWords(words[i], doc) : matchesOfOther(i, leaf, doc);
        if (matches != null) {
          held.add(matches);
        }
      }
      return MatchesUtils.fromSubMatches(held);
    }

    /** The matches of an alternative of words, as Lucene's word and any-of queries give them. */
    private Matches matchesOfWords(TermQuery[] alternative, int doc) throws IOException {
      List<Matches> held = new ArrayList<>(alternative.length);
      for (TermQuery word : alternative) {
        WordPostings read = postings.get(word.getTerm());
        if (read != null && read.holds(doc)) {
          held.add(MatchesUtils.forField(components.field(), () -> read.matches(word)));
        }
      }
      return held.isEmpty() ? null : MatchesUtils.fromSubMatches(held);
    }

    private Matches matchesOfOther(int i, LeafReaderContext leaf, int doc) throws IOException {
      return holds(i, doc) ? alternatives[i].matches(leaf, doc) : null;
    }

    private void startWalking(LeafReaderContext leaf) throws IOException {
      walked = leaf;
      approximations = new DocIdSetIterator[alternatives.length];
      checks = new TwoPhaseIterator[alternatives.length];
      postings = new HashMap<>();
      Terms terms = leaf.reader().terms(components.field());
      for (int i = 0; i < alternatives.length; i++) {
        if (words[i] != null) {
          for (TermQuery word : words[i]) {
            if (terms != null && !postings.containsKey(word.getTerm())) {
              postings.put(word.getTerm(), WordPostings.of(terms, word.getTerm()));
            }
          }
          continue;
        }
        Scorer scorer = alternatives[i].scorer(leaf);
        if (scorer != null) {
          checks[i] = scorer.twoPhaseIterator();
          approximations[i] = checks[i] == null ? scorer.iterator() : checks[i].approximation();
        }
      }
    }

    /** Whether alternative {@code i} matches the document: a later document than the last asked. */
    private boolean holds(int i, int doc) throws IOException {
      DocIdSetIterator approximation = approximations[i];
      if (approximation == null) {
        return false;
      }
      int at = approximation.docID() < doc ? approximation.advance(doc) : approximation.docID();
      return at == doc && (checks[i] == null || checks[i].matches());
    }

    /** The segment's place in the searcher's index, or null when it is not one of its segments. */
    private LeafReaderContext leafOf(LeafReader segment) {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        if (leaf.reader() == segment) {
          return leaf;
        }
      }
      return null;
    }
  }

  /**
   * One word's postings with offsets in one segment, walked forward through the passages asked
   * about; where a passage holds the word, its positions and offsets are read once.
   */
  private static final class WordPostings {
    private final PostingsEnum postings;
    private int readFor = -1;
    private int[] positions = new int[8];
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int count;

    private WordPostings(PostingsEnum postings) {
      this.postings = postings;
    }

    /** The word's postings in the segment, or null when the segment does not hold it. */
    static WordPostings of(Terms terms, Term word) throws IOException {
      TermsEnum words = terms.iterator();
      return words.seekExact(word.bytes())
          ? new WordPostings(words.postings(null, PostingsEnum.OFFSETS))
          : null;
    }

    /** Whether the passage holds the word: a passage no earlier than the last asked. */
    boolean holds(int doc) throws IOException {
      int at = postings.docID() < doc ? postings.advance(doc) : postings.docID();
      if (at != doc) {
        return false;
      }
      if (readFor != doc) {
        read();
        readFor = doc;
      }
      return true;
    }

    private void read() throws IOException {
      count = postings.freq();
      if (positions.length < count) {
        positions = new int[count];
        starts = new int[count];
        ends = new int[count];
      }
      for (int i = 0; i < count; i++) {
        positions[i] = postings.nextPosition();
        starts[i] = postings.startOffset();
        ends[i] = postings.endOffset();
      }
    }

    /**
     * The word's matches in the passage last held, each at one position, as Lucene's word query
     * gives them for {@code word}.
     */
    MatchesIterator matches(Query word) {
      return new MatchesIterator() {
        private int at = -1;

        @Override
        public boolean next() {
          return ++at < count;
        }

        @Override
        public int startPosition() {
          return positions[at];
        }

        @Override
        public int endPosition() {
          return positions[at];
        }

        @Override
        public int startOffset() {
          return starts[at];
        }

        @Override
        public int endOffset() {
          return ends[at];
        }

        @Override
        public MatchesIterator getSubMatches() {
          return null;
        }

        @Override
        public Query getQuery() {
          return word;
        }
      };
    }
  }
}
