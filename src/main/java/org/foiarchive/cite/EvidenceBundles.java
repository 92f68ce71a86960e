package org.foiarchive.cite;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.foiarchive.corpus.CorpusException;
import org.foiarchive.corpus.Snapshots;
import org.foiarchive.corpus.Source;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.DocumentView;
import org.foiarchive.search.SearchHit;

/**
 * Gathers an {@link EvidenceBundle} from passage ids: the citations in the order given (each
 * passage once), and when asked the source documents, with the archived PDF's own bytes where the
 * source is a PDF whose snapshot still matches its checksum. Thread-safe.
 */
public final class EvidenceBundles {
  /** A title names an appeal or a case; a cover page has room for a line or two. */
  static final int MAX_TITLE = 200;

  private final ArchiveSearcher searcher;
  private final Citations citations;
  private final Snapshots snapshots;

  public EvidenceBundles(ArchiveSearcher searcher, Snapshots snapshots) {
    this.searcher = searcher;
    this.citations = new Citations(searcher);
    this.snapshots = snapshots;
  }

  /** Raised for passage ids the archive does not hold, naming them all. */
  /**
   * The most source-document bytes (archived PDFs) one bundle includes: each is read, parsed and
   * copied page by page into the bundle, so this bounds the memory and time one request can take.
   */
  public static final long MAX_SOURCE_BYTES = 32L * 1024 * 1024;

  /**
   * The most passages of source documents printed as text (sources that are not PDFs) in one
   * bundle.
   */
  public static final int MAX_SOURCE_PASSAGES = 5_000;

  /** The source documents asked for come to more than a bundle includes. */
  public static final class TooLargeException extends RuntimeException {
    TooLargeException(String reason) {
      super(reason);
    }
  }

  public static final class UnknownPassagesException extends RuntimeException {
    private final List<String> ids;

    UnknownPassagesException(List<String> ids) {
      super("no passage " + String.join(", ", ids) + " in the archive");
      this.ids = List.copyOf(ids);
    }

    public List<String> ids() {
      return ids;
    }
  }

  /**
   * The ids in order, each once, blanks dropped: a bundle's list as the URL or command line gives
   * it.
   */
  public static List<String> distinct(List<String> ids) {
    LinkedHashSet<String> unique = new LinkedHashSet<>();
    for (String id : ids == null ? List.<String>of() : ids) {
      if (id != null && !id.isBlank()) {
        unique.add(id.strip());
      }
    }
    return List.copyOf(unique);
  }

  /**
   * The bundle of these passages.
   *
   * @throws UnknownPassagesException when any id is not in the archive
   * @throws IllegalArgumentException when there are no ids or more than {@link
   *     EvidenceBundle#MAX_EXTRACTS}
   */
  public EvidenceBundle assemble(
      List<String> passageIds,
      boolean withSources,
      String title,
      String siteUrl,
      LocalDate prepared) {
    List<String> ids = distinct(passageIds);
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("a bundle needs at least one passage");
    }
    if (ids.size() > EvidenceBundle.MAX_EXTRACTS) {
      throw new IllegalArgumentException(
          "a bundle holds at most " + EvidenceBundle.MAX_EXTRACTS + " passages, not " + ids.size());
    }
    List<Citation> extracts = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Map<String, IndexedDocument> documents = new LinkedHashMap<>();
    for (String id : ids) {
      Optional<SearchHit> hit = searcher.passage(id);
      if (hit.isEmpty()) {
        missing.add(id);
        continue;
      }
      extracts.add(citations.of(hit.get(), siteUrl, prepared));
      searcher.documentInfo(hit.get().docId()).ifPresent(d -> documents.putIfAbsent(d.docId(), d));
    }
    if (!missing.isEmpty()) {
      throw new UnknownPassagesException(missing);
    }
    List<EvidenceBundle.SourceDocument> sources = new ArrayList<>();
    if (withSources) {
      long bytes = 0;
      long printedPassages = 0;
      for (IndexedDocument document : documents.values()) {
        List<SearchHit> passages =
            searcher.document(document.docId(), null).map(DocumentView::passages).orElse(List.of());
        byte[] pdf = originalPdf(document.source());
        bytes += pdf == null ? 0 : pdf.length;
        printedPassages += pdf == null ? passages.size() : 0;
        if (bytes > MAX_SOURCE_BYTES || printedPassages > MAX_SOURCE_PASSAGES) {
          throw new TooLargeException(
              "the source documents of these passages are more than a bundle includes ("
                  + MAX_SOURCE_BYTES / (1024 * 1024)
                  + " MB of PDFs, "
                  + MAX_SOURCE_PASSAGES
                  + " passages of text)");
        }
        sources.add(new EvidenceBundle.SourceDocument(document, passages, pdf));
      }
    }
    String cleanTitle = title == null || title.isBlank() ? null : title.strip();
    if (cleanTitle != null && cleanTitle.length() > MAX_TITLE) {
      cleanTitle = cleanTitle.substring(0, MAX_TITLE - 1) + "…";
    }
    return new EvidenceBundle(cleanTitle, prepared, siteUrl, extracts, sources);
  }

  /** The archived PDF, or null when the source is not a PDF or its snapshot cannot be trusted. */
  private byte[] originalPdf(Source source) {
    String type =
        source.capture().contentType() == null
            ? ""
            : source.capture().contentType().toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/pdf")) {
      return null;
    }
    try {
      return snapshots.read(source);
    } catch (IOException | CorpusException e) {
      // A missing or altered snapshot must not be presented as the original: print the indexed text
      // instead.
      return null;
    }
  }
}
