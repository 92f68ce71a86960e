package org.foiarchive.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Which files embedded in a document are read as part of its text: embedded documents (a Word file
 * in a spreadsheet, a PDF in a presentation) are; pictures and OLE blobs ({@code image1.emf},
 * {@code oleObject1.bin}) are not, and their file names are not written into the text, so neither
 * becomes a passage. Pictures inside a document are a logo or a chart far more often than a letter,
 * and reading each by OCR would spend the file's time limit on them.
 */
final class EmbeddedFiles extends ParsingEmbeddedDocumentExtractor {
  private static final Set<String> SKIPPED_EXTENSIONS =
      Set.of("bin", "emf", "wmf", "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "jp2");

  /** Tika's own detector, for embedded files that come without a type or a telling name. */
  private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

  EmbeddedFiles(ParseContext context) {
    super(context);
    setWriteFileNameToContent(false);
  }

  @Override
  public void parseEmbedded(
      InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
      throws SAXException, IOException {
    TikaInputStream in = TikaInputStream.get(stream);
    MediaType type = DETECTOR.detect(in, metadata);
    if ("image".equals(type.getType())) {
      return; // a picture found only by its bytes (OneNote, XPS, Word XML carry them unnamed)
    }
    super.parseEmbedded(in, handler, metadata, outputHtml);
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    String type = metadata.get(Metadata.CONTENT_TYPE);
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("image/")) {
      return false;
    }
    String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
    if (name != null && name.lastIndexOf('.') > 0) {
      String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      if (SKIPPED_EXTENSIONS.contains(extension)) {
        return false;
      }
    }
    return super.shouldParseEmbedded(metadata);
  }
}
