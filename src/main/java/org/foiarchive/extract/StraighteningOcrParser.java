package org.foiarchive.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's parser, except that a scanned PDF page rendered for OCR (Tika hands it back to the parser
 * in its context, typed {@code image/ocr-png} or another {@code image/ocr-*}) is straightened first
 * by {@link ScanStraightener}. Everything else passes through untouched.
 */
final class StraighteningOcrParser extends ParserDecorator {
  private static final long serialVersionUID = 1L;

  StraighteningOcrParser(Parser parser) {
    super(parser);
  }

  @Override
  public void parse(
      InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    // Tika names the page's type in the override, so that detection cannot send it elsewhere.
    String type = metadata.get(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE);
    if (type == null || !type.startsWith("image/ocr-")) {
      super.parse(stream, handler, metadata, context);
      return;
    }
    byte[] page = stream.readAllBytes();
    byte[] level = ScanStraightener.straighten(page).orElse(page);
    if (level != page) {
      metadata.set(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE, "image/ocr-png");
    }
    try (TikaInputStream in = TikaInputStream.get(level)) {
      super.parse(in, handler, metadata, context);
    }
  }
}
