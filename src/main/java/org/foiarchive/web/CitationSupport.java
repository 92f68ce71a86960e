package org.foiarchive.web;

import java.time.Clock;
import java.time.LocalDate;
import org.foiarchive.cite.Citation;
import org.foiarchive.cite.CitationFormat;
import org.foiarchive.cite.Citations;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Citations as pages and controllers make them: with the archive's own address in front of its links
 * ({@code foiarchive.public-url} when set, else the address the request came to) and today's UK date as
 * the date accessed. Templates call it as {@code @citations}.
 */
@Component("citations")
public class CitationSupport {
  private final Citations citations;
  private final String publicUrl;
  private final Clock clock = Clock.system(Citation.UK);

  CitationSupport(ArchiveSearcher searcher, @Value("${foiarchive.public-url:}") String publicUrl) {
    this.citations = new Citations(searcher);
    this.publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceFirst("/+$", "");
  }

  /** The archive's address as readers reach it, for absolute links in citations, bundles and feeds. */
  public String siteUrl() {
    return !publicUrl.isEmpty() ? publicUrl : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Citation of(SearchHit hit) {
    return citations.of(hit, siteUrl(), today());
  }

  /** The plain-text legal citation of a passage: what "Copy citation" copies. */
  public String text(SearchHit hit) {
    return CitationFormat.TEXT.format(of(hit));
  }

  Citations citations() {
    return citations;
  }
}
