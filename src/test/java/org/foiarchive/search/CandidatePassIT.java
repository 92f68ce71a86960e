package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiarchive.testing.WrittenDocuments.addForumThread;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.index.LuceneArchiveWriter;
import org.foiarchive.tag.ReferenceRecognizer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The candidate pass (the cheaper first pass the ranking then rescores) finds every passage the
 * ranking matches, however it weighs them: a passage reached only through a related form, the
 * glossary, an everyday phrase or a word as printed that the pass leaves unweighted is still found,
 * and the total counts it. On a small index written for the purpose, where every match is counted.
 */
class CandidatePassIT {
  @AutoClose private static SmallArchive archive;
  private static LuceneArchiveSearcher searcher;
  private static final ArchiveQueryBuilder QUERIES =
      new ArchiveQueryBuilder(new ArchiveAnalyzers(), new ReferenceRecognizer());

  @BeforeAll
  static void build(@TempDir Path dir) throws Exception {
    archive = SmallArchive.write(dir, CandidatePassIT::passages);
    searcher = archive.searcher();
  }

  private static void passages(LuceneArchiveWriter writer) throws IOException {
    // "data protection" is one term, DPA, in the stemmed text: only the word as printed has "data".
    addForumThread(writer, "protection", "The data protection rules bind every provider.");
    addForumThread(writer, "kept", "Your data is kept for six years after the claim ends.");
    // Reached only through related-words.txt ("companies" brings in "employer").
    addForumThread(writer, "employers", "Employers cannot see your personal details on the site.");
    // Reached only through the glossary ("WRAG" stands for the work-related activity group).
    addForumThread(
        writer, "group", "Claimants in the work-related activity group attend interviews.");
    // Reached only through everyday-words.tsv ("payment stopped" is a sanction).
    addForumThread(
        writer, "sanction", "A sanction reduces the standard allowance for a set period.");
    addForumThread(writer, "opening", "The jobcentre opens at nine on weekdays.");
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::docId).toList();
  }

  @Test
  void aWordStemmingLeavesAsItIsFindsCandidatesWithoutWeightAndTheRankingStillWeighsIt() {
    ArchiveQuery query = QUERIES.build(SearchRequest.of("who can see the disclaimers", 10));

    Map<String, Float> candidates = exactWeights(query.candidates());
    assertThat(candidates).containsEntry("see", 0f);
    assertThat(candidates).containsEntry("disclaimers", Ranking.DEFAULT.exactWeight());
    assertThat(exactWeights(query.ranking()).get("see")).isPositive();
  }

  @Test
  void clausesLighterThanARelatedWordFindCandidatesWithoutWeightAndTheRankingStillWeighsThem() {
    // "companies" brings in related words (at the related weight) and the words' context (lighter).
    ArchiveQuery query = QUERIES.build(SearchRequest.of("can companies see my details", 10));

    Map<String, Float> context = weights(query.candidates(), ArchiveFields.CONTEXT);
    assertThat(context).isNotEmpty().allSatisfy((word, w) -> assertThat(w).isZero());
    assertThat(weights(query.ranking(), ArchiveFields.CONTEXT))
        .allSatisfy((word, w) -> assertThat(w).isPositive());
    Map<String, Float> text = weights(query.candidates(), ArchiveFields.TEXT);
    assertThat(text).containsEntry("compani", 1f);
    assertThat(text).containsEntry("employ", Ranking.DEFAULT.relatedWeight());
  }

  @Test
  void aRelatedPhraseFindsCandidatesAsItsWordsWithoutWeightAndTheRankingStillWeighsThePhrase() {
    // "provider" brings in the related phrase "prime contractor".
    ArchiveQuery query = QUERIES.build(SearchRequest.of("can my provider see my details", 10));

    assertThat(weightsOfConjunctionsWith(query.candidates(), "prime"))
        .isNotEmpty()
        .containsOnly(0f);
    assertThat(weightOfPhraseWith(query.ranking(), 1f, "prime")).isPositive();
    assertThat(weights(query.candidates(), ArchiveFields.TEXT)).containsEntry("provid", 1f);
  }

  @Test
  void aPassageHoldingTheUnweightedWordOnlyAsPrintedIsFoundAndCounted() {
    SearchResults results = searcher.search(SearchRequest.of("data", 10));

    assertThat(ids(results)).containsExactlyInAnyOrder("protection", "kept");
    assertThat(results.total()).isEqualTo(2);
  }

  @Test
  void passagesFoundOnlyThroughAnExpansionAreFoundAndCounted() {
    SearchResults related = searcher.search(SearchRequest.of("companies", 10));
    assertThat(ids(related)).containsExactly("employers");
    assertThat(related.total()).isEqualTo(1);

    SearchResults glossary = searcher.search(SearchRequest.of("WRAG", 10));
    assertThat(ids(glossary)).containsExactly("group");
    assertThat(glossary.total()).isEqualTo(1);

    SearchResults everyday = searcher.search(SearchRequest.of("why was my payment stopped", 10));
    assertThat(ids(everyday)).contains("sanction");
    assertThat(everyday.total()).isEqualTo(everyday.hits().size());
  }

  /**
   * The weights of the top-level clauses that require all of a phrase's words, one being {@code
   * word}.
   */
  private static List<Float> weightsOfConjunctionsWith(Query query, String word) {
    return ((BooleanQuery) query)
        .clauses().stream()
            .map(BooleanClause::query)
            .filter(q -> conjunctionWith(unweighted(q), word))
            .map(
                q ->
                    switch (q) {
                      case BoostQuery boost -> boost.getBoost();
                      case UnweightedClause unweighted -> 0f;
                      default -> 1f;
                    })
            .toList();
  }

  /** The query a clause boosts, or finds without weight; else the clause itself. */
  private static Query unweighted(Query clause) {
    return switch (clause) {
      case BoostQuery boost -> boost.getQuery();
      case UnweightedClause unweighted -> unweighted.query();
      default -> clause;
    };
  }

  private static boolean conjunctionWith(Query query, String word) {
    return query instanceof BooleanQuery all
        && all.clauses().stream()
            .anyMatch(
                c ->
                    c.occur() == BooleanClause.Occur.MUST
                        && c.query() instanceof TermQuery t
                        && t.getTerm().text().equals(word));
  }

  /** The weight of the first phrase holding {@code word} in the query (boosts multiplied), or 0. */
  private static float weightOfPhraseWith(Query query, float weight, String word) {
    if (query instanceof BoostQuery boost) {
      return weightOfPhraseWith(boost.getQuery(), weight * boost.getBoost(), word);
    }
    if (query instanceof PhraseQuery phrase) {
      return Arrays.stream(phrase.getTerms()).anyMatch(t -> t.text().equals(word)) ? weight : 0f;
    }
    if (query instanceof BooleanQuery group) {
      for (BooleanClause clause : group.clauses()) {
        float found = weightOfPhraseWith(clause.query(), weight, word);
        if (found > 0f) {
          return found;
        }
      }
    }
    return 0f;
  }

  /** The weight of each word of the exact field among the query's leaves (boosts multiplied). */
  private static Map<String, Float> exactWeights(Query query) {
    return weights(query, ArchiveFields.EXACT);
  }

  /**
   * The weight of each word of {@code field} among the query's single-word leaves (boosts
   * multiplied; the highest where a word occurs twice).
   */
  private static Map<String, Float> weights(Query query, String field) {
    Map<String, Float> weights = new HashMap<>();
    collect(query, 1f, field, weights);
    return weights;
  }

  private static void collect(Query query, float weight, String field, Map<String, Float> weights) {
    if (query instanceof BoostQuery boost) {
      collect(boost.getQuery(), weight * boost.getBoost(), field, weights);
    } else if (query instanceof UnweightedClause unweighted) {
      collect(unweighted.query(), 0f, field, weights);
    } else if (query instanceof BooleanQuery group) {
      for (BooleanClause clause : group.clauses()) {
        if (clause.occur() == BooleanClause.Occur.SHOULD
            || clause.occur() == BooleanClause.Occur.MUST) {
          collect(clause.query(), weight, field, weights);
        }
      }
    } else if (query instanceof TermQuery term && term.getTerm().field().equals(field)) {
      weights.merge(term.getTerm().text(), weight, Float::max);
    }
  }
}
