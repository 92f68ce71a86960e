package org.foiarchive.cite;

import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.search.ArchiveRoutes;
import org.foiarchive.search.SearchHit;

/**
 * Writes an {@link EvidenceBundle} as a PDF laid out the way tribunal bundles are: a cover page, an
 * index giving the page each item starts on, each passage as a numbered extract with its full
 * citation and links, then (when asked) the source documents, an archived PDF by its own pages.
 * Every page is numbered "Page n of N" at its foot, and the PDF has a bookmark per item. Wording
 * comes from {@code messages.properties}, like the web pages'.
 */
public final class BundlePdf {
  private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("messages", Locale.UK);

  /**
   * A bundle reproduces sources for reading in context, not whole archives: longer PDFs are cut
   * here.
   */
  static final int MAX_SOURCE_PAGES = 300;

  private static final float HEADING = 16f;

  private BundlePdf() {}

  /**
   * Where each item of the bundle starts, as a 0-based index into the document's pages before
   * reordering.
   */
  private record Item(String number, String description, int firstPage, String bookmark) {}

  /**
   * Writes the bundle however long it takes: for the command line, where the user waits for their
   * own work.
   */
  public static void write(EvidenceBundle bundle, OutputStream out) throws IOException {
    write(bundle, out, Long.MAX_VALUE);
  }

  /**
   * Writes the bundle, giving up once the deadline ({@link System#nanoTime()}) has passed while
   * source documents are still being copied in: on a server, one visitor's bundle must not hold a
   * core for a minute.
   *
   * @throws TookTooLongException when the deadline passed; nothing usable has been written to
   *     {@code out}
   */
  public static void write(EvidenceBundle bundle, OutputStream out, long deadlineNanos)
      throws IOException {
    List<PDDocument> originals = new ArrayList<>();
    try (PDDocument pdf = new PDDocument()) {
      PDFont font = PdfLayout.loadFont(pdf);
      List<Item> extracts = new ArrayList<>();
      List<Item> sources = new ArrayList<>();
      writeExtracts(pdf, font, bundle, extracts);
      writeSources(pdf, font, bundle, sources, originals, deadlineNanos);
      int contentPages = pdf.getNumberOfPages();

      int indexPages = index(PdfLayout.measuring(font), extracts, sources, 0);
      int offset = 1 + indexPages; // the cover, then the index, come before the content
      List<PDPage> index;
      try (PdfLayout layout = PdfLayout.drawing(pdf, font)) {
        index(layout, extracts, sources, offset);
        index = List.copyOf(layout.pages());
      }
      PDPage cover;
      try (PdfLayout layout = PdfLayout.drawing(pdf, font)) {
        cover(layout, bundle, extracts, sources, offset, contentPages);
        cover = layout.pages().getFirst();
      }
      PDPageTree pages = pdf.getPages();
      List<PDPage> content = new ArrayList<>();
      for (int i = 0; i < contentPages; i++) {
        content.add(pages.get(i));
      }
      moveToFront(pages, cover, index);
      numberPages(pdf, font);
      outline(pdf, cover, index, content, extracts, sources);
      describe(pdf, bundle);
      pdf.save(out);
    } finally {
      for (PDDocument original : originals) {
        original.close();
      }
    }
  }

  private static void writeExtracts(
      PDDocument pdf, PDFont font, EvidenceBundle bundle, List<Item> items) {
    try (PdfLayout layout = PdfLayout.drawing(pdf, font)) {
      int n = 0;
      for (Citation c : bundle.extracts()) {
        n++;
        int first = pdf.getNumberOfPages();
        layout.newPage();
        String heading = message("bundle.pdf.extract.heading", n);
        layout.paragraph(heading, HEADING, true, 0);
        layout.gap(4);
        layout.paragraph(who(c), PdfLayout.SMALL + 1, false, 0);
        layout.gap(10);
        layout.quotation(c.text().strip(), PdfLayout.BODY + 1);
        layout.gap(12);
        layout.paragraph(message("bundle.pdf.extract.citation"), PdfLayout.BODY, true, 0);
        layout.gap(2);
        layout.paragraph(CitationFormat.TEXT.format(c), PdfLayout.BODY - 1, false, 0);
        layout.gap(10);
        layout.link(message("bundle.pdf.extract.link"), c.copy().cardUrl(), PdfLayout.SMALL);
        if (c.document().url() != null) {
          layout.link(message("bundle.pdf.extract.original"), c.document().url(), PdfLayout.SMALL);
        }
        layout.link(message("bundle.pdf.extract.archived"), c.copy().archiveUrl(), PdfLayout.SMALL);
        if (c.copy().sha256() != null) {
          layout.paragraph("SHA-256: " + c.copy().sha256(), PdfLayout.SMALL, false, 0);
        }
        items.add(new Item(Integer.toString(n), c.summary(), first, heading));
      }
    }
  }

