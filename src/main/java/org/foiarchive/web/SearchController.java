package org.foiarchive.web;

import java.util.List;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.SourceVersions;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.search.SearchResults;
import org.foiarchive.tag.Topics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page and the search page. */
@Controller
class SearchController {
  /** How many of the newest documents the home page lists. */
  static final int HOME_DOCUMENTS = 100;

  private static final String HOME_VIEW = "home";
  private static final String SEARCH_VIEW = "search";

  private final ArchiveSearcher searcher;
  private final Topics topics;
  private final Corpus corpus;

  SearchController(ArchiveSearcher searcher, Topics topics, Corpus corpus) {
    this.searcher = searcher;
    this.topics = topics;
    this.corpus = corpus;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("stats", searcher.stats());
    model.addAttribute("topics", topics.all());
    // The newest documents only: at archive scale the whole list would be a page of megabytes.
    // Earlier versions of changed documents are listed on their documents' pages, not here.
    List<IndexedDocument> documents =
        searcher.documents().stream()
            .filter(d -> SourceVersions.parse(d.docId()).isEmpty())
            .toList();
    model.addAttribute(
        "documents", documents.subList(0, Math.min(documents.size(), HOME_DOCUMENTS)));
    model.addAttribute("holdings", AboutController.holdings(searcher, corpus));
    return HOME_VIEW;
  }

  @GetMapping("/search")
  @RateLimited
  String search(
      @RequestParam(name = "q", required = false, defaultValue = "") String q,
      @RequestParam(name = "topic", required = false) List<String> topic,
      @RequestParam(name = "kind", required = false) List<String> kind,
      @RequestParam(name = "voice", required = false) List<String> voice,
      @RequestParam(name = "publisher", required = false) List<String> publisher,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    Paging paging = Paging.of(page);
    SearchRequest request =
        SearchRequest.builder(q)
            .topics(topic)
            .kinds(kind)
            .voices(voice)
            .publishers(publisher)
            .from(Params.blankToNull(from))
            .to(Params.blankToNull(to))
            .offset(paging.offset())
            .limit(Paging.PAGE_SIZE)
            .build();
    SearchRequest asked = request;
    Paging.Shown<SearchResults> shown =
        Paging.show(
            paging,
            offset -> searcher.search(asked.atOffset(offset)),
            SearchResults::total,
            r -> r.hits().isEmpty());
    SearchResults results = shown.results();
    paging = shown.paging();
    request = request.atOffset(paging.offset());
    SearchLinks links =
        new SearchLinks(
            q,
            request.topics(),
            request.kinds(),
            request.voices(),
            request.publishers(),
            request.from(),
            request.to());
    model.addAttribute("q", q);
    model.addAttribute("results", results);
    model.addAttribute("links", links);
    model.addAttribute("page", paging.number());
    model.addAttribute("lastPage", shown.lastPage());
    model.addAttribute("topics", topics.all());
    return SEARCH_VIEW;
  }
}
