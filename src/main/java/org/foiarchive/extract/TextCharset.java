package org.foiarchive.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The charset a plain-text snapshot is read with, by the same rule as extraction ({@link
 * PlainText}): the one its content type declares, else its byte-order mark, else UTF-8 when the
 * bytes are valid UTF-8, else Windows-1252. The archived copy is served with it, so a browser shows
 * the words the archive indexed and cites rather than mojibake.
 */
public final class TextCharset {
  private TextCharset() {}

  public static Charset of(byte[] bytes, String contentType) {
    Charset declared = PlainText.declaredCharset(contentType);
    if (declared != null) {
      return declared;
    }
    if (PlainText.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return StandardCharsets.UTF_8;
    }
    if (PlainText.startsWith(bytes, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    if (PlainText.startsWith(bytes, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return Charset.forName("windows-1252");
    }
  }
}
