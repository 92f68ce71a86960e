package org.foiarchive.web;

import java.util.ArrayList;
import java.util.List;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.Notice;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.search.SearchResults;
import org.foiarchive.search.SearchResultsJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API: the same results, in the same shape, as {@code foiarchive search --json}. */
@RestController
class ApiController {
  private static final int DEFAULT_LIMIT = 10;

  private final ArchiveSearcher searcher;

  ApiController(ArchiveSearcher searcher) {
    this.searcher = searcher;
  }

  @RateLimited
  @GetMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> search(
      @RequestParam(name = "q", required = false, defaultValue = "") String q,
      @RequestParam(name = "limit", required = false) String limit,
      @RequestParam(name = "offset", required = false) String offset,
      @RequestParam(name = "topic", required = false) List<String> topic,
      @RequestParam(name = "kind", required = false) List<String> kind,
      @RequestParam(name = "voice", required = false) List<String> voice,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      @RequestParam(name = "facets", required = false) String facets,
      @RequestHeader(name = WarmUpToken.HEADER, required = false) String warmUpSecret) {
    SearchRequest request =
        SearchRequest.builder(q)
            .topics(topic)
            .kinds(kind)
            .voices(voice)
            .from(Params.blankToNull(from))
            .to(Params.blankToNull(to))
            .offset(Params.positiveInt(offset, 0))
            .limit(Params.positiveInt(limit, DEFAULT_LIMIT))
            .facets(Params.yes(facets, true))
            .build();
    // The start-up warm-up asks through here so that the JIT compiles the served path as well as
    // the search; its answers are not kept.
    SearchResults results =
        WarmUpToken.matches(warmUpSecret)
            ? searcher.searchUnkept(request)
            : searcher.search(request);
    // A malformed or out-of-range number is read as the default or the bound, and said so.
    List<Notice> unused = new ArrayList<>();
    Params.notUsed("limit", limit, results.limit()).ifPresent(unused::add);
    Params.notUsed("offset", offset, results.offset()).ifPresent(unused::add);
    results = results.withNotes(unused);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(SearchResultsJson.writeBytes(results));
  }
}
