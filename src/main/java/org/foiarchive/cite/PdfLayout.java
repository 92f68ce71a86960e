package org.foiarchive.cite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * Flowing text onto A4 pages with PDFBox: wrapped paragraphs, a bar beside quotations, clickable
 * links, index rows with a page column, and a new page whenever the current one is full. With
 * {@code draw} false it only counts the pages the same text would take, so an index can know its
 * own length before it is drawn. Not thread-safe; one per document being written.
 */
final class PdfLayout implements AutoCloseable {
  static final PDRectangle SIZE = PDRectangle.A4;
  static final float MARGIN = 56f;

  /** Room kept at the foot of each page for its page number. */
  static final float FOOTER = 40f;

  static final float BODY = 11f;
  static final float SMALL = 9f;
  private static final float LEADING = 1.4f;
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private final PDDocument document;
  private final PDFont font;
  private final boolean draw;
  private final List<PDPage> pages = new ArrayList<>();
  private final Map<Integer, Boolean> printable = new HashMap<>();
  private PDPageContentStream out;
  private float y;
  private int pageCount;

  private PdfLayout(PDDocument document, PDFont font, boolean draw) {
    this.document = document;
    this.font = font;
    this.draw = draw;
  }

  /** A layout that draws onto new pages appended to the document. */
  static PdfLayout drawing(PDDocument document, PDFont font) {
    return new PdfLayout(document, font, true);
  }

  /** A layout that only counts pages. */
  static PdfLayout measuring(PDFont font) {
    return new PdfLayout(null, font, false);
  }

