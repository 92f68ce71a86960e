package org.foiarchive.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Decodes a text body whose label may be missing or wrong, as real mail often is. The label is read
 * as browsers read it (WHATWG Encoding): {@code iso-8859-1} and {@code latin1} mean Windows-1252,
 * so a "smart quote" byte (0x80–0x9F) is the quote the writer typed. {@code us-ascii} is what a
 * body with no label defaults to (RFC 2045), so it counts as no label. A label is trusted only when
 * the bytes decode under it without error; unlabelled bytes that are valid UTF-8 are UTF-8;
 * anything else is detected (Tika's port of ICU4J's detector), and failing that read as
 * Windows-1252, which decodes every byte but five, so nothing becomes U+FFFD by a wrong guess.
 */
final class BodyCharset {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Labels that WHATWG maps to Windows-1252. */
  private static final Set<String> WINDOWS_1252_LABELS =
      Set.of(
          "iso-8859-1",
          "iso8859-1",
          "latin1",
          "l1",
          "iso_8859-1",
          "cp1252",
          "windows-1252",
          "x-cp1252",
          "cp819",
          "ibm819");

  /** Below this confidence (0–100) the detector's guess is no better than Windows-1252. */
  private static final int MIN_DETECTOR_CONFIDENCE = 30;

  private BodyCharset() {}

  static String decode(byte[] bytes, String label) {
    Charset labelled = byLabel(label);
    if (labelled != null) {
      String text = TextCharset.strictly(bytes, labelled);
      if (text != null) {
        return text;
      }
    }
    String utf8 = TextCharset.strictly(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return utf8;
    }
    Charset detected = detect(bytes);
    if (detected != null) {
      String text = TextCharset.strictly(bytes, detected);
      if (text != null) {
        return text;
      }
    }
    String windows = TextCharset.strictly(bytes, WINDOWS_1252);
    // The five bytes Windows-1252 leaves undefined are read as Latin-1's control characters, never
    // U+FFFD.
    return windows != null ? windows : new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** The charset a label names, read as browsers read it; null when missing or unknown. */
  static Charset byLabel(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    String name = label.strip().replace("\"", "").toLowerCase(Locale.ROOT);
    if (WINDOWS_1252_LABELS.contains(name)) {
      return WINDOWS_1252;
    }
    if (name.equals("us-ascii") || name.equals("ascii")) {
      return null; // the default for an unlabelled body: eight-bit bytes under it were never ASCII
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static Charset detect(byte[] bytes) {
    CharsetMatch match = new CharsetDetector().setText(bytes).detect();
    if (match == null || match.getConfidence() < MIN_DETECTOR_CONFIDENCE) {
      return null;
    }
    return byLabel(match.getName());
  }
}
