package org.foiarchive.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.poi.hmef.Attachment;
import org.apache.poi.hmef.HMEFMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Outlook's TNEF wrapper ({@code winmail.dat}, {@code application/ms-tnef}), read with POI's HMEF:
 * the files inside it are what the sender attached, and its rich-text body (when it has one) is
 * often the only copy of the message's text. Both become attachments of the message; an unreadable
 * wrapper is kept as it is, so nothing is lost.
 */
final class Tnef {
  private static final Logger LOG = LoggerFactory.getLogger(Tnef.class);

  /** The name given to the message body found inside a TNEF wrapper. */
  static final String BODY_NAME = "winmail-body.rtf";

  private Tnef() {}

  static void unpack(byte[] winmail, List<MailMessage.Attachment> into) {
    HMEFMessage tnef;
    try {
      tnef = new HMEFMessage(new ByteArrayInputStream(winmail));
    } catch (IOException | RuntimeException e) {
      LOG.info("a winmail.dat could not be unpacked ({}); kept as it is", e.getMessage());
      into.add(new MailMessage.Attachment("winmail.dat", winmail));
      return;
    }
    for (Attachment attachment : tnef.getAttachments()) {
      byte[] contents = attachment.getContents();
      if (contents == null || contents.length == 0) {
        continue; // an embedded object with no file data
      }
      String name =
          attachment.getLongFilename() != null
              ? attachment.getLongFilename()
              : attachment.getFilename();
      into.add(
          new MailMessage.Attachment(
              name == null || name.isBlank()
                  ? MailMessage.nameFor("application/octet-stream", into.size() + 1)
                  : name,
              contents));
    }
    String body = rtfBody(tnef);
    if (body != null && !body.isBlank()) {
      // RTF is 7-bit text with its own escapes; Windows-1252 keeps any stray byte as it was.
      into.add(
          new MailMessage.Attachment(BODY_NAME, body.getBytes(Charset.forName("windows-1252"))));
    }
  }

  private static String rtfBody(HMEFMessage tnef) {
    try {
      return tnef.getBody();
    } catch (RuntimeException e) {
      LOG.info("the body inside a winmail.dat could not be read: {}", e.getMessage());
      return null;
    }
  }
}
