package org.foiarchive.web;

import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A single passage: its quote card, with everything needed to cite it. */
@Controller
class PassageController {
  private static final String PASSAGE_VIEW = "passage";

  private final ArchiveSearcher searcher;

  PassageController(ArchiveSearcher searcher) {
    this.searcher = searcher;
  }

  @GetMapping("/p/{passageId}")
  String passage(@PathVariable String passageId, Model model) {
    SearchHit hit = searcher.passage(Ids.passageId(passageId)).orElseThrow(() -> new NotFoundException(passageId));
    model.addAttribute("hit", hit);
    model.addAttribute("doc", searcher.documentInfo(hit.docId()).orElseThrow(() -> new NotFoundException(passageId)));
    return PASSAGE_VIEW;
  }
}
