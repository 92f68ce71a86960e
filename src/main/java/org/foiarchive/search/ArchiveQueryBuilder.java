package org.foiarchive.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.ArchiveDates;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.index.WelfareGlossary;
import org.foiarchive.passage.Voice;
import org.foiarchive.tag.Reference;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.tag.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a parsed user query into Lucene queries: words ranked by BM25 over the passage text, its
 * context and the document title; phrases on the unstemmed field; references and paragraph numbers
 * matched exactly; filters as non-scoring clauses. Thread-safe.
 */
public final class ArchiveQueryBuilder {
  private static final Logger log = LoggerFactory.getLogger(ArchiveQueryBuilder.class);

  /** How many index terms a prefix (word*) may expand to: bounds its cost on a large index. */
  static final int MAX_PREFIX_TERMS = 64;

  /**
   * Related forms added to one query: enough for a long question, bounded for a pasted paragraph.
   */
  static final int MAX_RELATED_FORMS = 16;

  /**
   * The longest expansion in synonyms.txt, in words ("privacy and electronic communications
   * regulations").
   */
  static final int MAX_SYNONYM_WORDS = 5;

  /**
   * Words that may come between the words of a related phrase ("look for work"): none. An exact
   * phrase is checked from positions in order; one with slop costs several times more on every
   * candidate.
   */
  static final int RELATED_PHRASE_SLOP = 0;

  /** The longest WordNet expression looked for among the words typed ("take into account"). */
  static final int MAX_EXPRESSION_WORDS = 3;

  /** Word pairs scored for closeness: enough for any question, bounded for a pasted paragraph. */
  static final int MAX_PROXIMITY_PAIRS = 12;

  private static final Pattern PARAGRAPH =
      Pattern.compile(
          "(?i)\\b(?:para(?:graph)?s?\\.?|§|sec\\.?|pt\\.?|point)\\s*(\\d{1,5}(?:\\.\\d{1,3})?)\\b|\\b(Q\\d{1,2})\\b");

  private final Analyzer analyzer;
  private final ReferenceRecognizer references;
  private final Ranking tuning;
  private final RelatedWords relatedWords;
  private final RelatedWords glossary;
  private final WelfareGlossary welfareGlossary = WelfareGlossary.load();
  private final EverydayWords everydayWords;
  private final PlainWords plainWords;
  private final QueryFrontEnd frontEnd = new QueryFrontEnd();

  public ArchiveQueryBuilder(ArchiveAnalyzers analyzers, ReferenceRecognizer references) {
    this(analyzers, references, Ranking.DEFAULT);
  }

  public ArchiveQueryBuilder(
      ArchiveAnalyzers analyzers, ReferenceRecognizer references, Ranking ranking) {
    this.analyzer = analyzers.query();
    this.references = references;
    this.tuning = ranking;
    this.relatedWords = new RelatedWords(analyzers.prose());
    this.glossary =
        RelatedWords.of(analyzers.prose(), welfareGlossary, ranking.abbreviationsInCapitals());
    this.everydayWords = new EverydayWords(analyzers.prose(), WelfareGlossary.everydayWords());
    this.plainWords = new PlainWords(analyzers.prose(), PlainWords.PHRASES);
  }

  public ArchiveQuery build(SearchRequest request) {
    return build(request, word -> Optional.empty());
  }

  /**
   * @param spelling the index's spelling of a word it does not hold ("isues" gives "issues"),
   *     searched beside the word as typed
   */
  public ArchiveQuery build(SearchRequest request, Function<String, Optional<String>> spelling) {
    return build(request, spelling, Vocabulary.NONE);
  }

  /**
   * @param spelling the index's spelling of a word it does not hold ("isues" gives "issues"),
   *     searched beside the word as typed
   * @param vocabulary what the index holds, for the other ways it writes a word typed ("jobsearch"
   *     as "job search")
   */
  ArchiveQuery build(
      SearchRequest request, Function<String, Optional<String>> spelling, Vocabulary vocabulary) {
    ParsedQuery parsed = frontEnd.parse(request.query());
    List<Notice> notices = new ArrayList<>(parsed.notes());
    QueryBuilder builder = new QueryBuilder(analyzer);
    builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    Clauses clauses = new Clauses();

    List<String> subject =
        tuning.dropQuestionWords()
            ? QuestionWords.subjectWords(
                parsed.words(),
                run ->
                    tuning.namesWhole() && relatedWords.tokens(String.join(" ", run)).size() == 1)
            : parsed.words();
    List<JoinedWords.Form> joined = joinedForms(subject, vocabulary);
    List<RelatedWords.Expansion> synonyms = thesaurusForms(parsed.words(), vocabulary);
    // A plain phrase may hold a question word ("find out", "let me know"): looked for among all the
    // words typed.
    List<RelatedWords.Expansion> plainForms = plainForms(subject, parsed.words());
    Query proximity =
        addSubjectWords(
            subject,
            spelling,
            joined,
            synonyms,
            plainForms,
            builder,
            clauses.finding,
            clauses.support,
            clauses.highlight,
            notices);
    // References typed among the words ("FOI 2437") find what carries them, at a fixed weight:
    // carrying a reference is yes or no. One inside ref:"..." is a filter, handled with the others.
    List<Reference> typedReferences = addTypedReferences(parsed.freeText(), clauses.finding);
    addParagraphLabels(parsed.freeText(), clauses.finding);
    addRequiredGroups(parsed, builder, clauses.ranking, clauses.support, clauses.highlight);

    BooleanQuery findingQuery = clauses.finding.build();
    BooleanQuery supportQuery = clauses.support.build();
    addFindingAndSupport(clauses.ranking, findingQuery, supportQuery, parsed);
    // Exclusions and filters apply to both forms of the ranking below.
    List<BooleanClause> restricting = restrictions(parsed, request, builder, findingQuery, notices);
    restricting.forEach(clauses.ranking::add);
    return new ArchiveQuery(
        clauses.ranking.build(),
        clauses.highlight.build(),
        List.copyOf(notices),
        parsed,
        !typedReferences.isEmpty() || QueryIntent.asksWhatWasSaid(request.query(), parsed),
        concepts(builder, subject, spelling, joined, synonyms),
        prunableCandidates(parsed, findingQuery, supportQuery, restricting),
        proximity,
        QueryIntent.asksAQuestion(request.query(), parsed, tuning.questionsInClauses()));
  }

