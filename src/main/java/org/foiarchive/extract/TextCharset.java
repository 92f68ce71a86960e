package org.foiarchive.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The charset a plain-text snapshot is read with, one rule for extraction ({@link PlainText}) and
 * for serving the archived copy: a byte-order mark, else the charset its content type declares,
 * else UTF-8 when the bytes are valid UTF-8, else Windows-1252 (every byte decodes, so nothing is
 * lost). The archived copy is served with it, so a browser shows the words the archive indexed and
 * cites rather than mojibake.
 */
public final class TextCharset {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextCharset() {}

  public static Charset of(byte[] bytes, String contentType) {
    Charset marked = byteOrderMark(bytes);
    if (marked != null) {
      return marked;
    }
    Charset declared = PlainText.declaredCharset(contentType);
    if (declared != null) {
      return declared;
    }
    return strictly(bytes, StandardCharsets.UTF_8) != null ? StandardCharsets.UTF_8 : WINDOWS_1252;
  }

  /** The length of the byte-order mark the bytes start with, 0 when there is none. */
  static int byteOrderMarkLength(byte[] bytes) {
    Charset marked = byteOrderMark(bytes);
    return marked == null ? 0 : marked.equals(StandardCharsets.UTF_8) ? 3 : 2;
  }

  private static Charset byteOrderMark(byte[] bytes) {
    if (PlainText.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return StandardCharsets.UTF_8;
    }
    if (PlainText.startsWith(bytes, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    if (PlainText.startsWith(bytes, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** The bytes decoded, or null when they are not valid in that charset. */
  static String strictly(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
