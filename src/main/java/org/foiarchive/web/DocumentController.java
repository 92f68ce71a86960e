package org.foiarchive.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.CorpusException;
import org.foiarchive.corpus.SourceVersions;
import org.foiarchive.extract.TextCharset;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.search.ArchiveRoutes;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.DocumentView;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A whole document with an anchor on every passage, and its archived snapshot byte for byte. */
@Controller
class DocumentController {
  private static final String DOCUMENT_VIEW = "document";

  /**
   * Archived pages are shown as data, never run: no script, no form, no plugin, own origin sandbox.
   */
  static final String RAW_POLICY =
      "sandbox; default-src 'none'; img-src 'none'; style-src 'unsafe-inline'; "
          + "frame-ancestors 'none'";

  private final ArchiveSearcher searcher;
  private final Corpus corpus;
  private final ReferenceLinks referenceLinks;

  DocumentController(ArchiveSearcher searcher, Corpus corpus, ReferenceLinks referenceLinks) {
    this.searcher = searcher;
    this.corpus = corpus;
    this.referenceLinks = referenceLinks;
  }

  @GetMapping(ArchiveRoutes.DOCUMENT)
  @RateLimited
  String document(
      @PathVariable String docId,
      @RequestParam(name = "hl", required = false) String hl,
      Model model) {
    DocumentView view =
        searcher.document(Ids.docId(docId), hl).orElseThrow(() -> new NotFoundException(docId));
    model.addAttribute("view", view);
    model.addAttribute("sections", DocumentSections.of(view));
    model.addAttribute("doc", view.document());
    model.addAttribute("references", referenceLinks.of(view.document().references()));
    model.addAttribute("hl", hl == null ? "" : hl);
    model.addAttribute(
        "parent",
        view.document().source().parent() == null
            ? null
            : searcher.documentInfo(view.document().source().parent()).orElse(null));
    // An earlier version's history is its current version's: look that up to say where this one
    // stands.
    IndexedDocument current =
        SourceVersions.parse(docId)
            .flatMap(earlier -> searcher.documentInfo(earlier.sourceId()))
            .orElse(view.document());
    model.addAttribute("versions", DocumentVersions.of(docId, current.source()).orElse(null));
    return DOCUMENT_VIEW;
  }

  @GetMapping(ArchiveRoutes.RAW)
  ResponseEntity<Resource> raw(@PathVariable String docId) throws IOException {
    IndexedDocument doc =
        searcher.documentInfo(Ids.docId(docId)).orElseThrow(() -> new NotFoundException(docId));
    Path file;
    try {
      file = corpus.snapshots().pathOf(doc.source());
    } catch (CorpusException e) {
      throw new NotFoundException("snapshot of " + docId);
    }
    MediaType type;
    try {
      type =
          MediaType.parseMediaType(
              doc.source().capture().contentType() == null
                  ? "application/octet-stream"
                  : doc.source().capture().contentType());
    } catch (IllegalArgumentException e) {
      type = MediaType.APPLICATION_OCTET_STREAM;
    }
    if (type.isCompatibleWith(MediaType.TEXT_PLAIN) && type.getCharset() == null) {
      // Said outright, or a browser guesses and shows "Jobseekerâ€™s" where the archive cites
      // "Jobseeker’s".
      type =
          new MediaType(
              type, TextCharset.of(Files.readAllBytes(file), doc.source().capture().contentType()));
    }
    String name = docId + file.getFileName().toString().replaceFirst("^[0-9a-f]+", "");
    return ResponseEntity.ok()
        .contentType(type)
        .contentLength(Files.size(file))
        .cacheControl(CacheControl.noCache())
        .eTag("\"" + doc.source().capture().sha256() + "\"")
        .header("Content-Security-Policy", RAW_POLICY)
        .header("X-Content-SHA256", doc.source().capture().sha256())
        .header(
            "Content-Disposition", ContentDisposition.inline().filename(name).build().toString())
        .body(new FileSystemResource(file));
  }
}
