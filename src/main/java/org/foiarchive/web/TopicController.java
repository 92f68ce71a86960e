package org.foiarchive.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.search.TopicResults;
import org.foiarchive.tag.Topic;
import org.foiarchive.tag.Topics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Browsing by topic: every topic with its counts, and one topic's documents and best passages. */
@Controller
class TopicController {
  private static final String TOPICS_VIEW = "topics";
  private static final String TOPIC_VIEW = "topic";

  private final ArchiveSearcher searcher;
  private final Topics topics;

  TopicController(ArchiveSearcher searcher, Topics topics) {
    this.searcher = searcher;
    this.topics = topics;
  }

  @GetMapping("/topics")
  String topics(Model model) {
    Map<String, Long> documents = new LinkedHashMap<>();
    for (IndexedDocument doc : searcher.documents()) {
      doc.topics().forEach(t -> documents.merge(t, 1L, Long::sum));
    }
    model.addAttribute("topics", topics.all());
    model.addAttribute("passageCounts", searcher.stats().topics());
    model.addAttribute("documentCounts", documents);
    return TOPICS_VIEW;
  }

  @GetMapping("/topics/{id}")
  @RateLimited
  String topic(
      @PathVariable String id,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "voice", required = false) String voice,
      @RequestParam(name = "year", required = false) String year,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    Topic topic = topics.find(id).orElseThrow(() -> new NotFoundException("topic " + id));
    TopicLinks links =
        new TopicLinks(
            topic.id(), Params.blankToNull(kind), Params.blankToNull(voice), Params.year(year));
    Paging paging = Paging.of(page);
    SearchRequest filters =
        SearchRequest.builder("")
            .kinds(optional(links.kind()))
            .voices(optional(links.voice()))
            .from(links.year())
            .to(links.year())
            .offset(paging.offset())
            .limit(Paging.PAGE_SIZE)
            .build();
    Paging.Shown<TopicResults> shown =
        Paging.show(
            paging,
            offset -> searcher.topic(topic, filters.atOffset(offset)),
            r -> r.results().total(),
            r -> r.results().hits().isEmpty());
    TopicResults results = shown.results();
    paging = shown.paging();
    Map<IndexedDocument, Long> documents = new LinkedHashMap<>();
    results
        .passagesByDocument()
        .forEach((docId, n) -> searcher.documentInfo(docId).ifPresent(d -> documents.put(d, n)));
    model.addAttribute("topic", topic);
    model.addAttribute("results", results.results());
    model.addAttribute("documents", documents);
    model.addAttribute("links", links);
    model.addAttribute("page", paging.number());
    model.addAttribute("lastPage", shown.lastPage());
    return TOPIC_VIEW;
  }

  private static List<String> optional(String value) {
    return value == null ? List.of() : List.of(value);
  }
}