  /** The parts of one query being built, each with the job its clauses do. */
  private static final class Clauses {
    final BooleanQuery.Builder ranking = new BooleanQuery.Builder();
    final BooleanQuery.Builder highlight = new BooleanQuery.Builder();

    /**
     * What finds a passage: its words, what is printed around it, references, paragraph numbers. At
     * least one must match unless a required part (a phrase, +word, a OR b) does the finding.
     */
    final BooleanQuery.Builder finding = new BooleanQuery.Builder();

    /**
     * What only adds weight to a passage found otherwise: the document's title, the neighbouring
     * passages, query words close together. Alone they would find every passage of a document.
     */
    final BooleanQuery.Builder support = new BooleanQuery.Builder();
  }

  /**
   * The finding words, required unless a required group does the finding (and everything when
   * nothing does), and the supporting ones, which only add weight.
   */
  private static void addFindingAndSupport(
      BooleanQuery.Builder ranking,
      BooleanQuery findingQuery,
      BooleanQuery supportQuery,
      ParsedQuery parsed) {
    if (!findingQuery.clauses().isEmpty()) {
      ranking.add(findingQuery, parsed.groups().isEmpty() ? Occur.MUST : Occur.SHOULD);
    } else if (parsed.groups().isEmpty()) {
      ranking.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    if (!supportQuery.clauses().isEmpty()) {
      ranking.add(supportQuery, Occur.SHOULD);
    }
  }

  /**
   * The flat candidate query when the ranking has supporting clauses to skip and no required group,
   * else null.
   */
  private Query prunableCandidates(
      ParsedQuery parsed,
      BooleanQuery findingQuery,
      BooleanQuery supportQuery,
      List<BooleanClause> restricting) {
    return parsed.groups().isEmpty() && !supportQuery.clauses().isEmpty()
        ? candidates(findingQuery, restricting)
        : null;
  }

  /**
   * The subject words, as typed and as the index spells those it does not hold, with their related
   * words; returns the closeness query for the top hits, or null.
   */
  private Query addSubjectWords(
      List<String> subject,
      Function<String, Optional<String>> spelling,
      List<JoinedWords.Form> joined,
      List<RelatedWords.Expansion> synonyms,
      List<RelatedWords.Expansion> plainWordForms,
      QueryBuilder builder,
      BooleanQuery.Builder finding,
      BooleanQuery.Builder support,
      BooleanQuery.Builder highlight,
      List<Notice> notices) {
    String wordText = String.join(" ", subject);
    if (wordText.isBlank()) {
      return null;
    }
    // An abbreviation typed in capitals that is an everyday word in lower case ("MR", "Mr") is
    // searched for what it stands for at the weight of a word typed, and as the letters typed
    // only at the glossary's: the index, in lower case, cannot tell "MR" from "Mr Wilson".
    List<String> inCapitals = subject.stream().filter(this::capitalisedAbbreviation).toList();
    List<String> plain = subject.stream().filter(w -> !inCapitals.contains(w)).toList();
    addWords(finding, support, builder, String.join(" ", plain), 1f);
    for (String word : inCapitals) {
      addWords(finding, support, builder, word, tuning.glossaryWeight());
    }
    addIfPresent(highlight, builder.createBooleanQuery(ArchiveFields.TEXT, wordText, Occur.SHOULD));
    List<String> corrected = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String word : subject) {
      spelling
          .apply(word)
          .ifPresent(
              correction -> {
                corrected.add(correction);
                unknown.add(word);
              });
    }
    if (!corrected.isEmpty()) {
      String correctedText = String.join(" ", corrected);
      addWords(finding, support, builder, correctedText, tuning.spellingWeight());
      addIfPresent(
          highlight, builder.createBooleanQuery(ArchiveFields.TEXT, correctedText, Occur.SHOULD));
      // Said as what it is: a guess at a misspelling, searched beside the word as typed.
      notices.add(
          Notice.of(
              Notice.Code.SPELLING_ALSO_SEARCHED,
              String.join(", ", unknown),
              String.join(", ", corrected)));
    }
    List<String> related = related(subject);
    addRelated(finding, support, builder, related, tuning.relatedWeight(), highlight);
    List<RelatedWords.Expansion> glossaryForms = glossaryForms(subject, related);
    addGlossary(finding, support, builder, glossaryForms, inCapitals, highlight);
    List<RelatedWords.Expansion> everydayForms = everydayForms(subject, related, glossaryForms);
    addEachInPlaceOf(
        finding, support, builder, everydayForms, tuning.everydayWordsWeight(), highlight);
    Set<String> listed = formsAdded(related, glossaryForms, everydayForms);
    List<RelatedWords.Expansion> plainForms =
        plainWordForms.stream().filter(expansion -> listed.add(expansion.form())).toList();
    addEachInPlaceOf(finding, support, builder, plainForms, tuning.plainWordsWeight(), highlight);
    // A synonym another list already adds keeps that list's weight.
    Set<String> expanded = formsAdded(related, glossaryForms, everydayForms, plainForms);
    List<RelatedWords.Expansion> newSynonyms =
        synonyms.stream().filter(synonym -> expanded.add(synonym.form())).toList();
    addEachInPlaceOf(finding, support, builder, newSynonyms, tuning.thesaurusWeight(), highlight);
    addJoined(finding, support, builder, joined, related, glossaryForms, highlight);
    Query near = proximityQuery(builder, subject);
    return near == null ? null : new BoostQuery(near, tuning.proximityWeight());
  }

