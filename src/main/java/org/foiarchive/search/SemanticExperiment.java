package org.foiarchive.search;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.foiarchive.index.ArchiveFields;

/**
 * Experiment only (issue 14; reverted by the next commit, see README "Relevance"): a
 * sentence-embedding similarity between the query and each candidate the reranker reads, computed
 * on the fly from the stored text (cached by text for the life of the process), as a multiplicative
 * prior exp(weight * cosine), and the k passages nearest the query (brute force over the index) put
 * in the reranker's last places. Set by system properties, so one jar is measured at several
 * settings: {@code foiarchive.semantic.weight} (0 = off), {@code foiarchive.semantic.knn} (0 =
 * off), {@code foiarchive.semantic.model} ({@code minilm} for all-MiniLM-L6-v2, else
 * bge-small-en-v1.5), {@code foiarchive.semantic.prefix} (bge's query instruction, default true)
 * and {@code foiarchive.semantic.heading} (embed the stored heading above the text). Filters are
 * ignored by the nearest passages: fine for the query sets, not for users.
 */
final class SemanticExperiment {
  static final float WEIGHT =
      Float.parseFloat(System.getProperty("foiarchive.semantic.weight", "0"));
  static final int NEAREST = Integer.getInteger("foiarchive.semantic.knn", 0);
  private static final String QUERY_PREFIX =
      Boolean.parseBoolean(System.getProperty("foiarchive.semantic.prefix", "true"))
          ? "Represent this sentence for searching relevant passages: "
          : "";
  static final boolean WITH_HEADING = Boolean.getBoolean("foiarchive.semantic.heading");
  private static final Set<String> TEXT_ONLY = Set.of(ArchiveFields.TEXT, ArchiveFields.HEADING);
  private static final Map<String, float[]> VECTORS = new ConcurrentHashMap<>();
  private static volatile EmbeddingModel model;

  private SemanticExperiment() {}

  static boolean on() {
    return WEIGHT != 0f || NEAREST > 0;
  }

  private static EmbeddingModel model() {
    if (model == null) {
      synchronized (SemanticExperiment.class) {
        if (model == null) {
          model =
              "minilm".equals(System.getProperty("foiarchive.semantic.model"))
                  ? new dev.langchain4j.model.embedding.onnx.allminilml6v2q
                      .AllMiniLmL6V2QuantizedEmbeddingModel()
                  : new BgeSmallEnV15QuantizedEmbeddingModel();
        }
      }
    }
    return model;
  }

  static float[] vector(String text) {
    return VECTORS.computeIfAbsent(
        text, t -> model().embed(TextSegment.from(t)).content().vector());
  }

  static float[] queryVector(ArchiveQuery query) {
    String typed = query.parsed() == null ? "" : query.parsed().freeText();
    return vector(QUERY_PREFIX + typed);
  }

  private static String textOf(org.apache.lucene.document.Document d) {
    String text = d.get(ArchiveFields.TEXT);
    String heading = d.get(ArchiveFields.HEADING);
    return WITH_HEADING && heading != null && text != null ? heading + "\n" + text : text;
  }

  static float cosine(float[] a, float[] b) {
    double dot = 0, na = 0, nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return (float) (dot / Math.sqrt(na * nb));
  }

  static float[] similarities(IndexSearcher searcher, int[] docs, ArchiveQuery query)
      throws IOException {
    float[] q = queryVector(query);
    float[] sims = new float[docs.length];
    var stored = searcher.storedFields();
    for (int i = 0; i < docs.length; i++) {
      String text = textOf(stored.document(docs[i], TEXT_ONLY));
      sims[i] = text == null ? 0f : cosine(q, vector(text));
    }
    return sims;
  }

  /** The top hits plus the {@link #NEAREST} passages nearest the query that are not among them. */
  static TopDocs withNearest(IndexSearcher searcher, TopDocs top, ArchiveQuery query)
      throws IOException {
    if (NEAREST <= 0 || top.scoreDocs.length == 0) {
      return top;
    }
    float[] q = queryVector(query);
    // The reranker reads as many hits as it was given: the nearest take the last places, so that
    // the similarity prior can lift them.
    int kept = Math.max(1, top.scoreDocs.length - NEAREST);
    Set<Integer> have = new HashSet<>();
    for (int i = 0; i < kept; i++) {
      have.add(top.scoreDocs[i].doc);
    }
    var stored = searcher.storedFields();
    List<ScoreDoc> nearest = new ArrayList<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        if (live != null && !live.get(d)) {
          continue;
        }
        int doc = leaf.docBase + d;
        if (have.contains(doc)) {
          continue;
        }
        String text = textOf(stored.document(doc, TEXT_ONLY));
        if (text != null) {
          nearest.add(new ScoreDoc(doc, cosine(q, vector(text))));
        }
      }
    }
    nearest.sort((a, b) -> Float.compare(b.score, a.score));
    // Added at the lowest score of the top: only the similarity prior can lift them.
    float floor = top.scoreDocs[kept - 1].score;
    ScoreDoc[] all = Arrays.copyOf(top.scoreDocs, kept + Math.min(NEAREST, nearest.size()));
    for (int i = kept, n = 0; i < all.length; i++, n++) {
      all[i] = new ScoreDoc(nearest.get(n).doc, floor);
    }
    return new TopDocs(top.totalHits, all);
  }
}
