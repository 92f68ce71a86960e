package org.foiarchive.tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.foiarchive.corpus.CorpusException;

/**
 * Gives passages their topics by matching each topic's query against the passage alone, with the
 * same analysis the archive's index uses (so a topic query for "cookie" also matches "cookies").
 * Topic queries made of words, phrases and prefixes (all of today's) are matched directly against
 * the passage's analysed terms and their positions, which is what Lucene would find but several
 * times cheaper at ingest; any other query runs in a {@link MemoryIndex}. Not thread-safe: use one
 * per ingest thread.
 */
public final class TopicTagger {
  /** The one field of the in-memory index; topic queries are written against it. */
  public static final String FIELD = "text";

  private static final Pattern WEB_ADDRESS = Pattern.compile("(?:https?://|www\\.)\\S+");

  private final Analyzer textAnalyzer;
  private final Map<String, Query> queries = new LinkedHashMap<>();

  /**
   * Per topic, a direct matcher over the passage's terms, or null when only a MemoryIndex can tell.
   */
  private final Map<String, Predicate<PassageTerms>> matchers = new LinkedHashMap<>();

  /**
   * The terms and term patterns the direct matchers ask about: a passage's other terms cannot
   * change what they find, so they are not kept (most passages hold none of these).
   */
  private final Asked asked = new Asked();

  private final MemoryIndex memory = new MemoryIndex();

  /**
   * @param textAnalyzer how the index analyses passage text
   * @param queryAnalyzer how the index analyses queries (with synonyms), for the topic queries
   */
  public TopicTagger(Topics topics, Analyzer textAnalyzer, Analyzer queryAnalyzer) {
    this.textAnalyzer = textAnalyzer;
    QueryParser parser = new QueryParser(FIELD, queryAnalyzer);
    parser.setDefaultOperator(QueryParser.Operator.OR);
    parser.setSplitOnWhitespace(false);
    for (Topic topic : topics.all()) {
      try {
        Query query = parser.parse(topic.query());
        queries.put(topic.id(), query);
        Predicate<PassageTerms> matcher = matcherOf(query);
        matchers.put(topic.id(), matcher);
        if (matcher != null) {
          query.visit(asked);
        }
      } catch (ParseException e) {
        throw new CorpusException(
            "topic '" + topic.id() + "': its query does not parse: " + e.getMessage(), e);
      }
    }
  }

  /** The ids of the topics whose queries match the text, in the order of the topics file. */
  public List<String> topicsOf(String text) {
    return text == null ? List.of() : topicsOf(text, textAnalyzer.tokenStream(FIELD, text));
  }

  /**
   * As {@link #topicsOf(String)}, with the text's tokens given: the text as the index analyses it,
   * so that an ingest analyses each passage once for tagging and indexing together.
   */
  public List<String> topicsOf(String text, TokenStream analysed) {
    if (text == null || WEB_ADDRESS.matcher(text.strip()).matches()) {
      return List.of(); // a bare link names its page, it does not discuss anything
    }
    PassageTerms terms = PassageTerms.of(analysed, asked);
    List<String> matched = new ArrayList<>();
    boolean indexed = false;
    for (Map.Entry<String, Query> topic : queries.entrySet()) {
      Predicate<PassageTerms> direct = matchers.get(topic.getKey());
      boolean matches;
      if (direct != null) {
        matches = direct.test(terms);
      } else {
        if (!indexed) {
          memory.reset();
          memory.addField(FIELD, text, textAnalyzer);
          indexed = true;
        }
        matches = memory.search(topic.getValue()) > 0.0f;
      }
      if (matches) {
        matched.add(topic.getKey());
      }
    }
    return matched;
  }

  /**
   * Every term and term pattern of the queries visited, in every clause (a prohibited one too: its
   * matcher asks about it).
   */
  static final class Asked extends QueryVisitor {
    private final Set<BytesRef> terms = new HashSet<>();
    private final List<ByteRunAutomaton> patterns = new ArrayList<>();

    @Override
    public void consumeTerms(Query query, Term... queryTerms) {
      for (Term term : queryTerms) {
        terms.add(BytesRef.deepCopyOf(term.bytes()));
      }
    }

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> a) {
      patterns.add(a.get());
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return this;
    }

