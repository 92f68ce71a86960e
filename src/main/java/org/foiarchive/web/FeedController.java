package org.foiarchive.web;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.foiarchive.cite.Citation;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.search.SearchResults;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /feed?q=}: an Atom feed of a search, newest passage first, so a user can follow new
 * material on a topic ({@code /feed?q=topic:cookies}) in any feed reader. Each entry links to the
 * passage's quote card.
 */
@RestController
class FeedController {
  static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
  private static final int DEFAULT_ENTRIES = 50;

  private final ArchiveSearcher searcher;
  private final CitationSupport citations;
  private final MessageSource messages;

  FeedController(ArchiveSearcher searcher, CitationSupport citations, MessageSource messages) {
    this.searcher = searcher;
    this.citations = citations;
    this.messages = messages;
  }

  @GetMapping("/feed")
  @RateLimited
  ResponseEntity<String> feed(
      @RequestParam(name = "q", required = false, defaultValue = "") String q,
      @RequestParam(name = "topic", required = false) List<String> topic,
      @RequestParam(name = "kind", required = false) List<String> kind,
      @RequestParam(name = "voice", required = false) List<String> voice,
      @RequestParam(name = "limit", required = false) String limit)
      throws FeedException {
    SearchRequest request =
        SearchRequest.builder(q)
            .topics(topic)
            .kinds(kind)
            .voices(voice)
            .limit(Params.positiveInt(limit, DEFAULT_ENTRIES))
            .build();
    SearchResults results = searcher.latest(request);
    String site = citations.siteUrl();
    // The query and the passages are written into XML: a character it cannot carry is a space.
    String query = XmlText.legal(q.strip());

    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle(query.isEmpty() ? message("feed.title.all") : message("feed.title", query));
    feed.setDescription(
        query.isEmpty() ? message("feed.description.all") : message("feed.description", query));
    feed.setLanguage("en-GB");
    feed.setGenerator("foiarchive");
    String self = site + selfPath(query, request);
    feed.setUri(self);
    feed.setLinks(
        List.of(
            link("alternate", site + searchPath(query, request), "text/html"),
            link("self", self, ATOM.getType() + "/" + ATOM.getSubtype())));

    List<SyndEntry> entries = new ArrayList<>();
    Date newest = null;
    for (SearchHit hit : results.hits()) {
      SyndEntry entry = entry(citations.of(hit), hit);
      entries.add(entry);
      if (newest == null || entry.getUpdatedDate().after(newest)) {
        newest = entry.getUpdatedDate();
      }
    }
    feed.setEntries(entries);
    feed.setPublishedDate(newest != null ? newest : builtAt());
    return ResponseEntity.ok()
        .contentType(ATOM)
        .cacheControl(CacheControl.noCache())
        .body(new SyndFeedOutput().outputString(feed));
  }

  private static SyndEntry entry(Citation c, SearchHit hit) {
    SyndEntry entry = new SyndEntryImpl();
    entry.setUri(c.copy().cardUrl());
    entry.setLink(c.copy().cardUrl());
    List<SyndLink> links = new ArrayList<>();
    links.add(link("alternate", c.copy().cardUrl(), "text/html"));
    if (c.document().url() != null) {
      links.add(link("via", c.document().url(), null));
    }
    entry.setLinks(links);
    entry.setTitle(XmlText.legal(c.summary()));
    Date date = dateOf(c);
    entry.setPublishedDate(date);
    entry.setUpdatedDate(date);
    if (c.writer() != null) {
      SyndPerson author = new SyndPersonImpl();
      author.setName(XmlText.legal(c.writer()));
      entry.setAuthors(List.of(author));
    }
    SyndContent content = new SyndContentImpl();
    content.setType("text");
    content.setValue(XmlText.legal(c.text()));
    entry.setContents(List.of(content));
    List<SyndCategory> categories = new ArrayList<>();
    for (String topic : hit.topics()) {
      SyndCategory category = new SyndCategoryImpl();
      category.setName(XmlText.legal(topic));
      categories.add(category);
    }
    entry.setCategories(categories);
    return entry;
  }

  /**
   * The passage's own date; an undated passage is dated by when its snapshot was taken, so readers
   * can order it.
   */
  private static Date dateOf(Citation c) {
    if (c.speaker().date() != null) {
      return Date.from(c.speaker().date().start().atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    if (c.copy().retrieved() != null) {
      return Date.from(c.copy().retrieved());
    }
    return Date.from(Instant.EPOCH);
  }

  private Date builtAt() {
    try {
      return Date.from(Instant.parse(searcher.stats().builtAt()));
    } catch (RuntimeException e) {
      return Date.from(Instant.EPOCH);
    }
  }

  private static SyndLink link(String rel, String href, String type) {
    SyndLink link = new SyndLinkImpl();
    link.setRel(rel);
    link.setHref(href);
    if (type != null) {
      link.setType(type);
    }
    return link;
  }

  private static String selfPath(String q, SearchRequest request) {
    return withFilters(UriComponentsBuilder.fromPath("/feed").queryParam("q", q), request);
  }

  private static String searchPath(String q, SearchRequest request) {
    return withFilters(UriComponentsBuilder.fromPath("/search").queryParam("q", q), request);
  }

  private static String withFilters(UriComponentsBuilder b, SearchRequest request) {
    request.topics().forEach(t -> b.queryParam("topic", t));
    request.kinds().forEach(k -> b.queryParam("kind", k));
    request.voices().forEach(v -> b.queryParam("voice", v));
    return b.build().encode().toUriString();
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args.length == 0 ? null : args, Locale.UK);
  }
}
