package org.foiarchive.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.foiarchive.cite.Citation;
import org.foiarchive.cite.CitationFormat;
import org.foiarchive.cite.Citations;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Citations as pages and controllers make them: with the archive's own address in front of its
 * links and today's UK date as the date accessed. The address is {@code foiarchive.public-url} when
 * set; otherwise the address a request came to only when its host is one the operator allowed
 * ({@code foiarchive.allowed-hosts}) or this machine's own, else none (links relative to the site):
 * never a Host header a visitor made up, which citations, feeds and bundles would otherwise carry
 * to a tribunal. Templates call it as {@code @citations}.
 */
@Component("citations")
public class CitationSupport {
  private final Citations citations;
  private static final Logger log = LoggerFactory.getLogger(CitationSupport.class);

  /**
   * This machine's own names: links to them mislead nobody and keep a local archive's citations
   * whole.
   */
  private static final Set<String> LOOPBACK_HOSTS =
      Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final String publicUrl;
  private final Set<String> allowedHosts;
  private final Clock clock = Clock.system(Citation.UK);

  CitationSupport(
      ArchiveSearcher searcher,
      @Value("${foiarchive.public-url:}") String publicUrl,
      @Value("${foiarchive.allowed-hosts:}") List<String> allowedHosts) {
    this.citations = new Citations(searcher);
    this.publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceFirst("/+$", "");
    if (!this.publicUrl.isEmpty()
        && !this.publicUrl.matches("(?i)https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
      throw new IllegalArgumentException(
          "foiarchive.public-url must be an http or https address such as "
              + "https://archive.example.org, not '"
              + publicUrl
              + "'");
    }
    this.allowedHosts = new HashSet<>(LOOPBACK_HOSTS);
    allowedHosts.stream()
        .map(host -> host.strip().toLowerCase(Locale.ROOT))
        .filter(host -> !host.isEmpty())
        .forEach(this.allowedHosts::add);
  }

  /**
   * The archive's address as readers reach it, for absolute links in citations, bundles and feeds;
   * empty (links relative to the site) when a request came to a host nobody allowed.
   */
  public String siteUrl() {
    if (!publicUrl.isEmpty()) {
      return publicUrl;
    }
    if (!(RequestContextHolder.getRequestAttributes()
        instanceof ServletRequestAttributes attributes)) {
      return "";
    }
    String host = attributes.getRequest().getServerName().toLowerCase(Locale.ROOT);
    if (allowedHosts.contains(host)) {
      return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
    log.debug(
        "Host '{}' is not in foiarchive.allowed-hosts; links in citations are relative", host);
    return "";
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
