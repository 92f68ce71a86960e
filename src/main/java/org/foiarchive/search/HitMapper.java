package org.foiarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.index.ArchiveFields;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.passage.Passage;
import org.foiarchive.passage.Voice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns indexed passages into {@link SearchHit}s: their stored fields, their document's title and
 * source address (at the message's anchor), the archive's own links, and the text highlighted for a
 * query or escaped as it is. Stateless.
 */
final class HitMapper {
  private static final Logger LOG = LoggerFactory.getLogger(HitMapper.class);

  /** A source address's fragment, replaced by the message's anchor: compiled once, not per hit. */
  private static final Pattern FRAGMENT = Pattern.compile("#.*$");

  private HitMapper() {}

  /**
   * The hits for these documents, in the order given, highlighted for {@code highlight} when not
   * null, each with the other copies of its text the reranker folded into it ({@link
   * Reranker.Reranked#copies}).
   */
  static List<SearchHit> hits(
      IndexGeneration g, ScoreDoc[] docs, Query highlight, Map<Integer, int[]> copies)
      throws IOException {
    if (docs.length == 0) {
      return List.of();
    }
    List<SearchHit> hits =
        hits(
            g,
            new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs),
            highlight,
            true);
    if (copies.isEmpty()) {
      return hits;
    }
    StoredFields stored = g.searcher.storedFields();
    List<SearchHit> withCopies = new ArrayList<>(hits.size());
    for (int i = 0; i < docs.length; i++) {
      int[] others = copies.get(docs[i].doc);
      withCopies.add(
          others == null ? hits.get(i) : hits.get(i).withAlsoIn(copies(g, stored, others)));
    }
    return withCopies;
  }

  /** Where else a hit's words appear: each copy's document and place, without its text. */
  private static List<SearchHit.Copy> copies(IndexGeneration g, StoredFields stored, int[] docs)
      throws IOException {
    List<SearchHit.Copy> copies = new ArrayList<>(docs.length);
    for (int doc : docs) {
      Document fields = stored.document(doc, COPY_FIELDS);
      String docId = fields.get(ArchiveFields.DOC_ID);
      IndexedDocument info = g.records.get(docId);
      int ordinal = fields.getField(ArchiveFields.ORDINAL).numericValue().intValue();
      copies.add(
          new SearchHit.Copy(
              Passage.idOf(docId, ordinal),
              docId,
              info == null ? docId : info.title(),
              Voice.fromId(fields.get(ArchiveFields.VOICE)).orElse(null),
              ArchiveRoutes.passageInDocument(docId, ordinal),
              ordinal));
    }
    return List.copyOf(copies);
  }

  private static final Set<String> COPY_FIELDS =
      Set.of(ArchiveFields.DOC_ID, ArchiveFields.ORDINAL, ArchiveFields.VOICE);

  /**
   * The hits for these documents, in order.
   *
   * @param withScores false for listings in document order, whose hits carry a score of 0
   */
  static List<SearchHit> hits(IndexGeneration g, TopDocs top, Query highlight, boolean withScores)
      throws IOException {
    ScoreDoc[] docs = top.scoreDocs;
    StoredFields stored = g.searcher.storedFields();
    Document[] fields = new Document[docs.length];
    int[] docIds = new int[docs.length];
    String[] texts = new String[docs.length];
    for (int i = 0; i < docs.length; i++) {
      docIds[i] = docs[i].doc;
      fields[i] = stored.document(docIds[i]);
      texts[i] = fields[i].get(ArchiveFields.TEXT);
    }
    // The highlighter is given the text just read, so no stored field is read twice.
    String[] marked =
        highlight == null || docs.length == 0
            ? new String[docs.length]
            : g.highlighter.highlight(ArchiveFields.TEXT, highlight, docIds, texts);
    List<SearchHit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      float score = !withScores || Float.isNaN(docs[i].score) ? 0f : docs[i].score;
      hits.add(hit(g, fields[i], score, marked[i]));
    }
    return hits;
  }

  /**
   * The passage's date as the index stores it; one the index holds but cannot be read (written by
   * hand into an old index) leaves the hit undated rather than lose it.
   */
  private static PartialDate storedDate(Document doc) {
    try {
      return PartialDate.parseOrNull(doc.get(ArchiveFields.DATE));
    } catch (IllegalArgumentException e) {
      LOG.warn(
          "passage {} of {}: stored {}",
          doc.getField(ArchiveFields.ORDINAL).numericValue(),
          doc.get(ArchiveFields.DOC_ID),
          e.getMessage());
      return null;
    }
  }

  /**
   * One passage as a hit; {@code marked} is its highlighted text, or null to show it escaped as it
   * is.
   */
  static SearchHit hit(IndexGeneration g, Document doc, float score, String marked) {
    String docId = doc.get(ArchiveFields.DOC_ID);
    IndexedDocument info = g.records.get(docId);
    String text = doc.get(ArchiveFields.TEXT);
    int ordinal = doc.getField(ArchiveFields.ORDINAL).numericValue().intValue();
    IndexableField page = doc.getField(ArchiveFields.PAGE);
    String anchor = doc.get(ArchiveFields.ANCHOR);
    String sourceUrl = info == null ? null : info.source().provenance().url();
    String url =
        sourceUrl == null
            ? null
            : anchor == null
                ? sourceUrl
                : FRAGMENT.matcher(sourceUrl).replaceFirst("") + "#" + anchor;
    return SearchHit.builder()
        .passageId(Passage.idOf(docId, ordinal))
        .docId(docId)
        .title(info == null ? docId : info.title())
        .kind(SourceKind.fromId(doc.get(ArchiveFields.KIND)).orElse(null))
        .publisher(doc.get(ArchiveFields.PUBLISHER))
        .voice(Voice.fromId(doc.get(ArchiveFields.VOICE)).orElse(null))
        .date(storedDate(doc))
        .references(List.of(doc.getValues(ArchiveFields.REF)))
        .topics(List.of(doc.getValues(ArchiveFields.TOPIC)))
        .paragraph(doc.get(ArchiveFields.LABEL))
        .page(page == null ? null : page.numericValue().intValue())
        .text(text)
        .highlight(marked != null ? marked : Html.escape(text))
        .url(url)
        .archiveUrl(ArchiveRoutes.raw(docId))
        .permalink(ArchiveRoutes.passageInDocument(docId, ordinal))
        .score(score)
        .author(doc.get(ArchiveFields.AUTHOR))
        .ordinal(ordinal)
        .heading(doc.get(ArchiveFields.HEADING))
        .quotedReference(doc.get(ArchiveFields.QUOTED_REFERENCE))
        .anchor(anchor)
        .ocr("true".equals(doc.get(ArchiveFields.OCR)))
        .build();
  }
}
