package org.foiarchive.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.ArchiveDates;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.tag.Reference;
import org.foiarchive.tag.ReferenceRecognizer;

/**
 * Turns a parsed user query into Lucene queries: words ranked by BM25 over the passage text, its
 * context and the document title; phrases on the unstemmed field; references and paragraph numbers
 * matched exactly; filters as non-scoring clauses. Thread-safe.
 */
public final class ArchiveQueryBuilder {
  /** Weights of the fields a word is looked for in, relative to the passage text. */
  static final float CONTEXT_WEIGHT = 0.35f;
  static final float TITLE_WEIGHT = 0.2f;
  static final float EXACT_WEIGHT = 0.3f;
  static final float REFERENCE_WEIGHT = 4f;
  static final float LABEL_WEIGHT = 1.5f;
  /** How many index terms a prefix (word*) may expand to: bounds its cost on a large index. */
  static final int MAX_PREFIX_TERMS = 64;

  private static final Pattern PARAGRAPH = Pattern.compile(
      "(?i)\\b(?:para(?:graph)?s?\\.?|§|sec\\.?|pt\\.?|point)\\s*(\\d{1,5}(?:\\.\\d{1,3})?)\\b|\\b(Q\\d{1,2})\\b");

  private final Analyzer analyzer;
  private final ReferenceRecognizer references;
  private final QueryFrontEnd frontEnd = new QueryFrontEnd();

  public ArchiveQueryBuilder(ArchiveAnalyzers analyzers, ReferenceRecognizer references) {
    this.analyzer = analyzers.query();
    this.references = references;
  }

  public ArchiveQuery build(SearchRequest request) {
    ParsedQuery parsed = frontEnd.parse(request.query());
    List<String> notices = new ArrayList<>(parsed.notices());
    QueryBuilder builder = new QueryBuilder(analyzer);
    builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);

    BooleanQuery.Builder ranking = new BooleanQuery.Builder();
    BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    // Words, references and paragraph numbers rank; at least one must match unless a required part
    // (a phrase, +word, a OR b) does the finding.
    BooleanQuery.Builder optional = new BooleanQuery.Builder();

    String wordText = String.join(" ", parsed.words());
    if (!wordText.isBlank()) {
      Query words = wordsQuery(builder, wordText);
      if (words != null) {
        optional.add(words, Occur.SHOULD);
        addIfPresent(highlight, builder.createBooleanQuery(ArchiveFields.TEXT, wordText, Occur.SHOULD));
      }
    }
    // References and paragraph numbers typed as words ("FOI 2437", "para 51") find what carries them.
    for (Reference ref : references.find(request.query())) {
      optional.add(new BoostQuery(new TermQuery(new Term(ArchiveFields.REF, ref.canonical())), REFERENCE_WEIGHT),
          Occur.SHOULD);
    }
    Matcher paragraph = PARAGRAPH.matcher(request.query());
    while (paragraph.find()) {
      String label = (paragraph.group(1) != null ? paragraph.group(1) : paragraph.group(2)).toLowerCase(Locale.ROOT);
      optional.add(new BoostQuery(new TermQuery(new Term(ArchiveFields.LABEL, label)), LABEL_WEIGHT), Occur.SHOULD);
    }
    BooleanQuery optionalQuery = optional.build();

    for (List<ParsedQuery.Item> group : parsed.groups()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (ParsedQuery.Item item : group) {
        Query q = itemQuery(builder, item);
        if (q != null) {
          any.add(q, Occur.SHOULD);
          addIfPresent(highlight, highlightQuery(builder, item));
        }
      }
      BooleanQuery anyQuery = any.build();
      ranking.add(anyQuery.clauses().isEmpty() ? new MatchNoDocsQuery("nothing searchable in a required part")
          : anyQuery, Occur.MUST);
    }
    if (!optionalQuery.clauses().isEmpty()) {
      ranking.add(optionalQuery, parsed.groups().isEmpty() ? Occur.MUST : Occur.SHOULD);
    } else if (parsed.groups().isEmpty()) {
      ranking.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    for (ParsedQuery.Item item : parsed.excluded()) {
      Query q = item.type() == ParsedQuery.Item.Type.WORD
          ? builder.createBooleanQuery(ArchiveFields.TEXT, item.text(), Occur.SHOULD)
          : itemQuery(builder, item);
      if (q != null) {
        ranking.add(q, Occur.MUST_NOT);
      }
    }
    if (optionalQuery.clauses().isEmpty() && parsed.groups().isEmpty()) {
      // Only a query of filters alone could match a document record: words, phrases, references and
      // paragraph labels are indexed on passages only. Elsewhere the filter would cost a pass over
      // every passage of the archive for nothing.
      ranking.add(new TermQuery(new Term(ArchiveFields.RECORD, ArchiveFields.RECORD_PASSAGE)), Occur.FILTER);
    }
    addFilters(ranking, builder, parsed.filters(), request, notices);
    return new ArchiveQuery(ranking.build(), highlight.build(), List.copyOf(notices), parsed);
  }

  /** Plain words across the fields a reader would expect them in. */
  private Query wordsQuery(QueryBuilder builder, String text) {
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    addWeighted(fields, builder.createBooleanQuery(ArchiveFields.TEXT, text, Occur.SHOULD), 1f);
    addWeighted(fields, builder.createBooleanQuery(ArchiveFields.CONTEXT, text, Occur.SHOULD), CONTEXT_WEIGHT);
    addWeighted(fields, builder.createBooleanQuery(ArchiveFields.TITLE, text, Occur.SHOULD), TITLE_WEIGHT);
    addWeighted(fields, builder.createBooleanQuery(ArchiveFields.EXACT, text, Occur.SHOULD), EXACT_WEIGHT);
    BooleanQuery query = fields.build();
    return query.clauses().isEmpty() ? null : query;
  }

