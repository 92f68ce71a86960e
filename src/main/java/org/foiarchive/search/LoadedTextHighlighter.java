package org.foiarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
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
    for (int i : inIndexOrder(docIds)) {
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

  /** The positions of the documents, ordered by their numbers. */
  private static int[] inIndexOrder(int[] docIds) {
    return IntStream.range(0, docIds.length)
        .boxed()
        .sorted(Comparator.comparingInt(i -> docIds[i]))
        .mapToInt(Integer::intValue)
        .toArray();
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
   */
  private static final class OneWeightOffsetStrategy extends PostingsOffsetStrategy {
    private final IndexSearcher searcher;

    /** The whole query's Weight, when it is not a list of alternatives; else null. */
    private Weight weight;

    /** Each alternative's Weight, when the query is a list of alternatives; else null. */
    private Weight[] alternatives;

    private LeafReaderContext walked;
    private int lastDoc = -1;
    private DocIdSetIterator[] approximations;
    private TwoPhaseIterator[] checks;

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

    /** The Weight of each clause of a query of optional clauses only, or null for another query. */
    private Weight[] alternatives(Query rewritten) throws IOException {
      if (!(rewritten instanceof BooleanQuery any)
          || any.getMinimumNumberShouldMatch() != 0
          || !any.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) {
        return null;
      }
      Weight[] weights = new Weight[any.clauses().size()];
      for (int i = 0; i < weights.length; i++) {
        weights[i] =
            searcher.createWeight(any.clauses().get(i).query(), ScoreMode.COMPLETE_NO_SCORES, 1f);
      }
      return weights;
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
        if (holds(i, doc)) {
          Matches matches = alternatives[i].matches(leaf, doc);
          if (matches != null) {
            held.add(matches);
          }
        }
      }
      return MatchesUtils.fromSubMatches(held);
    }

    private void startWalking(LeafReaderContext leaf) throws IOException {
      walked = leaf;
      approximations = new DocIdSetIterator[alternatives.length];
      checks = new TwoPhaseIterator[alternatives.length];
      for (int i = 0; i < alternatives.length; i++) {
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
}