  /**
   * References typed among the words find the passages that carry them; returns those references.
   */
  private List<Reference> addTypedReferences(String freeText, BooleanQuery.Builder finding) {
    List<Reference> typedReferences = references.find(freeText);
    for (Reference ref : typedReferences) {
      finding.add(
          constant(
              new TermQuery(new Term(ArchiveFields.REF, ref.canonical())),
              tuning.referenceWeight()),
          Occur.SHOULD);
      // Guidance quoted without its prefix still prints the number: "21594 If the DM has
      // reason...".
      if (ref.type() == Reference.Type.DMG || ref.type() == Reference.Type.ADM) {
        String number =
            ref.canonical()
                .substring(ref.canonical().lastIndexOf(' ') + 1)
                .toLowerCase(Locale.ROOT);
        finding.add(
            constant(new TermQuery(new Term(ArchiveFields.LABEL, number)), tuning.labelWeight()),
            Occur.SHOULD);
      }
    }
    return typedReferences;
  }

  /** A paragraph or question number typed ("para 51", "Q3") finds the passage printed under it. */
  private void addParagraphLabels(String freeText, BooleanQuery.Builder finding) {
    Matcher paragraph = PARAGRAPH.matcher(freeText);
    while (paragraph.find()) {
      String label =
          (paragraph.group(1) != null ? paragraph.group(1) : paragraph.group(2))
              .toLowerCase(Locale.ROOT);
      finding.add(
          constant(new TermQuery(new Term(ArchiveFields.LABEL, label)), tuning.labelWeight()),
          Occur.SHOULD);
    }
  }

  /** Each required part (a phrase, +word, a OR b) must match one of its items. */
  private void addRequiredGroups(
      ParsedQuery parsed,
      QueryBuilder builder,
      BooleanQuery.Builder ranking,
      BooleanQuery.Builder support,
      BooleanQuery.Builder highlight) {
    for (List<ParsedQuery.Item> group : parsed.groups()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (ParsedQuery.Item item : group) {
        Query q = itemQuery(builder, item, support);
        if (q != null) {
          any.add(q, Occur.SHOULD);
          addIfPresent(highlight, highlightQuery(builder, item));
        }
      }
      BooleanQuery anyQuery = any.build();
      ranking.add(
          anyQuery.clauses().isEmpty()
              ? new MatchNoDocsQuery("nothing searchable in a required part")
              : anyQuery,
          Occur.MUST);
    }
  }

  /** Exclusions, the filters typed and chosen, and for a query of filters alone, passages only. */
  private List<BooleanClause> restrictions(
      ParsedQuery parsed,
      SearchRequest request,
      QueryBuilder builder,
      BooleanQuery findingQuery,
      List<Notice> notices) {
    BooleanQuery.Builder restrictions = new BooleanQuery.Builder();
    for (ParsedQuery.Item item : parsed.excluded()) {
      Query q =
          item.type() == ParsedQuery.Item.Type.WORD
              ? builder.createBooleanQuery(ArchiveFields.TEXT, item.text(), Occur.SHOULD)
              : itemQuery(builder, item, new BooleanQuery.Builder());
      if (q != null) {
        restrictions.add(q, Occur.MUST_NOT);
      }
    }
    if (findingQuery.clauses().isEmpty() && parsed.groups().isEmpty()) {
      // Only a query of filters alone could match a document record: words, phrases, references and
      // paragraph labels are indexed on passages only. Elsewhere the filter would cost a pass over
      // every passage of the archive for nothing.
      restrictions.add(
          new TermQuery(new Term(ArchiveFields.RECORD, ArchiveFields.RECORD_PASSAGE)),
          Occur.FILTER);
    }
    addFilters(restrictions, builder, parsed, request, notices);
    return restrictions.build().clauses();
  }

  /**
   * The cheap query that finds the candidates the ranking then scores exactly, or null when the
   * finding words alone are the ranking's own finding part.
   */
  private Query candidates(BooleanQuery findingQuery, List<BooleanClause> restricting) {
    if (findingQuery.clauses().isEmpty()) {
      return null;
    }
    // Required words (finding) with optional weight (support) make Lucene score every passage that
    // has any of the words, a third of a large archive for a question in everyday words: neither
    // half is a top-level disjunction, so neither can skip what cannot rank. The finding words
    // alone, as one flat disjunction, can be pruned; they find the candidates, which the ranking
    // then scores exactly. A phrase ("look for work") finds its candidates as its words all
    // present: checked position by position on every candidate, a phrase of common words costs more
    // than all the single words.
    BooleanQuery.Builder all = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
    FlatSum.of(List.of(findingQuery))
        .forEach(
            q ->
                all.add(
                    withoutPositions(unweightedBelowTyped(unweightedWhereRepeated(q))),
                    Occur.SHOULD));
    restricting.forEach(all::add);
    return all.build();
  }

  /**
   * What weighs less than a word typed finds candidates without a weight of its own: a clause
   * lighter than a related word (the context's words, the glossary's and everyday phrases' forms,
   * the exact field's related forms) and a related phrase ("look for work", found here as its words
   * all present). Lucene's pruning reads a weighted clause wherever a passage could still rank, and
   * a phrase's words, common ones such as "for" among them, are read for much of the archive; at a
   * million passages these clauses were about a quarter of the first pass's cost, and weightless
   * they left every eval set and the shared query sets' MRR@10 and R@10 there unchanged
   * (docs/performance.md). They still find, so the candidates remain the ranking's matches, and the
   * ranking scores every candidate with every weight and checks each phrase, as before. With
   * related words off (weight 0) every clause keeps its weight. Once the candidate pass prunes,
   * such a clause stops ({@link UnweightedClause}).
   */
  private Query unweightedBelowTyped(Query leaf) {
    if (leaf instanceof BoostQuery boost) {
      float weight = boost.getBoost();
      boolean phrase =
          boost.getQuery() instanceof PhraseQuery || boost.getQuery() instanceof MultiPhraseQuery;
      if (weight < tuning.relatedWeight() || phrase && weight <= tuning.relatedWeight()) {
        return new UnweightedClause(boost.getQuery());
      }
    }
    return leaf;
  }

