package org.foiarchive.web;

import java.util.List;
import java.util.Map;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.CorpusException;
import org.foiarchive.corpus.WatchList;
import org.foiarchive.corpus.WatchState;
import org.foiarchive.search.ArchiveSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /about}: what the archive holds, where it comes from, how fresh it is, and how to add to
 * it.
 */
@Controller
class AboutController {
  private static final Logger LOG = LoggerFactory.getLogger(AboutController.class);
  private static final String ABOUT_VIEW = "about";

  private final ArchiveSearcher searcher;
  private final Corpus corpus;

  AboutController(ArchiveSearcher searcher, Corpus corpus) {
    this.searcher = searcher;
    this.corpus = corpus;
  }

  @GetMapping("/about")
  String about(Model model) {
    model.addAttribute("holdings", holdings(searcher, corpus));
    model.addAttribute("stats", searcher.stats());
    return ABOUT_VIEW;
  }

  /**
   * The holdings of the serving index, with the corpus's watch list. A watch list or state that
   * cannot be read leaves the watched part empty: the rest of the page still serves.
   */
  static Holdings holdings(ArchiveSearcher searcher, Corpus corpus) {
    WatchList watchList;
    WatchState state;
    try {
      watchList = WatchList.load(corpus.dir());
      state = WatchState.load(corpus.dir());
    } catch (CorpusException e) {
      LOG.warn("watch list not shown: {}", e.getMessage());
      watchList = new WatchList(List.of());
      state = new WatchState(Map.of());
    }
    return Holdings.of(searcher.documents(), watchList, state);
  }
}