  /**
   * Liberation Sans, which PDFBox ships as its fallback font: it covers Latin, Greek and Cyrillic
   * text, typographic quotes and dashes, and is embedded (as a subset) so the bundle reads the same
   * everywhere.
   */
  static PDFont loadFont(PDDocument document) throws IOException {
    try (InputStream in = PdfLayout.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IOException("PDFBox's bundled font " + FONT + " is missing from the classpath");
      }
      return PDType0Font.load(document, in, true);
    }
  }

  PDFont font() {
    return font;
  }

  /** The pages this layout has started, in order. */
  List<PDPage> pages() {
    return pages;
  }

  int pageCount() {
    return pageCount;
  }

  float width() {
    return SIZE.getWidth() - 2 * MARGIN;
  }

  void newPage() {
    closeStream();
    pageCount++;
    y = SIZE.getHeight() - MARGIN;
    if (draw) {
      PDPage page = new PDPage(SIZE);
      document.addPage(page);
      pages.add(page);
      try {
        out = new PDPageContentStream(document, page);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Starts a new page unless this much room is left on the current one. */
  void ensure(float height) {
    if (pageCount == 0 || y - height < MARGIN + FOOTER) {
      newPage();
    }
  }

  void gap(float height) {
    if (pageCount > 0 && y - height >= MARGIN + FOOTER) {
      y -= height;
    }
  }

  /** A wrapped paragraph; blank lines in the text are kept as paragraph breaks. */
  void paragraph(String text, float size, boolean bold, float indent) {
    paragraph(text, size, bold, indent, null, false);
  }

  /** A quotation: wrapped and indented, with a bar in the margin beside every line. */
  void quotation(String text, float size) {
    paragraph(text, size, false, 18f, null, true);
  }

  /** A web address as a clickable link; long addresses wrap wherever they must. */
  void link(String label, String url, float size) {
    String prefix = label == null ? "" : label + ": ";
    paragraph(prefix + url, size, false, 0f, url, false);
  }

  /**
   * An index row: a number, a wrapped description, and a page number aligned right on its last
   * line, as a table of contents has it. The row stays on one page.
   */
  void indexRow(String number, String description, String pageNumber, float size, boolean bold) {
    float numberWidth = 40f;
    float pageWidth = 50f;
    float textWidth = width() - numberWidth - pageWidth;
    List<String> lines = wrap(clean(description), size, textWidth);
    float leading = size * LEADING;
    ensure(lines.size() * leading + 4f);
    write(number, MARGIN, y - size, size, bold);
    for (String line : lines) {
      write(line, MARGIN + numberWidth, y - size, size, bold);
      y -= leading;
    }
    String page = clean(pageNumber);
    write(page, MARGIN + width() - widthOf(page, size), y + leading - size, size, bold);
    y -= 4f;
  }

  private void paragraph(
      String text, float size, boolean bold, float indent, String url, boolean bar) {
    float leading = size * LEADING;
    String[] blocks = clean(text).split("\n", -1);
    for (int b = 0; b < blocks.length; b++) {
      List<String> lines = wrap(blocks[b], size, width() - indent);
      for (String line : lines) {
        ensure(leading);
        float baseline = y - size;
        write(line, MARGIN + indent, baseline, size, bold);
        if (bar) {
          drawBar(MARGIN + 4f, baseline - size * 0.3f, leading);
        }
        if (url != null && !line.isEmpty()) {
          annotate(url, MARGIN + indent, baseline - size * 0.25f, widthOf(line, size), size * 1.2f);
        }
        y -= leading;
      }
      if (b < blocks.length - 1) {
        y -= leading * 0.4f;
      }
    }
  }

  private void write(String text, float x, float baseline, float size, boolean bold) {
    if (!draw || text.isEmpty()) {
      return;
    }
    try {
      out.beginText();
      out.setFont(font, size);
      if (bold) {
        // One embedded font: bold is the regular outline filled and stroked, which keeps the file
        // small.
        out.setRenderingMode(RenderingMode.FILL_STROKE);
        out.setLineWidth(size * 0.035f);
      } else {
        out.setRenderingMode(RenderingMode.FILL);
      }
      out.newLineAtOffset(x, baseline);
      out.showText(text);
      out.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void drawBar(float x, float bottom, float height) {
    if (!draw) {
      return;
    }
    try {
      out.setNonStrokingColor(0.45f, 0.45f, 0.45f);
      out.addRect(x, bottom, 2.5f, height);
      out.fill();
      out.setNonStrokingColor(0f, 0f, 0f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void annotate(String url, float x, float bottom, float width, float height) {
    if (!draw) {
      return;
    }
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(x, bottom, width, height));
    PDBorderStyleDictionary border = new PDBorderStyleDictionary();
    border.setWidth(0);
    link.setBorderStyle(border);
    PDActionURI action = new PDActionURI();
    action.setURI(url);
    link.setAction(action);
    try {
      pages.getLast().getAnnotations().add(link);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lines no wider than {@code width}: breaks at spaces, and inside a word only when it alone is
   * too wide.
   */
  List<String> wrap(String text, float size, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" +")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (widthOf(candidate, size) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (widthOf(rest, size) > width) {
        int cut = fitting(rest, size, width);
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * How many chars of the word fit on a line (at least one character, never half a surrogate pair).
   */
  private int fitting(String word, float size, float width) {
    int end = word.offsetByCodePoints(0, 1);
    while (end < word.length()) {
      int next = word.offsetByCodePoints(end, 1);
      if (widthOf(word.substring(0, next), size) > width) {
        break;
      }
      end = next;
    }
    return end;
  }

  float widthOf(String text, float size) {
    try {
      return font.getStringWidth(text) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Text the font can print: tabs become spaces, other control characters go, and a character the
   * font has no glyph for becomes "?", so a stray symbol never stops a bundle.
   */
  String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.replace("\r\n", "\n")
        .replace('\r', '\n')
        .codePoints()
        .forEach(
            cp -> {
              if (cp == '\n') {
                out.append('\n');
              } else if (cp == '\t' || Character.isSpaceChar(cp)) {
                out.append(' ');
              } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // zero-width and control characters print as nothing
              } else {
                out.append(
                    printable.computeIfAbsent(cp, this::hasGlyph) ? Character.toString(cp) : "?");
              }
            });
    return out.toString();
  }

  private boolean hasGlyph(int codePoint) {
    try {
      font.encode(Character.toString(codePoint));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  private void closeStream() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out = null;
    }
  }

  @Override
  public void close() {
    closeStream();
  }
}