  /**
   * A word as printed that stemming leaves as it is ("see", "uj") finds candidates without a weight
   * of its own. A passage that holds it holds the stemmed word too (unless a multi-word
   * abbreviation took the word's place in the stemmed text: "work programme" is WP there), so its
   * weight in the first pass would mostly repeat the stemmed word's; and a clause that cannot lift
   * a passage into the candidates is one Lucene skips once it has counted the first matches, where
   * a weighted one is read for every passage that could still rank. It still finds, so the
   * candidates remain the ranking's matches (the total and the facets' sample count them). A word
   * stemming changes ("disclaimers") keeps its weight: that is what puts the form typed above its
   * cousins among the candidates. The ranking scores every candidate with both, as before.
   */
  private Query unweightedWhereRepeated(Query leaf) {
    Query inner = leaf;
    while (inner instanceof BoostQuery boost) {
      inner = boost.getQuery();
    }
    if (inner instanceof TermQuery term && term.getTerm().field().equals(ArchiveFields.EXACT)) {
      String word = term.getTerm().text();
      if (relatedWords.tokens(word).equals(List.of(word))) {
        return new UnweightedClause(term);
      }
    }
    return leaf;
  }

  /**
   * Each subject word as found in a passage or its context, in any of its related or corrected
   * forms.
   */
  private List<Query> concepts(
      QueryBuilder builder,
      List<String> subject,
      Function<String, Optional<String>> spelling,
      List<JoinedWords.Form> joined,
      List<RelatedWords.Expansion> synonyms) {
    if (subject.size() < 2 || tuning.coverageExponent() <= 0) {
      return List.of();
    }
    List<Query> concepts = new ArrayList<>();
    List<RelatedWords.Expansion> everyday =
        tuning.everydayWordsWeight() <= 0 ? List.of() : everydayWords.expansions(subject);
    List<RelatedWords.Expansion> plain = plainForms(subject, subject);
    for (String word : conceptWords(subject)) {
      BooleanQuery.Builder forms = new BooleanQuery.Builder();
      addIfPresent(forms, findQuery(builder, word));
      spelling.apply(word).ifPresent(w -> addIfPresent(forms, findQuery(builder, w)));
      List<String> related = related(List.of(word));
      List<String> expansions = new ArrayList<>(related);
      glossaryForms(List.of(word), related).forEach(e -> expansions.add(e.form()));
      // An everyday phrase's official term covers each of the phrase's words typed.
      List<String> wordTokens = relatedWords.tokens(word);
      everyday.stream()
          .filter(e -> !Collections.disjoint(e.typed(), wordTokens))
          .forEach(e -> expansions.add(e.form()));
      // So does a plain phrase's official word ("take part", "participate"); a phrase with a
      // question word in it ("find out") is not among the subject words, so covers nothing here.
      plain.stream()
          .filter(e -> !Collections.disjoint(e.typed(), wordTokens))
          .forEach(e -> expansions.add(e.form()));
      // "dismissed" covers the word "fired" typed, as an everyday phrase's term does: without it
      // the tuning halves gained less (MRR@10 seed 0.583, evaluation corpus 0.778, as before,
      // against 0.586 and 0.806).
      synonyms.stream()
          .filter(e -> !Collections.disjoint(e.typed(), wordTokens))
          .forEach(e -> expansions.add(e.form()));
      // "jobsearch" covers the words "job search" typed, and "job search" the word "jobsearch".
      for (JoinedWords.Form form : joined) {
        if (!Collections.disjoint(form.typed(), List.of(word.split(" ")))) {
          expansions.add(form.form());
        }
      }
      for (String form : expansions) {
        addIfPresent(
            forms,
            form.indexOf(' ') < 0
                ? findQuery(builder, form)
                : builder.createPhraseQuery(ArchiveFields.TEXT, form, RELATED_PHRASE_SLOP));
      }
      BooleanQuery query = forms.build();
      if (!query.clauses().isEmpty()) {
        concepts.add(query);
      }
    }
    return concepts;
  }

  /**
   * The subject words as concepts: words that the analysis makes one term stay together ("data
   * protection" is the DPA, "universal jobmatch" is UJ), so a passage saying "DPA" covers them.
   */
  private List<String> conceptWords(List<String> subject) {
    List<String> words = subject.stream().distinct().toList();
    List<String> concepts = new ArrayList<>();
    int i = 0;
    while (i < words.size() && concepts.size() <= MAX_PROXIMITY_PAIRS) {
      int taken = 1;
      for (int n = Math.min(MAX_SYNONYM_WORDS, words.size() - i); n >= 2; n--) {
        if (relatedWords.tokens(String.join(" ", words.subList(i, i + n))).size() == 1) {
          taken = n;
          break;
        }
      }
      concepts.add(String.join(" ", words.subList(i, i + taken)));
      i += taken;
    }
    return concepts;
  }

  private static Query constant(Query query, float weight) {
    return new BoostQuery(new ConstantScoreQuery(query), weight);
  }

