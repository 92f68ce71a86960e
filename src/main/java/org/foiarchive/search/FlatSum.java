package org.foiarchive.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * A sum of weighted queries as one flat list of weighted leaves: a group of optional clauses is
 * replaced by its clauses (each with the group's weight), and a leaf that occurs twice (two related
 * words with the same analysed form) by one with the weights added. The score is the same sum;
 * Lucene can then bound and skip each leaf on its own instead of a whole group at once.
 */
final class FlatSum {
  private FlatSum() {}

  /** The weighted leaves of the sum of the queries, in the order first met. */
  static List<Query> of(List<Query> queries) {
    Map<Query, Float> weights = new LinkedHashMap<>();
    for (Query q : queries) {
      add(weights, q, 1f);
    }
    List<Query> leaves = new ArrayList<>(weights.size());
    weights.forEach((q, w) -> leaves.add(w == 1f ? q : new BoostQuery(q, w)));
    return leaves;
  }

  private static void add(Map<Query, Float> weights, Query query, float weight) {
    Query inner = query;
    float w = weight;
    while (inner instanceof BoostQuery boost) {
      w *= boost.getBoost();
      inner = boost.getQuery();
    }
    if (inner instanceof BooleanQuery group
        && group.getMinimumNumberShouldMatch() == 0
        && group.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) {
      for (BooleanClause clause : group.clauses()) {
        add(weights, clause.query(), w);
      }
      return;
    }
    weights.merge(inner, w, Float::sum);
  }
}