    /** Whether a matcher may ask about this term. */
    boolean about(BytesRef term) {
      if (terms.contains(term)) {
        return true;
      }
      for (ByteRunAutomaton pattern : patterns) {
        if (pattern.run(term.bytes, term.offset, term.length)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A passage's terms with their positions, as the index would record them: those the topic
   * matchers ask about ({@link Asked}).
   */
  record PassageTerms(Map<BytesRef, List<Integer>> positions) {
    static PassageTerms of(TokenStream analysed, Asked asked) {
      Map<BytesRef, List<Integer>> positions = new HashMap<>();
      try (TokenStream stream = analysed) {
        TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
        PositionIncrementAttribute increment =
            stream.addAttribute(PositionIncrementAttribute.class);
        stream.reset();
        int position = -1;
        while (stream.incrementToken()) {
          position += increment.getPositionIncrement();
          if (!asked.about(term.getBytesRef())) {
            continue;
          }
          positions
              .computeIfAbsent(BytesRef.deepCopyOf(term.getBytesRef()), k -> new ArrayList<>(2))
              .add(position);
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new PassageTerms(positions);
    }

    boolean has(Term term) {
      // Most passages hold no term a topic asks about: then no term's hash need be computed.
      return !positions.isEmpty()
          && FIELD.equals(term.field())
          && positions.containsKey(term.bytes());
    }

    boolean hasPhrase(Term[] terms, int[] offsets) {
      List<Integer> starts = positions.isEmpty() ? null : positions.get(terms[0].bytes());
      if (starts == null) {
        return false;
      }
      for (int start : starts) {
        boolean all = true;
        for (int i = 1; i < terms.length && all; i++) {
          List<Integer> at = positions.get(terms[i].bytes());
          all = at != null && at.contains(start - offsets[0] + offsets[i]);
        }
        if (all) {
          return true;
        }
      }
      return false;
    }

    boolean anyMatching(ByteRunAutomaton automaton) {
      for (BytesRef term : positions.keySet()) {
        if (automaton.run(term.bytes, term.offset, term.length)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A direct matcher for the query, or null for query types it does not know. */
  static Predicate<PassageTerms> matcherOf(Query query) {
    if (query instanceof BoostQuery boost) {
      return matcherOf(boost.getQuery());
    }
    if (query instanceof ConstantScoreQuery constant) {
      return matcherOf(constant.getQuery());
    }
    if (query instanceof TermQuery term) {
      return terms -> terms.has(term.getTerm());
    }
    if (query instanceof SynonymQuery synonyms) {
      List<Term> any = synonyms.getTerms();
      return terms -> any.stream().anyMatch(terms::has);
    }
    if (query instanceof PhraseQuery phrase
        && phrase.getSlop() == 0
        && phrase.getTerms().length > 0
        && FIELD.equals(phrase.getField())) {
      Term[] phraseTerms = phrase.getTerms();
      int[] offsets = phrase.getPositions();
      return terms -> terms.hasPhrase(phraseTerms, offsets);
    }
    if (query instanceof MultiTermQuery multi && FIELD.equals(multi.getField())) {
      ByteRunAutomaton[] automaton = new ByteRunAutomaton[1];
      multi.visit(
          new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> a) {
              automaton[0] = a.get();
            }
          });
      return automaton[0] == null ? null : terms -> terms.anyMatching(automaton[0]);
    }
    if (query instanceof BooleanQuery bool) {
      return booleanMatcher(bool);
    }
    return null;
  }

  private static Predicate<PassageTerms> booleanMatcher(BooleanQuery bool) {
    List<Predicate<PassageTerms>> required = new ArrayList<>();
    List<Predicate<PassageTerms>> optional = new ArrayList<>();
    List<Predicate<PassageTerms>> prohibited = new ArrayList<>();
    for (BooleanClause clause : bool.clauses()) {
      Predicate<PassageTerms> matcher = matcherOf(clause.query());
      if (matcher == null) {
        return null;
      }
      switch (clause.occur()) {
        case MUST, FILTER -> required.add(matcher);
        case SHOULD -> optional.add(matcher);
        case MUST_NOT -> prohibited.add(matcher);
      }
    }
    int minimum = Math.max(bool.getMinimumNumberShouldMatch(), required.isEmpty() ? 1 : 0);
    return terms -> {
      for (Predicate<PassageTerms> p : required) {
        if (!p.test(terms)) {
          return false;
        }
      }
      for (Predicate<PassageTerms> p : prohibited) {
        if (p.test(terms)) {
          return false;
        }
      }
      int matched = 0;
      for (int i = 0; i < optional.size() && matched < minimum; i++) {
        if (optional.get(i).test(terms)) {
          matched++;
        }
      }
      return matched >= minimum;
    };
  }
}
