package org.foiarchive.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The charset of an HTML page that does not say which it uses. Tika's statistical guess goes wrong
 * on short pages in Windows-1252 (curly quotes and dashes come out as replacement characters, and
 * the words are lost). A page that is valid UTF-8 is UTF-8; one that is not, and declares nothing,
 * is Windows-1252, as legacy UK public-sector pages are. Pages that declare a charset keep it.
 */
final class MarkupCharset {
  private static final int DECLARATION_WINDOW = 4096;

  private MarkupCharset() {}

  /** The content type to hand Tika: the hint, with a charset added when the page declares none. */
  static String hint(byte[] bytes, String contentTypeHint, String fileName) {
    String type = contentTypeHint == null ? "" : contentTypeHint.toLowerCase(Locale.ROOT);
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    boolean html =
        type.startsWith("text/html")
            || type.startsWith("application/xhtml")
            || type.isEmpty() && (name.endsWith(".html") || name.endsWith(".htm"));
    if (!html || type.contains("charset=") || hasBom(bytes) || declaresCharset(bytes)) {
      return contentTypeHint;
    }
    String base = type.isEmpty() ? "text/html" : contentTypeHint.split(";", 2)[0].strip();
    return base + "; charset=" + (isUtf8(bytes) ? "UTF-8" : "windows-1252");
  }

  private static boolean declaresCharset(byte[] bytes) {
    String head =
        new String(
                bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return head.contains("charset") || head.contains("encoding=");
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 2
            && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
        || b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