  /**
   * A topic's definition (classic Lucene syntax over the passage text, as in {@code topics.yml}) as
   * a ranking query, or null when it does not parse: tagging has already reported that at ingest.
   */
  public Query topicQuery(Topic topic) {
    QueryParser parser = new QueryParser(ArchiveFields.TEXT, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.OR);
    parser.setSplitOnWhitespace(false);
    try {
      return parser.parse(topic.query());
    } catch (ParseException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Plain words where a reader would look for them: the passage and what is printed around it find;
   * the document's title and the neighbouring passages only add weight.
   */
  private void addWords(
      BooleanQuery.Builder finding,
      BooleanQuery.Builder support,
      QueryBuilder builder,
      String text,
      float weight) {
    addWeighted(finding, findQuery(builder, text), weight);
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    addWeighted(
        fields,
        builder.createBooleanQuery(ArchiveFields.TITLE, text, Occur.SHOULD),
        tuning.titleWeight());
    addWeighted(
        fields,
        NeighbourTextQuery.of(builder.createBooleanQuery(ArchiveFields.TEXT, text, Occur.SHOULD)),
        tuning.aroundWeight());
    BooleanQuery query = fields.build();
    if (!query.clauses().isEmpty()) {
      addWeighted(support, query, weight);
    }
  }

  /** The words in the passage's own text (stemmed and as printed) or in its context. */
  private Query findQuery(QueryBuilder builder, String text) {
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    addWeighted(fields, builder.createBooleanQuery(ArchiveFields.TEXT, text, Occur.SHOULD), 1f);
    addWeighted(
        fields,
        builder.createBooleanQuery(ArchiveFields.CONTEXT, text, Occur.SHOULD),
        tuning.contextWeight());
    addWeighted(
        fields,
        builder.createBooleanQuery(ArchiveFields.EXACT, text, Occur.SHOULD),
        tuning.exactWeight());
    BooleanQuery query = fields.build();
    return query.clauses().isEmpty() ? null : query;
  }

  /** What officials would have written for the words typed ({@code related-words.txt}). */
  private List<String> related(List<String> subject) {
    if (tuning.relatedWeight() <= 0) {
      return List.of();
    }
    return relatedWords.of(subject).stream().limit(MAX_RELATED_FORMS).toList();
  }

  /**
   * What the welfare abbreviations and terms typed stand for, and the abbreviations of the terms
   * written out ({@code glossary.tsv}), leaving out the related forms already searched.
   */
  private List<RelatedWords.Expansion> glossaryForms(List<String> subject, List<String> related) {
    if (tuning.glossaryWeight() <= 0) {
      return List.of();
    }
    return unseenForms(glossary.expansions(subject), formsAdded(related));
  }

  /**
   * The first {@link #MAX_RELATED_FORMS} of a list's forms that are not among those seen, each
   * once; each one taken is added to {@code seen}.
   */
  private static List<RelatedWords.Expansion> unseenForms(
      List<RelatedWords.Expansion> expansions, Set<String> seen) {
    return expansions.stream()
        .filter(expansion -> seen.add(expansion.form()))
        .limit(MAX_RELATED_FORMS)
        .toList();
  }

  /**
   * The forms the related words and the lists before this one already add, which a later list
   * leaves out (so each form keeps the weight of the first list that adds it); open for the caller
   * to add its own as it goes.
   */
  @SafeVarargs
  private static Set<String> formsAdded(
      List<String> related, List<RelatedWords.Expansion>... earlierLists) {
    Set<String> forms = new HashSet<>(related);
    for (List<RelatedWords.Expansion> list : earlierLists) {
      list.forEach(expansion -> forms.add(expansion.form()));
    }
    return forms;
  }

  /**
   * The official terms for the everyday phrases typed ({@code everyday-words.tsv}), leaving out the
   * forms the related words and the glossary already add.
   */
  private List<RelatedWords.Expansion> everydayForms(
      List<String> subject, List<String> related, List<RelatedWords.Expansion> glossaryForms) {
    if (tuning.everydayWordsWeight() <= 0) {
      return List.of();
    }
    List<RelatedWords.Expansion> forms =
        unseenForms(everydayWords.expansions(subject), formsAdded(related, glossaryForms));
    if (!forms.isEmpty()) {
      log.debug("Everyday words also searched as the official terms: {}", forms);
    }
    return forms;
  }

  /**
   * The official words for the plain words typed ({@code plain-words.tsv}), each once; the caller
   * leaves out those the lists before it already add.
   */
  private List<RelatedWords.Expansion> plainForms(List<String> subject, List<String> typed) {
    if (tuning.plainWordsWeight() <= 0) {
      return List.of();
    }
    List<RelatedWords.Expansion> forms =
        unseenForms(plainWords.expansions(subject, typed), new HashSet<>());
    if (!forms.isEmpty()) {
      log.debug("Plain words also searched as the official words: {}", forms);
    }
    return forms;
  }

  /**
   * The glossary's forms of the welfare terms typed, each finding only passages that do not have
   * the term as typed ({@link #addInPlaceOf}).
   */
  private void addGlossary(
      BooleanQuery.Builder finding,
      BooleanQuery.Builder support,
      QueryBuilder builder,
      List<RelatedWords.Expansion> forms,
      List<String> inCapitals,
      BooleanQuery.Builder highlight) {
    for (RelatedWords.Expansion expansion : forms) {
      if (standsFor(inCapitals, expansion)) {
        // What the letters typed stand for is what was asked: a word typed, shared out among its
        // words, wherever it is.
        addRelated(
            finding,
            support,
            builder,
            List.of(expansion.form()),
            1f / Math.max(1, glossary.tokens(expansion.form()).size()),
            highlight);
        continue;
      }
      addInPlaceOf(
          finding,
          support,
          builder,
          expansion.form(),
          expansion.typed(),
          tuning.glossaryWeight(),
          highlight);
    }
  }

  /**
   * Whether a word is a glossary abbreviation spelt like an everyday word in lower case, typed in
   * capitals ("MR", not "Mr"), and the glossary and that reading are on.
   */
  private boolean capitalisedAbbreviation(String word) {
    return tuning.abbreviationsInCapitals()
        && tuning.glossaryWeight() > 0
        && word.chars().anyMatch(Character::isLetter)
        && word.equals(word.toUpperCase(Locale.ROOT))
        && welfareGlossary
            .lookUp(word)
            .filter(e -> e.kind() == WelfareGlossary.Kind.CAPITALISED_ABBREVIATION)
            .isPresent();
  }

  /** Whether the expansion is what one of the capitalised abbreviations typed stands for. */
  private boolean standsFor(List<String> inCapitals, RelatedWords.Expansion expansion) {
    for (String word : inCapitals) {
      Optional<WelfareGlossary.Entry> entry = welfareGlossary.lookUp(word);
      if (entry.isPresent()
          && entry.get().expansions().getFirst().equals(expansion.form())
          && glossary.tokens(word).equals(expansion.typed())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The other ways the archive writes the words typed joined, apart or hyphenated ("job search" for
   * "jobsearch"), each finding only passages without the words as typed, as the glossary's forms
   * do; those the related words or the glossary already add are left out.
   */
  private void addJoined(
      BooleanQuery.Builder finding,
      BooleanQuery.Builder support,
      QueryBuilder builder,
      List<JoinedWords.Form> joined,
      List<String> related,
      List<RelatedWords.Expansion> glossaryForms,
      BooleanQuery.Builder highlight) {
    Set<String> seen = new HashSet<>();
    related.forEach(form -> seen.add(String.join(" ", glossary.tokens(form))));
    glossaryForms.forEach(e -> seen.add(String.join(" ", glossary.tokens(e.form()))));
    for (JoinedWords.Form form : joined) {
      List<String> typed = glossary.tokens(String.join(" ", form.typed()));
      List<String> tokens = glossary.tokens(form.form());
      // Forms the analysis already makes one ("job match" and "jobmatch" are both UJ) gain nothing.
      if (!tokens.isEmpty()
          && !typed.isEmpty()
          && !tokens.equals(typed)
          && seen.add(String.join(" ", tokens))) {
        addInPlaceOf(
            finding, support, builder, form.form(), typed, tuning.joinedWordsWeight(), highlight);
      }
    }
  }

  /**
   * Which WordNet senses expand a word typed: every sense of a word of at most four senses (over
   * every part of speech), none of a word of more. Chosen on the tuning halves (issue 14; README,
   * How it works): the most used sense alone lost a quote from each set's top ten, and every sense
   * of every word ("stop", "take", "withdraw": a dozen senses or more) sank answers under passages
   * sharing a far sense; three or four senses alike.
   */
  static final Thesaurus.Senses THESAURUS_SENSES = new Thesaurus.Senses(true, 0f, 4);

  /**
   * Synonyms added for one word or expression typed, the most used sense's first: bounded, as a
   * word's senses may hold a dozen (2 and 4 measured alike, 8 lower).
   */
  static final int MAX_SYNONYMS_PER_WORD = 4;

  /** A word or synonym of plain letters, as the index's unstemmed field holds it. */
  private static final Pattern PLAIN_WORDS = Pattern.compile("[a-z]{3,}( [a-z]{2,})*");

  /**
   * General English synonyms (WordNet) of the words and expressions typed ("revoke" gives
   * "rescind", "look for" gives "seek"), each with the tokens of what it stands for: only those the
   * archive holds (a synonym of two words as a phrase; longer ones not at all), never for or as a
   * function word ("can", "get", "out"), and an expression typed before its words alone.
   */
  private List<RelatedWords.Expansion> thesaurusForms(List<String> words, Vocabulary vocabulary) {
    if (tuning.thesaurusWeight() <= 0) {
      return List.of();
    }
    Thesaurus thesaurus = Thesaurus.shared();
    List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    Set<String> typedTokens = Set.copyOf(glossary.tokens(String.join(" ", lower)));
    Set<RelatedWords.Expansion> out = new LinkedHashSet<>();
    int i = 0;
    while (i < lower.size() && out.size() < MAX_RELATED_FORMS) {
      int taken = 1;
      for (int n = Math.min(MAX_EXPRESSION_WORDS, lower.size() - i); n >= 1; n--) {
        List<String> span = lower.subList(i, i + n);
        String expression = String.join(" ", span);
        if (span.stream().allMatch(QuestionWords::isQuestionWord)
            || !PLAIN_WORDS.matcher(expression).matches()
            || !thesaurus.holds(expression)) {
          continue;
        }
        taken = n;
        List<String> typed = glossary.tokens(expression);
        int added = 0;
        for (String synonym : thesaurus.synonyms(expression, THESAURUS_SENSES)) {
          List<String> tokens = glossary.tokens(synonym);
          if (added < MAX_SYNONYMS_PER_WORD
              && PLAIN_WORDS.matcher(synonym).matches()
              && !tokens.isEmpty()
              && !typedTokens.containsAll(tokens)
              && !QuestionWords.isQuestionWord(synonym)
              && held(synonym, vocabulary)
              && out.add(new RelatedWords.Expansion(synonym, typed))) {
            added++;
          }
        }
        break;
      }
      i += taken;
    }
    if (!out.isEmpty()) {
      log.debug("Also searched as their synonyms: {}", out);
    }
    return List.copyOf(out).subList(0, Math.min(out.size(), MAX_RELATED_FORMS));
  }

  /** Whether some passage holds the synonym: a word as printed, two words side by side. */
  private static boolean held(String synonym, Vocabulary vocabulary) {
    String[] words = synonym.split(" ");
    return switch (words.length) {
      case 1 -> vocabulary.holds(words[0], 1);
      case 2 -> vocabulary.holdsPhrase(words[0], words[1], 1);
      default -> false;
    };
  }

  /** The other ways of writing the words typed, or none when the mechanism is off. */
  private List<JoinedWords.Form> joinedForms(List<String> subject, Vocabulary vocabulary) {
    if (tuning.joinedWordsWeight() <= 0) {
      return List.of();
    }
    List<JoinedWords.Form> forms = JoinedWords.of(subject, vocabulary);
    if (!forms.isEmpty()) {
      log.debug("Also searched as the archive writes them: {}", forms);
    }
    return forms;
  }

  /** {@link #addInPlaceOf} for each of a list's forms, at the list's weight. */
  private void addEachInPlaceOf(
      BooleanQuery.Builder finding,
      BooleanQuery.Builder support,
      QueryBuilder builder,
      List<RelatedWords.Expansion> forms,
      float formWeight,
      BooleanQuery.Builder highlight) {
    for (RelatedWords.Expansion expansion : forms) {
      addInPlaceOf(
          finding, support, builder, expansion.form(), expansion.typed(), formWeight, highlight);
    }
  }

  /**
   * Another form of the words typed, finding only passages that do not have them as typed: a
   * passage that says "WRAG" and "work-related activity group" ranks on the word typed once, as one
   * that says the term in one of its forms only does (like synonyms.txt's acronyms, but at a lower
   * weight, since another form is looser than the words typed).
   *
   * @param typed the analysed tokens of the words typed that the form stands for
   */
  private void addInPlaceOf(
      BooleanQuery.Builder finding,
      BooleanQuery.Builder support,
      QueryBuilder builder,
      String form,
      List<String> typed,
      float formWeight,
      BooleanQuery.Builder highlight) {
    // A phrase scores the sum of its words: shared out among them, "work-related activity group"
    // weighs about what one word does, as the "WRAG" it stands for.
    float weight = formWeight / Math.max(1, glossary.tokens(form).size());
    Query find;
    if (form.indexOf(' ') < 0) {
      find = findQuery(builder, form);
      addWords(new BooleanQuery.Builder(), support, builder, form, weight);
      addIfPresent(highlight, builder.createBooleanQuery(ArchiveFields.TEXT, form, Occur.SHOULD));
    } else {
      find = relatedPhrase(builder, form);
      if (find != null) {
        addPhraseSupport(support, builder, form, weight, highlight);
      }
    }
    if (find != null) {
      Query asTyped =
          typed.size() == 1
              ? new TermQuery(new Term(ArchiveFields.TEXT, typed.getFirst()))
              : new PhraseQuery(ArchiveFields.TEXT, typed.toArray(String[]::new));
      addWeighted(
          finding,
          new BooleanQuery.Builder().add(find, Occur.MUST).add(asTyped, Occur.MUST_NOT).build(),
          weight);
    }
  }

  /** A related phrase in the passage's text or its context, or null when it analyses to nothing. */
  private Query relatedPhrase(QueryBuilder builder, String form) {
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    addWeighted(
        fields, builder.createPhraseQuery(ArchiveFields.TEXT, form, RELATED_PHRASE_SLOP), 1f);
    addWeighted(
        fields,
        builder.createPhraseQuery(ArchiveFields.CONTEXT, form, RELATED_PHRASE_SLOP),
        tuning.contextWeight());
    BooleanQuery phrase = fields.build();
    return phrase.clauses().isEmpty() ? null : phrase;
  }

  /** Forms related to the words typed, each matched as typed (phrases as phrases), at a weight. */
  private void addRelated(
      BooleanQuery.Builder finding,
      BooleanQuery.Builder support,
      QueryBuilder builder,
      List<String> forms,
      float weight,
      BooleanQuery.Builder highlight) {
    for (String form : forms) {
      if (form.indexOf(' ') < 0) {
        addWords(finding, support, builder, form, weight);
        addIfPresent(highlight, builder.createBooleanQuery(ArchiveFields.TEXT, form, Occur.SHOULD));
      } else {
        Query phrase = relatedPhrase(builder, form);
        if (phrase != null) {
          addWeighted(finding, phrase, weight);
          addPhraseSupport(support, builder, form, weight, highlight);
        }
      }
    }
  }

  /** A related phrase in the neighbouring passages adds weight; in the text it is highlighted. */
  private void addPhraseSupport(
      BooleanQuery.Builder support,
      QueryBuilder builder,
      String form,
      float weight,
      BooleanQuery.Builder highlight) {
    addWeighted(
        support,
        NeighbourTextQuery.of(
            builder.createPhraseQuery(ArchiveFields.TEXT, form, RELATED_PHRASE_SLOP)),
        weight * tuning.aroundWeight());
    addIfPresent(
        highlight, builder.createPhraseQuery(ArchiveFields.TEXT, form, RELATED_PHRASE_SLOP));
  }

  /** A phrase as all its words, at the phrase's weight; any other query as it is. */
  private static Query withoutPositions(Query query) {
    if (query instanceof BoostQuery boost) {
      return new BoostQuery(withoutPositions(boost.getQuery()), boost.getBoost());
    }
    if (query instanceof UnweightedClause unweighted) {
      return new UnweightedClause(withoutPositions(unweighted.query()));
    }
    if (query instanceof PhraseQuery phrase) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (Term term : phrase.getTerms()) {
        all.add(new TermQuery(term), Occur.MUST);
      }
      return all.build();
    }
    if (query instanceof MultiPhraseQuery phrase) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (Term[] position : phrase.getTermArrays()) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Term term : position) {
          any.add(new TermQuery(term), Occur.SHOULD);
        }
        all.add(any.build(), Occur.MUST);
      }
      return all.build();
    }
    return query;
  }

  /**
   * Each pair of neighbouring query words, found close together in the text: "bank details", "data
   * sharing".
   */
  private Query proximityQuery(QueryBuilder builder, List<String> words) {
    if (tuning.proximityWeight() <= 0 || words.size() < 2) {
      return null;
    }
    BooleanQuery.Builder pairs = new BooleanQuery.Builder();
    for (int i = 0; i + 1 < words.size() && i < MAX_PROXIMITY_PAIRS; i++) {
      addIfPresent(
          pairs,
          builder.createPhraseQuery(
              ArchiveFields.TEXT, words.get(i) + " " + words.get(i + 1), tuning.proximitySlop()));
    }
    BooleanQuery query = pairs.build();
    return query.clauses().isEmpty() ? null : query;
  }

  /**
   * A required part: found in the passage or its context; its weight from title and neighbours goes
   * to support.
   */
  private Query itemQuery(
      QueryBuilder builder, ParsedQuery.Item item, BooleanQuery.Builder support) {
    return switch (item.type()) {
      case PHRASE -> builder.createPhraseQuery(ArchiveFields.EXACT, item.text());
      case PREFIX -> prefix(item.text());
      case WORD -> {
        addWords(new BooleanQuery.Builder(), support, builder, item.text(), 1f);
        yield findQuery(builder, item.text());
      }
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
    return new PrefixQuery(
        new Term(ArchiveFields.EXACT, normalised),
        new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_PREFIX_TERMS));
  }

  /** The filters typed in the query and those chosen in the interface, which add to them. */
  private void addFilters(
      BooleanQuery.Builder query,
      QueryBuilder builder,
      ParsedQuery parsed,
      SearchRequest request,
      List<Notice> notices) {
    TypedFilters typed = parsed.typedFilters();
    addKeywordFilter(
        query, ArchiveFields.TOPIC, union(typed.topics(), request.topics()), String::strip);
    addKeywordFilter(
        query,
        ArchiveFields.KIND,
        typed.kinds().and(Choices.read(request.kinds(), SourceKind::fromId)),
        SourceKind::id);
    addKeywordFilter(
        query,
        ArchiveFields.VOICE,
        typed.voices().and(Choices.read(request.voices(), Voice::fromId)),
        Voice::id);
    addPublisherFilters(query, builder, typed.publishers(), request.publishers());
    addReferenceFilter(query, typed.references());
    addDateFilter(query, typed, request, notices);
  }

  /**
   * A publisher typed is matched as words of its name ("publisher:ico"); one chosen in the
   * interface is the facet's exact value.
   */
  private static void addPublisherFilters(
      BooleanQuery.Builder query, QueryBuilder builder, List<String> typed, List<String> chosen) {
    if (!typed.isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String publisher : union(typed, List.of())) {
        addIfPresent(
            any, builder.createBooleanQuery(ArchiveFields.PUBLISHER_TEXT, publisher, Occur.MUST));
      }
      query.add(any.build(), Occur.FILTER);
    }
    if (!chosen.isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      chosen.forEach(
          p -> any.add(new TermQuery(new Term(ArchiveFields.PUBLISHER, p)), Occur.SHOULD));
      query.add(any.build(), Occur.FILTER);
    }
  }

