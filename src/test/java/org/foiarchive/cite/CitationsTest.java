package org.foiarchive.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.passage.Voice;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.ArchiveStats;
import org.foiarchive.search.DocumentView;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.search.SearchResults;
import org.foiarchive.search.TopicResults;
import org.junit.jupiter.api.Test;

/**
 * Finding the official source of quoted wording, against a searcher that records what it was asked.
 */
class CitationsTest {
  /** Answers every search with the given hits and remembers the requests. */
  static final class RecordingSearcher implements ArchiveSearcher {
    final List<SearchRequest> requests = new ArrayList<>();
    final List<SearchHit> answer;
    final Map<String, IndexedDocument> documents;

    RecordingSearcher(List<SearchHit> answer, Map<String, IndexedDocument> documents) {
      this.answer = answer;
      this.documents = documents;
    }

    @Override
    public SearchResults search(SearchRequest request) {
      requests.add(request);
      return new SearchResults(
          request.query(), answer.size(), 0, answer, Map.of(), List.of(), null, 0, request.limit());
    }

    @Override
    public SearchResults latest(SearchRequest request) {
      return search(request);
    }

    @Override
    public TopicResults topic(org.foiarchive.tag.Topic topic, SearchRequest filters) {
      throw new UnsupportedOperationException("citations never browse topics");
    }

    @Override
    public Optional<DocumentView> document(String docId, String highlightQuery) {
      return Optional.empty();
    }

    @Override
    public Optional<SearchHit> passage(String passageId) {
      return Optional.empty();
    }

    @Override
    public Optional<IndexedDocument> documentInfo(String docId) {
      return Optional.ofNullable(documents.get(docId));
    }

    @Override
    public List<IndexedDocument> documents() {
      return List.copyOf(documents.values());
    }

    @Override
    public ArchiveStats stats() {
      return new ArchiveStats(documents.size(), 0, null, Map.of(), Map.of());
    }

    @Override
    public void close() {}
  }

  private static SearchHit hit(
      String passageId, String docId, String title, String voice, String quotedReference) {
    return SearchHit.builder()
        .passageId(passageId)
        .docId(docId)
        .title(title)
        .kind(SourceKind.FOI_RESPONSE)
        .publisher("Department for Work and Pensions")
        .voice(Voice.fromId(voice).orElseThrow())
        .date(PartialDate.parse("2013-10-24"))
        .references(List.of("FOI 5028"))
        .text("text")
        .archiveUrl("/doc/" + docId + "/raw")
        .permalink("/doc/" + docId + "#p1")
        .score(1f)
        .ordinal(1)
        .quotedReference(quotedReference)
        .build();
  }

  @Test
  void quotedOfficialWordingPointsToTheOfficialReplyCarryingItsReference() {
    CitationFormatTest.Case quoted = CitationFormatTest.load("quoted-official-foi-5028");
    SearchHit sameBlog =
        hit("refuted-uj-clones-consent-p3", "refuted-uj-clones-consent", "Blog", "official", null);
    SearchHit reply =
        hit("wdtk-avanta-foi-5028-p3", "wdtk-avanta-foi-5028", "About", "official", null);
    RecordingSearcher searcher =
        new RecordingSearcher(
            List.of(sameBlog, reply), Map.of(quoted.hit().docId(), quoted.document()));

    Citation c =
        new Citations(searcher)
            .of(quoted.hit(), "https://archive.example/", CitationFormatTest.ACCESSED);

    assertThat(c.officialSource())
        .isEqualTo(
            new Citation.OfficialSource(
                "About", "FOI 5028", "https://archive.example/p/wdtk-avanta-foi-5028-p3"));
    assertThat(searcher.requests)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.query()).isEqualTo("ref:\"FOI 5028\"");
              assertThat(r.voices()).containsExactly("official");
            });
  }

  @Test
  void otherVoicesAndQuotesWithoutAReferenceAreNotLookedUp() {
    CitationFormatTest.Case official = CitationFormatTest.load("official-vtr-2437");
    RecordingSearcher searcher =
        new RecordingSearcher(List.of(), Map.of(official.hit().docId(), official.document()));
    Citations citations = new Citations(searcher);

    assertThat(citations.of(official.hit(), "", CitationFormatTest.ACCESSED).officialSource())
        .isNull();
    assertThat(citations.officialSource(hit("a-p1", "a", "A", "quoted-official", null), ""))
        .isEmpty();
    assertThat(searcher.requests).isEmpty();
  }

  @Test
  void quotedWordingWhoseSourceTheArchiveLacksSaysSo() {
    CitationFormatTest.Case quoted = CitationFormatTest.load("quoted-official-foi-5028");
    RecordingSearcher searcher =
        new RecordingSearcher(List.of(), Map.of(quoted.hit().docId(), quoted.document()));
    Citation c = new Citations(searcher).of(quoted.hit(), "", CitationFormatTest.ACCESSED);
    assertThat(c.officialSource()).isNull();
    assertThat(CitationFormat.TEXT.format(c))
        .startsWith("Department for Work and Pensions (FOI 5028), quoted in ")
        .doesNotContain("official source is held");
  }
}
