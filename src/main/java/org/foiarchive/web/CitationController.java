package org.foiarchive.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.foiarchive.cite.Citation;
import org.foiarchive.cite.CitationFormat;
import org.foiarchive.search.ArchiveRoutes;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /cite/{passageId}?format=}: a passage's citation as text (the default), Markdown, HTML,
 * BibTeX or CSL-JSON.
 */
@RestController
class CitationController {
  private final CitationSupport citations;
  private final MessageSource messages;

  CitationController(CitationSupport citations, MessageSource messages) {
    this.citations = citations;
    this.messages = messages;
  }

  @GetMapping(ArchiveRoutes.CITATION)
  @RateLimited
  ResponseEntity<String> cite(
      @PathVariable String passageId,
      @RequestParam(name = "format", required = false, defaultValue = "text") String format) {
    String id = Ids.passageId(passageId);
    CitationFormat chosen = CitationFormat.fromId(format).orElse(null);
    if (chosen == null) {
      String reason =
          messages.getMessage(
              "cite.format.unknown",
              new Object[] {format.strip(), CitationFormat.ids()},
              Locale.UK);
      return ResponseEntity.status(HttpStatus.BAD_REQUEST)
          .contentType(utf8(MediaType.TEXT_PLAIN_VALUE))
          .body(reason + "\n");
    }
    Citation citation =
        citations
            .citations()
            .of(id, citations.siteUrl(), citations.today())
            .orElseThrow(() -> new NotFoundException(id));
    String body = chosen.format(citation);
    return ResponseEntity.ok()
        .contentType(utf8(chosen.mediaType()))
        .cacheControl(CacheControl.noCache())
        .header(
            "Content-Disposition",
            ContentDisposition.inline().filename(id + "." + chosen.extension()).build().toString())
        .body(chosen == CitationFormat.TEXT ? body + "\n" : body);
  }

  private static MediaType utf8(String type) {
    return new MediaType(MediaType.parseMediaType(type), StandardCharsets.UTF_8);
  }
}
