package org.foiarchive.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.ToTextContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads any format Tika knows (PDF, Office, OpenDocument, RTF, e-mail, HTML, text) into text,
 * keeping page boundaries for paged formats so passages can cite a page. Thread-safe: each call has
 * its own handler and context.
 */
public final class TikaTextExtractor implements TextExtractor {
  private static final Logger LOG = LoggerFactory.getLogger(TikaTextExtractor.class);

  /**
   * Beyond this many characters a document is cut short and says so, rather than exhaust memory.
   */
  public static final int DEFAULT_MAX_CHARS = 20_000_000;

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "li",
          "tr",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "pre",
          "table",
          "ul",
          "ol",
          "dd",
          "dt",
          "section",
          "article",
          "title");

  /** The language Tesseract reads scans in (Debian's tesseract-ocr-eng). */
  static final String OCR_LANGUAGE = "eng";

  static final String OCR_PAGE_SECONDS_VARIABLE = "FOIARCHIVE_OCR_PAGE_SECONDS";

  private static final int DEFAULT_OCR_SECONDS_PER_PAGE = 30;

  /**
   * Tesseract is stopped after this long on one page or image, and the file's other pages are kept.
   * The environment variable {@value #OCR_PAGE_SECONDS_VARIABLE} sets another, for a machine where
   * a page waits long for a core: the build's tests set ten minutes, since a page read slowly on a
   * busy machine is not a runaway, and a test must not fail on time alone.
   */
  static final int OCR_SECONDS_PER_PAGE = pageSeconds(System.getenv(OCR_PAGE_SECONDS_VARIABLE));

  /** The seconds a page may take, as the variable gives them; the default for none or nonsense. */
  static int pageSeconds(String variable) {
    try {
      int seconds =
          variable == null ? DEFAULT_OCR_SECONDS_PER_PAGE : Integer.parseInt(variable.strip());
      return seconds > 0 ? seconds : DEFAULT_OCR_SECONDS_PER_PAGE;
    } catch (NumberFormatException e) {
      return DEFAULT_OCR_SECONDS_PER_PAGE;
    }
  }

  /**
   * At most this many pages of one file are read by OCR (about 4 s of one core each for a dense
   * page here), so that a long scan finishes within the file's time limit; the rest is reported as
   * not read.
   */
  static final int MAX_OCR_PAGES_PER_FILE = 10;

  /**
   * No further page is read by OCR once a file has taken this long, so that a scan on a busy
   * machine keeps the pages read so far instead of being killed at the file's 60 s limit with
   * nothing: this budget plus one page's {@link #OCR_SECONDS_PER_PAGE} stays inside that limit.
   */
  static final Duration OCR_TIME_BUDGET = Duration.ofSeconds(25);

  /**
   * The resolution scanned PDF pages are rendered at for Tesseract: its accuracy drops below 300
   * dpi.
   */
  static final int OCR_DPI = 300;

  private final AutoDetectParser parser;

  /**
   * What embedded files and PDF pages rendered for OCR are read with: {@link #parser}, or it
   * straightening scans first.
   */
  private final Parser innerParser;

  private final int maxChars;
  private final boolean ocrAvailable;
  private final int maxOcrPages;
  private final boolean straighten;

  public TikaTextExtractor() {
    this(DEFAULT_MAX_CHARS);
  }

  public TikaTextExtractor(int maxChars) {
    this(maxChars, tesseractInstalled());
  }

  /** With {@code ocr} false, nothing is read by OCR, as on a machine without Tesseract. */
  TikaTextExtractor(int maxChars, boolean ocr) {
    this(maxChars, ocr, MAX_OCR_PAGES_PER_FILE);
  }

  TikaTextExtractor(int maxChars, boolean ocr, int maxOcrPages) {
    this(maxChars, ocr, maxOcrPages, true);
  }

  /**
   * With {@code straighten} false, scans go to Tesseract as they are, however slanted: what
   * docs/ocr.md measures against.
   */
  TikaTextExtractor(int maxChars, boolean ocr, int maxOcrPages, boolean straighten) {
    this.parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
    this.innerParser = straighten ? new StraighteningOcrParser(parser) : parser;
    this.maxChars = maxChars;
    this.ocrAvailable = ocr;
    this.maxOcrPages = maxOcrPages;
    this.straighten = straighten;
  }

  static boolean tesseractInstalled() {
    try {
      return new TesseractOCRParser().hasTesseract();
    } catch (TikaConfigException e) {
      return false;
    }
  }

  @Override
  public ExtractedText extract(byte[] bytes, String contentTypeHint, String fileName)
      throws ExtractionException {
    try {
      return extract(bytes, contentTypeHint, fileName, ocrAvailable);
    } catch (ExtractionException e) {
      if (!ocrAvailable || !causedByOcr(e)) {
        throw e;
      }
      // Tesseract failing on one page (a timeout on a busy machine) aborts Tika's whole parse: read
      // the file again without OCR, so its text layer is kept, and say which part could not be
      // read.
      ExtractedText withoutOcr = extract(bytes, contentTypeHint, fileName, false);
      Map<String, String> meta = new LinkedHashMap<>(withoutOcr.metadata());
      meta.remove(ExtractedText.OCR_MISSING);
      meta.put(ExtractedText.OCR_FAILED, rootMessage(e));
      return new ExtractedText(
          withoutOcr.contentType(), withoutOcr.pages(), withoutOcr.paged(), meta);
    }
  }

  private static boolean causedByOcr(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (StackTraceElement frame : t.getStackTrace()) {
        if (frame.getClassName().startsWith("org.apache.tika.parser.ocr.")) {
          return true;
        }
      }
    }
    return false;
  }

  private ExtractedText extract(byte[] bytes, String contentTypeHint, String fileName, boolean ocr)
      throws ExtractionException {
    Metadata metadata = new Metadata();
    if (fileName != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    if (contentTypeHint != null && !contentTypeHint.isBlank()) {
      metadata.set(Metadata.CONTENT_TYPE, contentTypeHint);
    }
    // A photo or scan sent as a picture is handed by Tika's image parsers to the parser in the
    // context typed image/ocr-*, as a PDF's page is, and made ready for Tesseract there
    // (StraighteningOcrParser); its type is reported as it came.
    MediaType picture = ocr && straighten ? pictureType(bytes, metadata) : null;
    PagedTextHandler handler = new PagedTextHandler(maxChars, maxOcrPages);
    ParseContext context = new ParseContext();
    context.set(Parser.class, innerParser);
    context.set(TesseractOCRConfig.class, ocrConfig(ocr));
    context.set(PDFParserConfig.class, pdfConfig());
    context.set(
        org.apache.tika.extractor.EmbeddedDocumentExtractor.class, new EmbeddedFiles(context));
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      parser.parse(in, handler, metadata, context);
    } catch (EncryptedDocumentException e) {
      throw new ExtractionException("the file is encrypted or password-protected", e);
    } catch (LimitReached e) {
      // Keep what was read: a long document cut short is better than none; the page says where it
      // ends.
    } catch (OcrLimitReached e) {
      // Keep the pages read so far; the report says the rest of the scan was not read.
    } catch (TikaException e) {
      // A parser (Tesseract's, for one) may wrap our own stop in its exception: what was read is
      // kept.
      if (!handler.stoppedAtLimit()) {
        throw new ExtractionException(
            "the file could not be read as " + describe(metadata) + ": " + rootMessage(e), e);
      }
    } catch (SAXException | IOException | RuntimeException e) {
      if (!handler.stoppedAtLimit()) {
        throw new ExtractionException("the file could not be read: " + rootMessage(e), e);
      }
    }
    MediaType detected =
        picture != null ? picture : MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
    String type = detected == null ? "application/octet-stream" : detected.getBaseType().toString();
    Map<String, String> meta = new LinkedHashMap<>();
    putIfPresent(meta, "title", metadata.get(TikaCoreProperties.TITLE));
    putIfPresent(meta, "author", metadata.get(TikaCoreProperties.CREATOR));
    putIfPresent(meta, "created", metadata.get(TikaCoreProperties.CREATED));
    putIfPresent(meta, "subject", metadata.get(TikaCoreProperties.SUBJECT));
    boolean paged = handler.sawPages();
    List<String> pages = new ArrayList<>(handler.pages());
    SortedSet<Integer> ocrPages = new TreeSet<>(handler.ocrPages());
    int ocrCut = handler.ocrCut();
    List<Integer> scansUnread = List.of();
    if ("application/pdf".equals(type) && ocrCut < 0) {
      scansUnread = readScansUnderText(bytes, metadata, context, ocr, handler, pages, ocrPages);
      if (ocr && !scansUnread.isEmpty()) {
        ocrCut = ocrPages.size();
      }
    }
    if (!ocrPages.isEmpty()) {
      meta.put(
          ExtractedText.OCR_PAGES,
          ocrPages.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
    }
    if (ocrCut >= 0) {
      meta.put(ExtractedText.OCR_CUT, String.valueOf(ocrCut));
    }
    if (handler.stoppedAtLimit() && handler.ocrCut() < 0) {
      meta.put(ExtractedText.TEXT_CUT, String.valueOf(maxChars));
    }
    if (!ocr && (needsOcr(type, metadata) || !scansUnread.isEmpty())) {
      meta.put(ExtractedText.OCR_MISSING, "true");
    }
    return new ExtractedText(type, pages, paged, meta);
  }

  /**
   * Reads by OCR the pages of a PDF that are scans under a thin text layer ({@link
   * ScansUnderText}), which Tika's AUTO strategy leaves unread since their text layer is not empty,
   * and adds what OCR read below the page's text layer in {@code pages}, and the page to {@code
   * ocrPages}. Only pages whose text layer is short are looked at, so a typed document costs
   * nothing more. The limits of OCR for one file ({@link #maxOcrPages}, {@link #OCR_TIME_BUDGET})
   * count Tika's pages and these.
   *
   * @return the numbers of the scans found but not read: all of them without OCR, those beyond a
   *     limit with it
   * @throws ExtractionException when Tesseract fails, so that the file is read again without OCR
   */
  private List<Integer> readScansUnderText(
      byte[] bytes,
      Metadata metadata,
      ParseContext context,
      boolean ocr,
      PagedTextHandler handler,
      List<String> pages,
      SortedSet<Integer> ocrPages)
      throws ExtractionException {
    String[] charsPerPage = metadata.getValues("pdf:charsPerPage");
    List<Integer> thin = new ArrayList<>();
    for (int page = 1; page <= Math.min(charsPerPage.length, pages.size()); page++) {
      if (!ocrPages.contains(page)
          && ScansUnderText.thinTextLayer(Integer.parseInt(charsPerPage[page - 1].strip()))) {
        thin.add(page);
      }
    }
    if (thin.isEmpty()) {
      return List.of();
    }
    List<Integer> unread = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(bytes)) {
      for (int page : thin) {
        if (page > document.getNumberOfPages()
            || !ScansUnderText.looksScanned(document.getPage(page - 1))) {
          continue;
        }
        if (!ocr
            || !unread.isEmpty()
            || ocrPages.size() >= maxOcrPages
            || handler.elapsedNanos() > OCR_TIME_BUDGET.toNanos()) {
          unread.add(page);
          continue;
        }
        Optional<byte[]> drawn = ScansUnderText.drawnWithoutText(document, page - 1, OCR_DPI);
        if (drawn.isEmpty()) {
          LOG.info("page {} is a scan under its text layer but too large to draw for OCR", page);
          continue;
        }
        String read = ocrText(drawn.get(), context);
        if (read.isEmpty()) {
          continue;
        }
        LOG.info("page {} is a scan under a short text layer: read by OCR as well", page);
        String layer = pages.get(page - 1).stripTrailing();
        pages.set(page - 1, layer.isEmpty() ? read + "\n" : layer + "\n\n" + read + "\n");
        ocrPages.add(page);
      }
    } catch (TikaException | SAXException | IOException | RuntimeException e) {
      if (causedByOcr(e)) {
        // Tesseract failed (a timeout on a busy machine): as when it fails on a page Tika sends it,
        // the file is read again without OCR.
        throw new ExtractionException("OCR failed on a page: " + rootMessage(e), e);
      }
      // PDFBox could not load, measure or draw the page (it reports a damaged one with checked and
      // unchecked exceptions alike): the text layer Tika read is kept.
      LOG.debug("could not look for scans under the text layer: {}", rootMessage(e));
    }
    return unread;
  }

  /** What Tesseract reads on a page drawn for OCR, straightened first as Tika's own pages are. */
  private String ocrText(byte[] png, ParseContext context)
      throws IOException, SAXException, TikaException {
    Metadata page = new Metadata();
    page.set(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE, "image/ocr-png");
    ToTextContentHandler text = new ToTextContentHandler();
    try (TikaInputStream in = TikaInputStream.get(png)) {
      innerParser.parse(in, text, page, context);
    }
    return text.toString().strip();
  }

  /** The file's type when it is a picture (which only OCR reads), else null. */
  private MediaType pictureType(byte[] bytes, Metadata metadata) {
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      MediaType type = parser.getDetector().detect(in, metadata);
      return "image".equals(type.getType()) ? type : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static TesseractOCRConfig ocrConfig(boolean ocr) {
    TesseractOCRConfig config = new TesseractOCRConfig();
    config.setSkipOcr(!ocr);
    config.setLanguage(OCR_LANGUAGE);
    config.setTimeoutSeconds(OCR_SECONDS_PER_PAGE);
    return config;
  }

  private static PDFParserConfig pdfConfig() {
    PDFParserConfig config = new PDFParserConfig();
    // OCR the pages with no text layer (Tika 3.3.1's AUTO: at most 10 characters, or more than 10
    // it cannot map to Unicode): a scan. A page with text is read as its text, except a scan
    // under a short text layer, which readScansUnderText reads as well.
    config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
    config.setOcrDPI(OCR_DPI);
    return config;
  }

  /** An image, or a PDF with a page that has no text layer: what only OCR can read. */
  private static boolean needsOcr(String type, Metadata metadata) {
    if (type.startsWith("image/")) {
      return true;
    }
    String[] charsPerPage = metadata.getValues("pdf:charsPerPage");
    for (String chars : charsPerPage) {
      if ("0".equals(chars.strip())) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Metadata metadata) {
    String type = metadata.get(Metadata.CONTENT_TYPE);
    return type == null ? "a known format" : type;
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
  }

  private static void putIfPresent(Map<String, String> map, String key, String value) {
    if (value != null && !value.isBlank()) {
      map.put(key, value.trim());
    }
  }

  /** Thrown inside the SAX callbacks to stop reading a scan at the OCR page limit. */
  private static final class OcrLimitReached extends SAXException {
    OcrLimitReached() {
      super("OCR page limit reached");
    }
  }

  /** Thrown inside the SAX callbacks to stop parsing at the size limit. */
  private static final class LimitReached extends SAXException {
    LimitReached() {
      super("text limit reached");
    }
  }

  /**
   * Collects Tika's XHTML as plain text: block elements end lines, and PDF pages (Tika's {@code
   * <div class="page">}) start a new entry.
   */
  private static final class PagedTextHandler extends DefaultHandler {
    private final int maxChars;
    private final int maxOcrPages;
    private final List<String> pages = new ArrayList<>();

    /** 1-based numbers of the entries in {@link #pages} whose text came from OCR. */
    private final SortedSet<Integer> ocrPages = new TreeSet<>();

    private StringBuilder current = new StringBuilder();
    private int total;
    private boolean sawPages;
    private int skipDepth;
    private final long started = System.nanoTime();

    long elapsedNanos() {
      return System.nanoTime() - started;
    }

    /**
     * Depth of divs inside an embedded file ({@code <div class="package-entry">}): what OCR reads
     * there (a picture in a Word file) is part of the page, but does not make the page a scan.
     */
    private int embeddedDepth;

    private int ocrBlocks;

    /**
     * True once this handler stopped the parse at a limit of its own (text size, OCR pages or
     * time).
     */
    private boolean stoppedAtLimit;

    /** How many pages OCR read before a limit stopped it, or -1 when none did. */
    private int ocrCut = -1;

    PagedTextHandler(int maxChars, int maxOcrPages) {
      this.maxChars = maxChars;
      this.maxOcrPages = maxOcrPages;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
        throws SAXException {
      String name = localName.isEmpty() ? qName : localName;
      if ("script".equals(name) || "style".equals(name) || "head".equals(name) || skipDepth > 0) {
        skipDepth++;
        return;
      }
      if ("div".equals(name) && "package-entry".equals(atts.getValue("class"))) {
        embeddedDepth++;
      } else if (embeddedDepth > 0 && "div".equals(name)) {
        embeddedDepth++;
      }
      if ("div".equals(name) && "ocr".equals(atts.getValue("class")) && embeddedDepth == 0) {
        // Tika wraps what Tesseract read, for a scanned page or an image, in <div class="ocr">.
        if (++ocrBlocks > maxOcrPages || System.nanoTime() - started > OCR_TIME_BUDGET.toNanos()) {
          ocrCut = ocrBlocks - 1;
          stoppedAtLimit = true;
          throw new OcrLimitReached();
        }
        ocrPages.add(pages.size() + 1);
      }
      if ("div".equals(name) && "page".equals(atts.getValue("class"))) {
        if (sawPages) {
          flushPage();
        } else if (current.toString().isBlank()) {
          current = new StringBuilder();
        }
        sawPages = true;
      } else if ("br".equals(name)) {
        current.append('\n');
      } else if (BLOCKS.contains(name)) {
        endLine();
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      String name = localName.isEmpty() ? qName : localName;
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      if (embeddedDepth > 0 && "div".equals(name)) {
        embeddedDepth--;
      }
      if ("p".equals(name)) {
        endLine();
        current.append('\n');
      } else if (BLOCKS.contains(name)) {
        endLine();
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (skipDepth > 0) {
        return;
      }
      total += length;
      if (total > maxChars) {
        stoppedAtLimit = true;
        throw new LimitReached();
      }
      current.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
      characters(ch, start, length);
    }

    private void endLine() {
      if (!current.isEmpty() && current.charAt(current.length() - 1) != '\n') {
        current.append('\n');
      }
    }

    private void flushPage() {
      pages.add(current.toString());
      current = new StringBuilder();
    }

    boolean sawPages() {
      return sawPages;
    }

    SortedSet<Integer> ocrPages() {
      return ocrPages;
    }

    int ocrCut() {
      return ocrCut;
    }

    boolean stoppedAtLimit() {
      return stoppedAtLimit;
    }

    List<String> pages() {
      List<String> all = new ArrayList<>(pages);
      if (!current.toString().isBlank() || all.isEmpty()) {
        all.add(current.toString());
      }
      return all;
    }
  }
}
