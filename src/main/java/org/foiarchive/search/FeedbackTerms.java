package org.foiarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.foiarchive.index.ArchiveFields;

/**
 * Experiment (issue 14): pseudo-relevance feedback. The words the best few passages share, and the
 * question does not hold, are searched at a low weight over the candidates, so that an answer worded
 * like the best passages but unlike the question rises.
 */
final class FeedbackTerms {
  static final double WEIGHT = Double.parseDouble(System.getProperty("foiarchive.prf.weight", "0"));
  static final int DOCS = Integer.getInteger("foiarchive.prf.docs", 5);
  static final int TERMS = Integer.getInteger("foiarchive.prf.terms", 10);
  static final int MIN_DOCS = Integer.getInteger("foiarchive.prf.min-docs", 2);

  private FeedbackTerms() {}

  static TopDocs rescore(IndexSearcher searcher, TopDocs top, Query ranking, Analyzer prose)
      throws IOException {
    if (WEIGHT <= 0 || top.scoreDocs.length < 2) {
      return top;
    }
    Query expansion = expansion(searcher, top, asked(ranking), prose);
    if (expansion == null) {
      return top;
    }
    return QueryRescorer.rescore(searcher, top, expansion, WEIGHT, top.scoreDocs.length);
  }

  private static Set<String> asked(Query ranking) {
    Set<String> terms = new HashSet<>();
    ranking.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... found) {
            for (Term t : found) {
              terms.add(t.text());
            }
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
          }
        });
    return terms;
  }

  private static Query expansion(
      IndexSearcher searcher, TopDocs top, Set<String> asked, Analyzer prose) throws IOException {
    int docs = Math.min(DOCS, top.scoreDocs.length);
    Map<String, Double> share = new HashMap<>();
    Map<String, Integer> holders = new HashMap<>();
    for (int i = 0; i < docs; i++) {
      String text =
          searcher
              .storedFields()
              .document(top.scoreDocs[i].doc, Set.of(ArchiveFields.TEXT))
              .get(ArchiveFields.TEXT);
      if (text == null) {
        continue;
      }
      Map<String, Integer> counts = counts(prose, text);
      int length = counts.values().stream().mapToInt(Integer::intValue).sum();
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        share.merge(e.getKey(), e.getValue() / (double) length, Double::sum);
        holders.merge(e.getKey(), 1, Integer::sum);
      }
    }
    int passages = searcher.getIndexReader().numDocs();
    Map<String, Double> weight = new HashMap<>();
    for (Map.Entry<String, Double> e : share.entrySet()) {
      String term = e.getKey();
      if (asked.contains(term)
          || holders.get(term) < Math.min(MIN_DOCS, docs)
          || term.length() < 3
          || !Character.isLetter(term.charAt(0))) {
        continue;
      }
      int df = searcher.getIndexReader().docFreq(new Term(ArchiveFields.TEXT, term));
      if (df == 0) {
        continue;
      }
      double idf = Math.log(1 + (passages - df + 0.5) / (df + 0.5));
      weight.put(term, e.getValue() * idf);
    }
    List<Map.Entry<String, Double>> best =
        weight.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
            .limit(TERMS)
            .toList();
    if (best.isEmpty()) {
      return null;
    }
    double most = best.get(0).getValue();
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (Map.Entry<String, Double> e : best) {
      q.add(
          new BoostQuery(
              new TermQuery(new Term(ArchiveFields.TEXT, e.getKey())),
              (float) (e.getValue() / most)),
          Occur.SHOULD);
    }
    if (Boolean.getBoolean("foiarchive.prf.log")) {
      System.err.println("PRF " + best);
    }
    return q.build();
  }

  private static Map<String, Integer> counts(Analyzer prose, String text) {
    Map<String, Integer> counts = new HashMap<>();
    try (TokenStream tokens = prose.tokenStream(ArchiveFields.TEXT, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        counts.merge(term.toString(), 1, Integer::sum);
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }
}