  private static void writeSources(
      PDDocument pdf,
      PDFont font,
      EvidenceBundle bundle,
      List<Item> items,
      List<PDDocument> originals,
      long deadlineNanos)
      throws IOException {
    int i = 0;
    for (EvidenceBundle.SourceDocument source : bundle.sources()) {
      checkDeadline(deadlineNanos);
      String label = sourceLabel(i++);
      int first = pdf.getNumberOfPages();
      PDDocument original = openPdf(source.originalPdf());
      String heading = message("bundle.pdf.source.heading", label, source.document().title());
      try (PdfLayout layout = PdfLayout.drawing(pdf, font)) {
        layout.newPage();
        layout.paragraph(heading, HEADING - 2, true, 0);
        layout.gap(6);
        provenance(layout, source, bundle.siteUrl());
        layout.gap(8);
        if (original != null) {
          int count = original.getNumberOfPages();
          layout.paragraph(message("bundle.pdf.source.pdf", count), PdfLayout.BODY, false, 0);
          if (count > MAX_SOURCE_PAGES) {
            layout.paragraph(
                message("bundle.pdf.source.cut", MAX_SOURCE_PAGES), PdfLayout.BODY, false, 0);
          }
        } else {
          layout.paragraph(message("bundle.pdf.source.text"), PdfLayout.BODY, false, 0);
          layout.gap(8);
          passages(layout, source.passages(), extractNumbers(bundle));
        }
      }
      if (original != null) {
        originals.add(original);
        int n = 0;
        for (PDPage page : original.getPages()) {
          if (n++ == MAX_SOURCE_PAGES) {
            break;
          }
          checkDeadline(deadlineNanos);
          pdf.importPage(page);
        }
      }
      items.add(
          new Item(
              label,
              source.document().title() + " (" + kindOf(source.document().source()) + ")",
              first,
              heading));
    }
  }

