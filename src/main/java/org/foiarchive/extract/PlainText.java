package org.foiarchive.extract;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain text read directly, without Tika: most of an archive is text captures, and decoding them is
 * all the work there is. The charset comes from the content type, a byte-order mark, or strict
 * UTF-8; failing those, Windows-1252, which is what legacy UK public-sector text almost always is
 * (every byte decodes, so nothing is lost). Bytes that do not look like text are left to Tika.
 */
final class PlainText {
  private static final int SNIFF = 8192;

  private PlainText() {}

  /**
   * True when the bytes are declared (or named) plain text and contain no NUL byte near the start.
   */
  static boolean handles(byte[] bytes, String contentTypeHint, String fileName) {
    String type = contentTypeHint == null ? "" : contentTypeHint.toLowerCase(Locale.ROOT).strip();
    boolean declared =
        type.startsWith("text/plain")
            || type.isEmpty()
                && fileName != null
                && fileName.toLowerCase(Locale.ROOT).endsWith(".txt");
    if (!declared) {
      return false;
    }
    int n = Math.min(bytes.length, SNIFF);
    boolean utf16 =
        n >= 2
            && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE);
    for (int i = 0; i < n && !utf16; i++) {
      if (bytes[i] == 0) {
        return false;
      }
    }
    return true;
  }

  static ExtractedText extract(byte[] bytes, String contentTypeHint) {
    return new ExtractedText(
        "text/plain", List.of(decode(bytes, contentTypeHint)), false, Map.of());
  }

  static String decode(byte[] bytes, String contentTypeHint) {
    int bom = TextCharset.byteOrderMarkLength(bytes);
    return new String(bytes, bom, bytes.length - bom, TextCharset.of(bytes, contentTypeHint));
  }

  static Charset declaredCharset(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String param : contentType.split(";")) {
      String[] kv = param.strip().split("=", 2);
      if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
        try {
          return Charset.forName(kv[1].strip().replace("\"", ""));
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
    }
    return null;
  }

  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
