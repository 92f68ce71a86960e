package org.foiarchive.web;

import jakarta.servlet.http.HttpServletResponse;
import org.foiarchive.cite.Citation;
import org.foiarchive.cite.CitationFormat;
import org.foiarchive.corpus.SourceVersions;
import org.foiarchive.search.ArchiveRoutes;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A single passage: its quote card, with everything needed to cite it and check it. */
@Controller
class PassageController {
  private static final String PASSAGE_VIEW = "passage";

  private final ArchiveSearcher searcher;
  private final CitationSupport citations;

  PassageController(ArchiveSearcher searcher, CitationSupport citations) {
    this.searcher = searcher;
    this.citations = citations;
  }

  /**
   * The quote card; with {@code ?context} the browser goes to the passage's place in its document
   * instead.
   */
  @GetMapping(ArchiveRoutes.QUOTE_CARD)
  String passage(
      @PathVariable String passageId,
      @RequestParam(name = "context", required = false) String context,
      Model model,
      HttpServletResponse response) {
    SearchHit hit =
        searcher
            .passage(Ids.passageId(passageId))
            .orElseThrow(() -> new NotFoundException(passageId));
    if (context != null) {
      // Written out rather than left to Tomcat, which makes a Location absolute with the request's
      // Host header (always for HTTP/1.0): the archive's own address, or a relative one, never the
      // visitor's.
      response.setStatus(HttpServletResponse.SC_FOUND);
      response.setHeader(HttpHeaders.LOCATION, citations.siteUrl() + hit.permalink());
      return null;
    }
    Citation citation = citations.of(hit);
    model.addAttribute("hit", hit);
    model.addAttribute(
        "doc",
        searcher.documentInfo(hit.docId()).orElseThrow(() -> new NotFoundException(passageId)));
    model.addAttribute("citation", citation);
    model.addAttribute("citationText", CitationFormat.TEXT.format(citation));
    model.addAttribute("quoteWithCitation", CitationFormat.quoteWithCitation(citation));
    model.addAttribute("formats", CitationFormat.values());
    // A passage from an earlier text of a changed document says so, before anyone quotes it as
    // current.
    model.addAttribute(
        "versions",
        SourceVersions.parse(hit.docId())
            .flatMap(earlier -> searcher.documentInfo(earlier.sourceId()))
            .flatMap(current -> DocumentVersions.of(hit.docId(), current.source()))
            .orElse(null));
    return PASSAGE_VIEW;
  }
}
