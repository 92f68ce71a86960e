package org.foiarchive.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;
import org.jsoup.Jsoup;

/**
 * An e-mail (RFC 822 .eml, or Outlook .msg) read as its sender, date, subject and body text, with its
 * attachments as files of their own: the archive keeps each attachment as a child source, so the
 * message's text does not repeat theirs.
 */
public record MailMessage(String from, String date, String subject, String body, List<Attachment> attachments) {
  /** A file attached to the message. */
  public record Attachment(String fileName, byte[] bytes) {
  }

  public static final String EML = "message/rfc822";
  public static final String MSG = "application/vnd.ms-outlook";

  public MailMessage {
    attachments = List.copyOf(attachments);
  }

  public static boolean isMail(String contentType) {
    String bare = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return bare.equals(EML) || bare.equals(MSG);
  }

  /** Reads a message of either format; the content type says which. */
  public static MailMessage read(byte[] bytes, String contentType) throws ExtractionException {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(MSG) ? readMsg(bytes) : readEml(bytes);
  }

  static MailMessage readEml(byte[] bytes) throws ExtractionException {
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
    Message message;
    try {
      message = builder.parseMessage(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException("the e-mail could not be read: " + e.getMessage(), e);
    }
    StringBuilder plain = new StringBuilder();
    StringBuilder html = new StringBuilder();
    List<Attachment> attachments = new ArrayList<>();
    try {
      walk(message, plain, html, attachments);
    } catch (IOException e) {
      throw new ExtractionException("the e-mail could not be read: " + e.getMessage(), e);
    }
    String body = !plain.toString().isBlank() ? plain.toString()
        : HtmlText.of(Jsoup.parse(html.toString()).body());
    String from = null;
    if (message.getFrom() != null && !message.getFrom().isEmpty()) {
      var sender = message.getFrom().get(0);
      // The display name ("DWP Central FoI Team") says who wrote it; the address adds nothing a reader needs.
      from = sender.getName() != null && !sender.getName().isBlank() ? sender.getName() : sender.getAddress();
    }
    return new MailMessage(from, day(message.getDate()), message.getSubject(), body.strip(), attachments);
  }

  private static void walk(Entity entity, StringBuilder plain, StringBuilder html, List<Attachment> attachments)
      throws IOException {
    Body body = entity.getBody();
    if (body instanceof Multipart multipart) {
      for (Entity part : multipart.getBodyParts()) {
        walk(part, plain, html, attachments);
      }
      return;
    }
    if (body instanceof Message nested) {
      walk(nested, plain, html, attachments);
      return;
    }
    String fileName = entity.getFilename();
    boolean attached = fileName != null || "attachment".equalsIgnoreCase(entity.getDispositionType());
    if (attached && body instanceof SingleBody single) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      single.writeTo(out);
      attachments.add(new Attachment(fileName == null ? "attachment-" + (attachments.size() + 1) : fileName,
          out.toByteArray()));
    } else if (body instanceof TextBody text) {
      String content;
      try (InputStream in = text.getInputStream()) {
        String charset = text.getMimeCharset() == null ? "UTF-8" : text.getMimeCharset();
        content = new String(in.readAllBytes(), Charset.isSupported(charset)
            ? Charset.forName(charset) : StandardCharsets.UTF_8);
      }
      (entity.getMimeType().equalsIgnoreCase("text/html") ? html : plain).append(content).append("\n\n");
    }
  }

  static MailMessage readMsg(byte[] bytes) throws ExtractionException {
    try (MAPIMessage msg = new MAPIMessage(new ByteArrayInputStream(bytes))) {
      String body = optional(msg::getTextBody);
      if (body == null || body.isBlank()) {
        String html = optional(msg::getHtmlBody);
        body = html == null ? "" : HtmlText.of(Jsoup.parse(html).body());
      }
      List<Attachment> attachments = new ArrayList<>();
      for (AttachmentChunks chunk : msg.getAttachmentFiles()) {
        if (chunk.getAttachData() == null) {
          continue; // an embedded message or OLE object: not a file
        }
        String name = chunk.getAttachLongFileName() != null ? chunk.getAttachLongFileName().getValue()
            : chunk.getAttachFileName() != null ? chunk.getAttachFileName().getValue() : "attachment-" + (attachments.size() + 1);
        attachments.add(new Attachment(name, chunk.getAttachData().getValue()));
      }
      String date = null;
      try {
        date = msg.getMessageDate() == null ? null
            : msg.getMessageDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
      } catch (ChunkNotFoundException ignored) {
        // undated message
      }
      return new MailMessage(optional(msg::getDisplayFrom), date, optional(msg::getSubject), body.strip(), attachments);
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException("the Outlook message could not be read: " + e.getMessage(), e);
    }
  }

  private interface ChunkReader {
    String read() throws ChunkNotFoundException;
  }

  private static String optional(ChunkReader reader) {
    try {
      return reader.read();
    } catch (ChunkNotFoundException e) {
      return null;
    }
  }

  private static String day(Date date) {
    return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  /** The message as a document: one part, its sender as author, its subject as heading. */
  Document toDocument(org.foiarchive.corpus.Source source, String contentType) {
    String heading = subject == null || subject.isBlank() ? null : subject.strip();
    List<Part> parts = List.of(new Part(PartRole.BODY, null, from, date, null, heading, body));
    org.foiarchive.corpus.Source enriched = new SourceFacts(null, from, date, List.of()).applyTo(source);
    String title = source.title() != null ? source.title() : heading != null ? heading : source.id();
    return new Document(enriched, title, contentType, parts, null);
  }
}