  private static void checkDeadline(long deadlineNanos) {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new TookTooLongException();
    }
  }

  /** A bundle whose source documents took longer to copy in than a server gives one bundle. */
  public static final class TookTooLongException extends RuntimeException {
    TookTooLongException() {
      super("the bundle's source documents took longer to copy in than one bundle is given");
    }
  }

  /** Each extract's number by passage id, so the source text can show where the extracts are. */
  private static Map<String, Integer> extractNumbers(EvidenceBundle bundle) {
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < bundle.extracts().size(); i++) {
      numbers.putIfAbsent(bundle.extracts().get(i).passageId(), i + 1);
    }
    return numbers;
  }

  private static void provenance(
      PdfLayout layout, EvidenceBundle.SourceDocument source, String siteUrl) {
    Source s = source.document().source();
    List<String> facts = new ArrayList<>();
    facts.add(kindOf(s));
    if (s.provenance().publisher() != null) {
      facts.add(s.provenance().publisher());
    }
    if (s.provenance().author() != null) {
      facts.add(s.provenance().author());
    }
    facts.add(
        s.provenance().date() == null
            ? message("bundle.pdf.undated")
            : Citation.inWords(s.provenance().date()));
    layout.paragraph(String.join(" · ", facts), PdfLayout.SMALL + 1, false, 0);
    if (s.provenance().url() != null) {
      layout.link(message("bundle.pdf.extract.original"), s.provenance().url(), PdfLayout.SMALL);
    }
    String site = siteUrl == null ? "" : siteUrl.replaceFirst("/+$", "");
    layout.link(
        message("bundle.pdf.extract.archived"), site + ArchiveRoutes.raw(s.id()), PdfLayout.SMALL);
    if (s.capture().sha256() != null) {
      layout.paragraph("SHA-256: " + s.capture().sha256(), PdfLayout.SMALL, false, 0);
    }
    if (s.capture().retrieved() != null) {
      layout.paragraph(
          message(
              "bundle.pdf.source.retrieved",
              Citation.inWords(LocalDate.ofInstant(s.capture().retrieved(), Citation.UK))),
          PdfLayout.SMALL,
          false,
          0);
    }
  }

  /**
   * The archived text passage by passage, each marked ¶n as on the document page, with each
   * message's sender.
   */
  private static void passages(
      PdfLayout layout, List<SearchHit> passages, Map<String, Integer> extracts) {
    String lastSpeaker = null;
    for (SearchHit p : passages) {
      String speaker = speaker(p);
      if (speaker != null && !speaker.equals(lastSpeaker)) {
        layout.gap(6);
        layout.paragraph(speaker, PdfLayout.SMALL + 1, true, 0);
      }
      lastSpeaker = speaker;
      Integer extract = extracts.get(p.passageId());
      String marker =
          "¶"
              + p.ordinal()
              + (extract == null ? "" : " " + message("bundle.pdf.source.extract", extract));
      layout.paragraph(marker + "   " + p.text().strip(), PdfLayout.BODY - 1, extract != null, 0);
      layout.gap(3);
    }
  }

  private static String speaker(SearchHit p) {
    if (p.anchor() == null && p.author() == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (p.voice() != null) {
      parts.add(p.voice().label());
    }
    if (p.author() != null) {
      parts.add(p.author());
    }
    if (p.date() != null) {
      parts.add(Citation.inWords(p.date()));
    }
    return String.join(" · ", parts);
  }

  /** Lays out the index; returns how many pages it takes. Page numbers are 1-based and final. */
  private static int index(PdfLayout layout, List<Item> extracts, List<Item> sources, int offset) {
    layout.newPage();
    layout.paragraph(message("bundle.pdf.index.heading"), HEADING, true, 0);
    layout.gap(8);
    layout.indexRow(
        message("bundle.pdf.index.number"),
        message("bundle.pdf.index.extract"),
        message("bundle.pdf.index.page"),
        PdfLayout.BODY - 1,
        true);
    for (Item item : extracts) {
      layout.indexRow(
          item.number(),
          item.description(),
          Integer.toString(offset + item.firstPage() + 1),
          PdfLayout.BODY - 1,
          false);
    }
    if (!sources.isEmpty()) {
      layout.gap(10);
      layout.indexRow("", message("bundle.pdf.index.sources"), "", PdfLayout.BODY - 1, true);
      for (Item item : sources) {
        layout.indexRow(
            item.number(),
            item.description(),
            Integer.toString(offset + item.firstPage() + 1),
            PdfLayout.BODY - 1,
            false);
      }
    }
    layout.close();
    return layout.pageCount();
  }

  private static void cover(
      PdfLayout layout,
      EvidenceBundle bundle,
      List<Item> extracts,
      List<Item> sources,
      int offset,
      int contentPages) {
    layout.newPage();
    layout.gap(120);
    layout.paragraph(message("bundle.pdf.cover.heading"), 26f, true, 0);
    layout.gap(10);
    if (bundle.title() != null) {
      layout.paragraph(bundle.title(), 17f, false, 0);
      layout.gap(10);
    }
    layout.paragraph(
        message("bundle.pdf.cover.count", bundle.extracts().size()), PdfLayout.BODY + 1, false, 0);
    layout.gap(6);
    String prepared = Citation.inWords(bundle.prepared());
    layout.paragraph(
        bundle.siteUrl() == null || bundle.siteUrl().isBlank()
            ? message("bundle.pdf.cover.prepared.nosite", prepared)
            : message("bundle.pdf.cover.prepared", prepared, bundle.siteUrl()),
        PdfLayout.BODY + 1,
        false,
        0);
    layout.gap(6);
    layout.paragraph(message("bundle.pdf.cover.check"), PdfLayout.BODY + 1, false, 0);
    layout.gap(24);
    layout.paragraph(message("bundle.pdf.cover.contents"), PdfLayout.BODY + 2, true, 0);
    layout.gap(6);
    int total = offset + contentPages;
    layout.indexRow(
        "", message("bundle.pdf.index.heading"), range(2, offset), PdfLayout.BODY, false);
    int extractsEnd = sources.isEmpty() ? total : offset + sources.getFirst().firstPage();
    layout.indexRow(
        "",
        message("bundle.pdf.cover.extracts", extracts.size()),
        range(offset + 1, extractsEnd),
        PdfLayout.BODY,
        false);
    if (!sources.isEmpty()) {
      layout.indexRow(
          "",
          message("bundle.pdf.index.sources"),
          range(extractsEnd + 1, total),
          PdfLayout.BODY,
          false);
    }
  }

  private static String range(int from, int to) {
    return from >= to ? Integer.toString(from) : from + "–" + to;
  }

  /** Puts the cover first and the index after it; the content keeps its order behind them. */
  private static void moveToFront(PDPageTree pages, PDPage cover, List<PDPage> index) {
    pages.remove(cover);
    pages.insertBefore(cover, pages.get(0));
    PDPage previous = cover;
    for (PDPage page : index) {
      pages.remove(page);
      pages.insertAfter(page, previous);
      previous = page;
    }
  }

  /** "Page n of N" centred at the foot of every page, the bundle's own and the sources' alike. */
  private static void numberPages(PDDocument pdf, PDFont font) throws IOException {
    int total = pdf.getNumberOfPages();
    int n = 0;
    for (PDPage page : pdf.getPages()) {
      n++;
      String label = message("bundle.pdf.footer", n, total);
      PDRectangle box = page.getCropBox();
      float width = font.getStringWidth(label) / 1000f * PdfLayout.SMALL;
      try (PDPageContentStream out =
          new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        out.beginText();
        out.setFont(font, PdfLayout.SMALL);
        out.setNonStrokingColor(0f, 0f, 0f);
        out.newLineAtOffset(
            box.getLowerLeftX() + (box.getWidth() - width) / 2, box.getLowerLeftY() + 22f);
        out.showText(label);
        out.endText();
      }
    }
  }

  private static void outline(
      PDDocument pdf,
      PDPage cover,
      List<PDPage> index,
      List<PDPage> content,
      List<Item> extracts,
      List<Item> sources) {
    PDDocumentOutline outline = new PDDocumentOutline();
    outline.addLast(bookmark(message("bundle.pdf.cover.heading"), cover));
    outline.addLast(bookmark(message("bundle.pdf.index.heading"), index.getFirst()));
    for (Item item : extracts) {
      outline.addLast(
          bookmark(item.bookmark() + ": " + item.description(), content.get(item.firstPage())));
    }
    for (Item item : sources) {
      outline.addLast(bookmark(item.bookmark(), content.get(item.firstPage())));
    }
    pdf.getDocumentCatalog().setDocumentOutline(outline);
    pdf.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
  }

  private static PDOutlineItem bookmark(String title, PDPage page) {
    PDOutlineItem item = new PDOutlineItem();
    item.setTitle(title.length() > 200 ? title.substring(0, 199) + "…" : title);
    item.setDestination(page);
    return item;
  }

  private static void describe(PDDocument pdf, EvidenceBundle bundle) {
    PDDocumentInformation info = pdf.getDocumentInformation();
    String heading = message("bundle.pdf.cover.heading");
    info.setTitle(bundle.title() == null ? heading : heading + ": " + bundle.title());
    info.setCreator("foiarchive");
    info.setSubject(message("bundle.pdf.cover.count", bundle.extracts().size()));
    // The passage ids, in order: enough to make the same bundle again.
    info.setKeywords(
        String.join(" ", bundle.extracts().stream().map(Citation::passageId).toList()));
    info.setCreationDate(Calendar.getInstance());
    pdf.getDocumentCatalog().setLanguage("en-GB");
    PDViewerPreferences preferences =
        new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
    preferences.setDisplayDocTitle(true);
    pdf.getDocumentCatalog().setViewerPreferences(preferences);
  }

  private static PDDocument openPdf(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      PDDocument original = Loader.loadPDF(bytes);
      if (original.isEncrypted() || original.getNumberOfPages() == 0) {
        original.close();
        return null;
      }
      return original;
    } catch (IOException e) {
      // An unreadable PDF is reproduced as its indexed text instead.
      return null;
    }
  }

  /** Who wrote the extract and in which voice, for the line under its heading. */
  private static String who(Citation c) {
    List<String> parts = new ArrayList<>();
    if (c.attribution() != null) {
      parts.add(c.attribution());
    }
    if (c.speaker().voice() != null) {
      parts.add(c.speaker().voice().label());
    }
    if (c.kindLabel() != null && !parts.contains(c.kindLabel())) {
      parts.add(c.kindLabel());
    }
    parts.add(c.dateInWords());
    return String.join(" · ", parts);
  }

  private static String kindOf(Source source) {
    SourceKind kind = source.provenance().kind();
    return kind == null ? "" : kind.label();
  }

  static String sourceLabel(int i) {
    return i < 26 ? Character.toString('A' + i) : "S" + (i + 1);
  }

  /**
   * A message from messages.properties; arguments are formatted the way Spring formats them for the
   * pages.
   */
  static String message(String key, Object... args) {
    String pattern = MESSAGES.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(args);
  }
}
