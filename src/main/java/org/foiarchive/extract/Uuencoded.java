package org.foiarchive.extract;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files uuencoded into a plain-text body ({@code begin 644 reply.doc} … {@code end}), as older mail
 * systems still send them: decoded into files of their own and cut out of the text, where they
 * would otherwise be read as lines of gibberish. A block that does not decode cleanly is left in
 * the text.
 */
final class Uuencoded {
  private static final Pattern BEGIN = Pattern.compile("^begin [0-7]{3,4} (.+)$");

  /** The text without its uuencoded blocks, and the files they held. */
  record Split(String text, List<MailMessage.Attachment> files) {}

  private Uuencoded() {}

  static Split split(String text) {
    if (!text.contains("begin ")) {
      return new Split(text, List.of());
    }
    String[] lines = text.split("\r?\n", -1);
    StringBuilder kept = new StringBuilder();
    List<MailMessage.Attachment> files = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher begin = BEGIN.matcher(lines[i].stripTrailing());
      int end = begin.matches() ? endOf(lines, i + 1) : -1;
      byte[] decoded = end < 0 ? null : decode(lines, i + 1, end);
      if (decoded != null) {
        files.add(new MailMessage.Attachment(begin.group(1).strip(), decoded));
        i = end;
        continue;
      }
      kept.append(lines[i]);
      if (i < lines.length - 1) {
        kept.append('\n');
      }
    }
    return new Split(kept.toString(), files);
  }

  private static int endOf(String[] lines, int from) {
    for (int j = from; j < lines.length; j++) {
      if (lines[j].strip().equals("end")) {
        return j;
      }
    }
    return -1;
  }

  /** Decodes lines [from, end); null if any line is not uuencoding. */
  private static byte[] decode(String[] lines, int from, int end) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int j = from; j < end; j++) {
      String line = lines[j].stripTrailing();
      if (line.isEmpty()) {
        continue;
      }
      int count = (line.charAt(0) - ' ') & 0x3F;
      if (count == 0) {
        continue; // the "`" line before "end"
      }
      if (line.length() < 1 + (count + 2) / 3 * 4 - 3) {
        return null;
      }
      int written = 0;
      for (int k = 1; written < count; k += 4) {
        int a = sextet(line, k);
        int b = sextet(line, k + 1);
        int c = sextet(line, k + 2);
        int d = sextet(line, k + 3);
        if (a < 0 || b < 0 || c < 0 || d < 0) {
          return null;
        }
        int[] bytes = {(a << 2) | (b >> 4), ((b & 0xF) << 4) | (c >> 2), ((c & 0x3) << 6) | d};
        for (int x = 0; x < 3 && written < count; x++, written++) {
          out.write(bytes[x]);
        }
      }
    }
    return out.size() == 0 ? null : out.toByteArray();
  }

  /** One six-bit group; a character past the end of a trimmed line was a space (0). */
  private static int sextet(String line, int index) {
    if (index >= line.length()) {
      return 0;
    }
    char ch = line.charAt(index);
    return ch < ' ' || ch > '`' ? -1 : (ch - ' ') & 0x3F;
  }
}