  private Query itemQuery(QueryBuilder builder, ParsedQuery.Item item) {
    return switch (item.type()) {
      case PHRASE -> builder.createPhraseQuery(ArchiveFields.EXACT, item.text());
      case PREFIX -> prefix(item.text());
      case WORD -> wordsQuery(builder, item.text());
    };
  }

  private Query highlightQuery(QueryBuilder builder, ParsedQuery.Item item) {
    return switch (item.type()) {
      case PHRASE -> builder.createPhraseQuery(ArchiveFields.TEXT, item.text());
      case PREFIX -> null;
      case WORD -> builder.createBooleanQuery(ArchiveFields.TEXT, item.text(), Occur.SHOULD);
    };
  }

  private static Query prefix(String text) {
    String normalised = text.toLowerCase(Locale.ROOT);
    return new PrefixQuery(new Term(ArchiveFields.EXACT, normalised),
        new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_PREFIX_TERMS));
  }

  private void addFilters(BooleanQuery.Builder query, QueryBuilder builder, Map<String, List<String>> typed,
      SearchRequest request, List<String> notices) {
    addKeywordFilter(query, ArchiveFields.TOPIC, union(typed.get("topic"), request.topics()));
    addKeywordFilter(query, ArchiveFields.KIND, union(typed.get("kind"), request.kinds()));
    addKeywordFilter(query, ArchiveFields.VOICE, union(typed.get("voice"), request.voices()));
    List<String> publishers = union(typed.get("publisher"), List.of());
    if (!publishers.isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String publisher : publishers) {
        addIfPresent(any, builder.createBooleanQuery(ArchiveFields.PUBLISHER_TEXT, publisher, Occur.MUST));
      }
      query.add(any.build(), Occur.FILTER);
    }
    if (!request.publishers().isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      request.publishers().forEach(p -> any.add(new TermQuery(new Term(ArchiveFields.PUBLISHER, p)), Occur.SHOULD));
      query.add(any.build(), Occur.FILTER);
    }
    List<String> refs = typed.getOrDefault("ref", List.of());
    if (!refs.isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String ref : refs) {
        String canonical = references.canonical(ref).orElse(ref.strip());
        any.add(new TermQuery(new Term(ArchiveFields.REF, canonical)), Occur.SHOULD);
        // An Act finds its sections: ref:"Jobseekers Act 1995" matches "Jobseekers Act 1995 s19A(2)(c)".
        any.add(new PrefixQuery(new Term(ArchiveFields.REF, canonical + " ")), Occur.SHOULD);
      }
      query.add(any.build(), Occur.FILTER);
    }
    Long after = startDay(first(typed.get("after"), request.from()), "after", notices);
    Long before = null;
    String typedBefore = first(typed.get("before"), null);
    if (typedBefore != null) {
      Long start = startDay(typedBefore, "before", notices);
      before = start == null ? null : start - 1;
    } else if (request.to() != null) {
      var end = ArchiveDates.end(request.to());
      if (end == null) {
        notices.add("The date '" + request.to() + "' was not understood; write it as 2013, 2013-06 or 2013-06-12.");
      } else {
        before = end.toEpochDay();
      }
    }
    if (after != null || before != null) {
      query.add(LongField.newRangeQuery(ArchiveFields.DATE_DAY, after == null ? Long.MIN_VALUE : after,
          before == null ? Long.MAX_VALUE : before), Occur.FILTER);
    }
  }

  private static Long startDay(String date, String name, List<String> notices) {
    if (date == null) {
      return null;
    }
    var start = ArchiveDates.parse(date);
    if (start == null) {
      notices.add("The date in " + name + ":" + date + " was not understood; write it as 2013, 2013-06 or 2013-06-12.");
      return null;
    }
    return start.toEpochDay();
  }

  private static void addKeywordFilter(BooleanQuery.Builder query, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String value : values) {
      any.add(new TermQuery(new Term(field, value.toLowerCase(Locale.ROOT))), Occur.SHOULD);
    }
    query.add(any.build(), Occur.FILTER);
  }

  private static List<String> union(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>();
    if (a != null) {
      all.addAll(a);
    }
    if (b != null) {
      all.addAll(b);
    }
    return List.copyOf(all);
  }

  private static String first(List<String> values, String fallback) {
    return values == null || values.isEmpty() ? fallback : values.getFirst();
  }

  private static void addWeighted(BooleanQuery.Builder builder, Query query, float weight) {
    if (query == null) {
      return;
    }
    // A field's words go in one by one, each with the field's weight, rather than as a boosted group:
    // the score is the same sum, but Lucene can then skip passages that only common words ("is", "a")
    // could rank, which is most of a large archive.
    if (query instanceof BooleanQuery group && group.getMinimumNumberShouldMatch() == 0
        && group.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD)) {
      for (var clause : group.clauses()) {
        builder.add(weight == 1f ? clause.query() : new BoostQuery(clause.query(), weight), Occur.SHOULD);
      }
      return;
    }
    builder.add(weight == 1f ? query : new BoostQuery(query, weight), Occur.SHOULD);
  }

  private static void addIfPresent(BooleanQuery.Builder builder, Query query) {
    if (query != null) {
      builder.add(query, Occur.SHOULD);
    }
  }
}
