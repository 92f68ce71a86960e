package org.foiarchive.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.foiarchive.cite.BundlePdf;
import org.foiarchive.cite.EvidenceBundle;
import org.foiarchive.cite.EvidenceBundles;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The evidence bundle: a page listing the marked passages in order, and the PDF made from them. The
 * bundle lives in the address ({@code ?p=ID&p=ID}) and in the browser's own storage, never on the
 * server: both are plain GETs, and reordering or removing a passage is a link to another address.
 */
@Controller
class BundleController {
  private static final Logger log = LoggerFactory.getLogger(BundleController.class);
  private static final String BUNDLE_VIEW = "bundle";

  /**
   * A bundle PDF reads up to fifty passages and their source documents: the work of many searches.
   */
  static final int BUNDLE_PDF_COST = 10;

  private final ArchiveSearcher searcher;
  private final EvidenceBundles bundles;
  private final CitationSupport citations;
  private final MessageSource messages;

  /**
   * How long one bundle PDF may take to copy in its source documents ({@code
   * foiarchive.bundle.time-limit}).
   */
  private final Duration bundleTime;

  BundleController(
      ArchiveSearcher searcher,
      Corpus corpus,
      CitationSupport citations,
      MessageSource messages,
      @Value("${foiarchive.bundle.time-limit:30s}") Duration bundleTime) {
    this.searcher = searcher;
    this.bundles = new EvidenceBundles(searcher, corpus.snapshots());
    this.citations = citations;
    this.messages = messages;
    this.bundleTime = bundleTime;
  }

  /** One passage of the bundle page, with the links that move or remove it. */
  public record Item(
      int number, String passageId, SearchHit hit, String moveUp, String moveDown, String remove) {}

  @GetMapping("/bundle")
  String bundle(
      @RequestParam(name = "p", required = false) List<String> p,
      @RequestParam(name = "title", required = false) String title,
      Model model) {
    List<String> ids = EvidenceBundles.distinct(p);
    boolean tooMany = ids.size() > EvidenceBundle.MAX_EXTRACTS;
    if (tooMany) {
      ids = ids.subList(0, EvidenceBundle.MAX_EXTRACTS);
    }
    String cleanTitle = Params.blankToNull(title);
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      Optional<SearchHit> hit = validId(id) ? searcher.passage(id) : Optional.empty();
      items.add(
          new Item(
              i + 1,
              id,
              hit.orElse(null),
              i == 0 ? null : url(swap(ids, i, i - 1), cleanTitle),
              i == ids.size() - 1 ? null : url(swap(ids, i, i + 1), cleanTitle),
              url(without(ids, i), cleanTitle)));
    }
    model.addAttribute("items", items);
    model.addAttribute("ids", ids);
    model.addAttribute("title", cleanTitle);
    model.addAttribute("tooMany", tooMany);
    model.addAttribute("max", EvidenceBundle.MAX_EXTRACTS);
    model.addAttribute("found", items.stream().filter(item -> item.hit() != null).count());
    return BUNDLE_VIEW;
  }

  @GetMapping("/bundle.pdf")
  @RateLimited(cost = BUNDLE_PDF_COST)
  ResponseEntity<byte[]> pdf(
      @RequestParam(name = "p", required = false) List<String> p,
      @RequestParam(name = "title", required = false) String title,
      @RequestParam(name = "sources", required = false) String sources)
      throws IOException {
    List<String> ids = EvidenceBundles.distinct(p);
    if (ids.isEmpty()) {
      return problem(HttpStatus.BAD_REQUEST, message("bundle.error.none"));
    }
    if (ids.size() > EvidenceBundle.MAX_EXTRACTS) {
      return problem(
          HttpStatus.BAD_REQUEST, message("bundle.toomany", EvidenceBundle.MAX_EXTRACTS));
    }
    List<String> unknown = ids.stream().filter(id -> !validId(id)).toList();
    if (!unknown.isEmpty()) {
      return problem(HttpStatus.NOT_FOUND, message("bundle.missing", String.join(", ", unknown)));
    }
    EvidenceBundle bundle;
    try {
      bundle =
          bundles.assemble(
              ids,
              isOn(sources),
              Params.blankToNull(title),
              citations.siteUrl(),
              citations.today());
    } catch (EvidenceBundles.UnknownPassagesException e) {
      return problem(HttpStatus.NOT_FOUND, message("bundle.missing", String.join(", ", e.ids())));
    } catch (EvidenceBundles.TooLargeException e) {
      return problem(
          HttpStatus.UNPROCESSABLE_CONTENT,
          message(
              "bundle.toolarge",
              EvidenceBundles.MAX_SOURCE_BYTES / (1024 * 1024),
              EvidenceBundles.MAX_SOURCE_PASSAGES));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      BundlePdf.write(bundle, out, System.nanoTime() + bundleTime.toNanos());
    } catch (BundlePdf.TookTooLongException e) {
      log.info("Bundle of {} passages with sources stopped: {}", ids.size(), e.getMessage());
      return problem(
          HttpStatus.SERVICE_UNAVAILABLE, message("bundle.toolong", bundleTime.toSeconds()));
    }
    String filename = "evidence-bundle-" + bundle.prepared() + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .cacheControl(CacheControl.noStore())
        .header(
            "Content-Disposition",
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(out.toByteArray());
  }

  private static boolean validId(String id) {
    try {
      Ids.passageId(id);
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  private static boolean isOn(String value) {
    return value != null
        && List.of("1", "on", "true", "yes").contains(value.strip().toLowerCase(Locale.ROOT));
  }

  private ResponseEntity<byte[]> problem(HttpStatus status, String reason) {
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
        .body((reason + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args.length == 0 ? null : args, Locale.UK);
  }

  static String url(List<String> ids, String title) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/bundle");
    if (ids.isEmpty()) {
      b.queryParam("p", "");
    }
    ids.forEach(id -> b.queryParam("p", id));
    if (title != null) {
      b.queryParam("title", title);
    }
    return b.build().encode().toUriString();
  }

  private static List<String> swap(List<String> ids, int i, int j) {
    List<String> next = new ArrayList<>(ids);
    next.set(i, ids.get(j));
    next.set(j, ids.get(i));
    return next;
  }

  private static List<String> without(List<String> ids, int i) {
    List<String> next = new ArrayList<>(ids);
    next.remove(i);
    return next;
  }
}