  private void addReferenceFilter(BooleanQuery.Builder query, List<String> refs) {
    if (refs.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String ref : refs) {
      String canonical = references.canonical(ref).orElse(ref.strip());
      any.add(new TermQuery(new Term(ArchiveFields.REF, canonical)), Occur.SHOULD);
      // An Act finds its sections: ref:"Jobseekers Act 1995" matches "Jobseekers Act 1995
      // s19A(2)(c)".
      any.add(new PrefixQuery(new Term(ArchiveFields.REF, canonical + " ")), Occur.SHOULD);
    }
    query.add(any.build(), Occur.FILTER);
  }

  /**
   * The days searched: a date typed (after:, before:) wins over the interface's from and to. Typed
   * dates the front end could not read are already in a notice; an interface date is said here.
   */
  private static void addDateFilter(
      BooleanQuery.Builder query, TypedFilters typed, SearchRequest request, List<Notice> notices) {
    Optional<LocalDate> from = typed.after();
    if (from.isEmpty() && request.from() != null) {
      from = chosenDay(request.from(), ArchiveDates::parse, notices);
    }
    Optional<LocalDate> to = typed.before().map(day -> day.minusDays(1));
    if (to.isEmpty() && request.to() != null) {
      to = chosenDay(request.to(), ArchiveDates::end, notices);
    }
    if (from.isPresent() || to.isPresent()) {
      query.add(
          LongField.newRangeQuery(
              ArchiveFields.DATE_DAY,
              from.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE),
              to.map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)),
          Occur.FILTER);
    }
  }

  /** A date chosen in the interface, read by {@code reader}; one it cannot read is said. */
  private static Optional<LocalDate> chosenDay(
      String date, Function<String, LocalDate> reader, List<Notice> notices) {
    Optional<LocalDate> day = Optional.ofNullable(reader.apply(date));
    if (day.isEmpty()) {
      notices.add(Notice.of(Notice.Code.DATE_NOT_UNDERSTOOD, date));
    }
    return day;
  }

  private static void addKeywordFilter(
      BooleanQuery.Builder query, String field, List<String> values, Function<String, String> id) {
    addKeywordFilter(query, field, new Choices<>(values, List.of()), id);
  }

  /**
   * One of the values, as indexed; values asked for that are none of the vocabulary match nothing,
   * as the filter was asked for.
   */
  private static <T> void addKeywordFilter(
      BooleanQuery.Builder query, String field, Choices<T> values, Function<T, String> id) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (T value : values.recognised()) {
      any.add(
          new TermQuery(new Term(field, id.apply(value).toLowerCase(Locale.ROOT))), Occur.SHOULD);
    }
    query.add(
        values.recognised().isEmpty()
            ? new MatchNoDocsQuery("no " + field + " of that name")
            : any.build(),
        Occur.FILTER);
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

  private static void addWeighted(BooleanQuery.Builder builder, Query query, float weight) {
    if (query == null || weight <= 0) {
      return;
    }
    // A field's words go in one by one, each with the field's weight, rather than as a boosted
    // group: the score is the same sum, but Lucene can then skip passages that only common words
    // ("is", "a") could rank, which is most of a large archive.
    if (query instanceof BooleanQuery group
        && group.getMinimumNumberShouldMatch() == 0
        && group.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD)) {
      for (var clause : group.clauses()) {
        builder.add(
            weight == 1f ? clause.query() : new BoostQuery(clause.query(), weight), Occur.SHOULD);
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
