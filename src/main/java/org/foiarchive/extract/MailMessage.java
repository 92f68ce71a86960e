package org.foiarchive.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.foiarchive.corpus.OfficialReferences;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An e-mail (RFC 822 .eml, or Outlook .msg) read as its sender, date, subject and body text, with
 * its attachments as files of their own: the archive keeps each attachment as a child source, so
 * the message's text does not repeat theirs.
 */
public record MailMessage(
    String from,
    String fromAddress,
    String date,
    String subject,
    String body,
    List<Attachment> attachments) {
  /** A file attached to the message. */
  public record Attachment(String fileName, byte[] bytes) {}

  private static final Logger LOG = LoggerFactory.getLogger(MailMessage.class);

  public static final String EML = "message/rfc822";
  public static final String MSG = "application/vnd.ms-outlook";

  /**
   * What Tika calls a file that starts with an mbox {@code From } envelope line: one message or
   * many.
   */
  public static final String MBOX = "application/mbox";

  private static final String TNEF = "application/ms-tnef";

  /**
   * An mbox envelope line: "From " at the start of a line that begins the file or follows a blank
   * line.
   */
  private static final Pattern ENVELOPE = Pattern.compile("(?m)^From [^\\r\\n]*\\r?\\n");

  /** A quoted "From " in an mbox body (mboxrd): one '>' was added when the message was saved. */
  private static final Pattern QUOTED_FROM = Pattern.compile("(?m)^>(>*From )");

  /**
   * Trailing punctuation and quotes a mail client leaves around a display name ("Ben Fairless,").
   */
  private static final Pattern NAME_LITTER = Pattern.compile("^[\\s\"',;:<]+|[\\s\"',;:>]+$");

  public MailMessage {
    attachments = List.copyOf(attachments);
  }

  public static boolean isMail(String contentType) {
    String bare =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return bare.equals(EML) || bare.equals(MSG);
  }

  /** Reads a message of either format; the content type says which. */
  public static MailMessage read(byte[] bytes, String contentType) throws ExtractionException {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(MSG)
        ? readMsg(bytes)
        : readEml(bytes);
  }

  public static boolean isMbox(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(MBOX);
  }

  /**
   * The messages of an mbox file, each as the bytes of one RFC 822 message (envelope line removed,
   * quoted "From " lines restored). A single message saved with an envelope line gives one.
   */
  public static List<byte[]> splitMbox(byte[] bytes) {
    String all =
        new String(bytes, StandardCharsets.ISO_8859_1); // byte for byte, whatever the charset
    Matcher m = ENVELOPE.matcher(all);
    List<Integer> starts = new ArrayList<>();
    List<Integer> bodies = new ArrayList<>();
    while (m.find()) {
      boolean startsMessage =
          m.start() == 0
              || all.startsWith("\n\n", m.start() - 2)
              || all.startsWith("\n\r\n", m.start() - 3);
      if (startsMessage) {
        starts.add(m.start());
        bodies.add(m.end());
      }
    }
    if (starts.isEmpty() || starts.getFirst() != 0) {
      return List.of(bytes);
    }
    List<byte[]> messages = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : all.length();
      String message = QUOTED_FROM.matcher(all.substring(bodies.get(i), end)).replaceAll("$1");
      if (!message.isBlank()) {
        messages.add(message.getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    return messages;
  }

  /** A sender's display name without the commas and quotes mail clients leave around it. */
  static String cleanName(String name) {
    if (name == null) {
      return null;
    }
    String cleaned = NAME_LITTER.matcher(name.replaceAll("\\s+", " ")).replaceAll("");
    return cleaned.isEmpty() ? null : cleaned;
  }

  static MailMessage readEml(byte[] bytes) throws ExtractionException {
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
    Message message;
    List<byte[]> inMbox = splitMbox(bytes);
    byte[] rfc822 = inMbox.size() == 1 ? inMbox.getFirst() : bytes;
    try {
      message = builder.parseMessage(new ByteArrayInputStream(rfc822));
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException("the e-mail could not be read: " + e.getMessage(), e);
    }
    StringBuilder plain = new StringBuilder();
    StringBuilder html = new StringBuilder();
    List<Attachment> attachments = new ArrayList<>();
    List<InlinePicture> pictures = new ArrayList<>();
    try {
      walk(message, plain, html, attachments, pictures);
    } catch (IOException e) {
      throw new ExtractionException("the e-mail could not be read: " + e.getMessage(), e);
    }
    String htmlText = html.toString();
    pictures.stream()
        .filter(picture -> !picture.decorates(htmlText))
        .forEach(picture -> attachments.add(picture.file()));
    String plainText = plain.toString();
    String body = !plainText.isBlank() ? plainText : HtmlText.of(Jsoup.parse(htmlText).body());
    String from = null;
    String address = null;
    if (message.getFrom() != null && !message.getFrom().isEmpty()) {
      var sender = message.getFrom().get(0);
      // The display name ("DWP Central FoI Team") says who wrote it; the address is kept only to
      // tell the sender's words from the earlier messages the body quotes.
      String name = cleanName(sender.getName());
      address = sender.getAddress();
      from = name != null ? name : address;
    }
    return new MailMessage(
        from, address, day(message.getDate()), message.getSubject(), body.strip(), attachments);
  }

  private static void walk(
      Entity entity,
      StringBuilder plain,
      StringBuilder html,
      List<Attachment> attachments,
      List<InlinePicture> pictures)
      throws IOException {
    Body body = entity.getBody();
    if (body instanceof Multipart multipart) {
      for (Entity part : multipart.getBodyParts()) {
        walk(part, plain, html, attachments, pictures);
      }
      return;
    }
    if (body instanceof Message nested) {
      walk(nested, plain, html, attachments, pictures);
      return;
    }
    String type =
        entity.getMimeType() == null ? "text/plain" : entity.getMimeType().toLowerCase(Locale.ROOT);
    String fileName = entity.getFilename();
    boolean readable = type.equals("text/plain") || type.equals("text/html");
    boolean attached =
        fileName != null || "attachment".equalsIgnoreCase(entity.getDispositionType()) || !readable;
    if (attached && body instanceof SingleBody single) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      single.writeTo(out);
      String contentId = contentIdOf(entity);
      if (type.equals(TNEF) || fileName != null && fileName.equalsIgnoreCase("winmail.dat")) {
        Tnef.unpack(out.toByteArray(), attachments);
      } else if (type.startsWith("image/")
          && contentId != null
          && !"attachment".equalsIgnoreCase(entity.getDispositionType())) {
        pictures.add(
            new InlinePicture(
                new Attachment(
                    fileName != null && !fileName.isBlank()
                        ? fileName
                        : nameFor(type, attachments.size() + pictures.size() + 1),
                    out.toByteArray()),
                contentId));
      } else {
        attachments.add(
            new Attachment(
                fileName != null && !fileName.isBlank()
                    ? fileName
                    : nameFor(type, attachments.size() + 1),
                out.toByteArray()));
      }
    } else if (body instanceof TextBody text) {
      String content;
      try (InputStream in = text.getInputStream()) {
        content = BodyCharset.decode(in.readAllBytes(), text.getMimeCharset());
      }
      if (type.equals("text/html")) {
        html.append(content).append("\n\n");
      } else {
        Uuencoded.Split split = Uuencoded.split(content);
        attachments.addAll(split.files());
        plain.append(split.text()).append("\n\n");
      }
    }
  }

  /**
   * The largest picture shown in a message's HTML that is taken for its decoration (a letterhead's
   * logo, a signature's icons) and not kept as an attached file: a photographed or scanned letter
   * pasted into the body is larger.
   */
  static final int DECORATION_MAX_BYTES = 64 * 1024;

  /** A picture the message's HTML shows in its body ("cid:…"), not a file the sender attached. */
  private record InlinePicture(Attachment file, String contentId) {
    /** True when the HTML shows it and it is small enough to be decoration. */
    boolean decorates(String html) {
      String id = contentId.strip().replaceAll("^<|>$", "");
      boolean shown = !id.isEmpty() && html.contains("cid:" + id);
      if (shown && file.bytes().length <= DECORATION_MAX_BYTES) {
        LOG.debug("{} is shown in the message's body as decoration: not kept", file.fileName());
        return true;
      }
      return false;
    }
  }

  private static String contentIdOf(Entity entity) {
    var field = entity.getHeader() == null ? null : entity.getHeader().getField("Content-ID");
    return field == null || field.getBody() == null || field.getBody().isBlank()
        ? null
        : field.getBody().strip();
  }

  /** A name for a part that came without one, from its content type: "attachment-2.doc". */
  static String nameFor(String contentType, int n) {
    String extension = "";
    try {
      extension = MimeTypes.getDefaultMimeTypes().forName(contentType).getExtension();
    } catch (MimeTypeException e) {
      // an unknown or malformed type: the name goes without an extension, and Tika detects the
      // bytes
    }
    return "attachment-" + n + extension;
  }

  static MailMessage readMsg(byte[] bytes) throws ExtractionException {
    try (MAPIMessage msg = new MAPIMessage(new ByteArrayInputStream(bytes))) {
      // Text saved without Unicode is in the sender's code page, which the message records;
      // read as POI's default (Windows-1252), a Chinese reply became Latin letters.
      msg.guess7BitEncoding();
      String body = optional(msg::getTextBody);
      String htmlBody = optional(msg::getHtmlBody);
      if (body == null || body.isBlank()) {
        body = htmlBody == null ? "" : HtmlText.of(Jsoup.parse(htmlBody).body());
      }
      List<Attachment> attachments = new ArrayList<>();
      for (AttachmentChunks chunk : msg.getAttachmentFiles()) {
        if (chunk.getAttachData() == null) {
          continue; // an embedded message or OLE object: not a file
        }
        String name =
            chunk.getAttachLongFileName() != null
                ? chunk.getAttachLongFileName().getValue()
                : chunk.getAttachFileName() != null
                    ? chunk.getAttachFileName().getValue()
                    : "attachment-" + (attachments.size() + 1);
        Attachment file = new Attachment(name, chunk.getAttachData().getValue());
        StringChunk contentId = chunk.getAttachContentId();
        if (contentId != null
            && htmlBody != null
            && new InlinePicture(file, contentId.getValue()).decorates(htmlBody)) {
          continue;
        }
        attachments.add(file);
      }
      String date = null;
      try {
        date =
            msg.getMessageDate() == null
                ? null
                : msg.getMessageDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
      } catch (ChunkNotFoundException ignored) {
        // undated message
      }
      return new MailMessage(
          cleanName(optional(msg::getDisplayFrom)),
          senderAddress(msg),
          date,
          optional(msg::getSubject),
          body.strip(),
          attachments);
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException("the Outlook message could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * The sender's address in an Outlook message, or null: Exchange gives a colleague's as an X.500
   * path ("/O=DWP/OU=…"), which says nothing a reader or the voice of a quote needs.
   */
  private static String senderAddress(MAPIMessage msg) {
    StringChunk chunk = msg.getMainChunks().getEmailFromChunk();
    String address = chunk == null ? null : chunk.getValue();
    return address != null && address.contains("@") ? address.strip() : null;
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

  /**
   * The message as a document: its own words as one part (its sender as author, its subject as
   * heading), then each earlier message it quotes or forwards as a part of its own, spoken by that
   * message's sender.
   */
  Document toDocument(Source source, String contentType) {
    String heading = subject == null || subject.isBlank() ? null : subject.strip();
    SourceKind kind = source.provenance().kind();
    boolean byPublicBody = kind != null && kind.writtenByPublicBody();
    List<Part> parts = new ArrayList<>();
    for (QuotedMessages.Piece piece : QuotedMessages.of(body)) {
      if (!piece.quoted()) {
        parts.add(new Part(PartRole.BODY, null, from, date, null, heading, piece.text()));
        continue;
      }
      QuotedMessages.Sender sender = piece.sender();
      String quotedHeading =
          sender.label() == null ? "Quoted message" : "Quoted message from " + sender.label();
      PartRole role = quotedRole(sender, byPublicBody);
      // Quoted official wording is cited as the archive cites it elsewhere: by whoever reproduced
      // it ("Sam Adviser (quoting official wording)"), dated when the body wrote it.
      parts.add(
          new Part(
              role,
              null,
              role == PartRole.QUOTED_OFFICIAL ? from : sender.label(),
              sender.date(),
              null,
              quotedHeading,
              piece.text()));
    }
    Source enriched = new SourceFacts(null, from, date, referencesIn(subject)).applyTo(source);
    String title =
        source.provenance().title() != null
            ? source.provenance().title()
            : heading != null ? heading : source.id();
    return new Document(enriched, title, contentType, parts, null);
  }

  /**
   * Whose words an earlier message in this one is. The same sender's stay theirs; a public body's
   * address makes them official (quoted official, when the quoting message is not the body's own);
   * anyone else's in a public body's reply are the words it answers, the requester's.
   */
  private PartRole quotedRole(QuotedMessages.Sender sender, boolean messageByPublicBody) {
    if (sameSender(sender)) {
      return PartRole.BODY;
    }
    if (isPublicBodyAddress(sender.address())
        || sender.address() == null && namesPublicBody(sender.name())
        || messageByPublicBody && sameDomain(sender.address(), fromAddress)) {
      return messageByPublicBody ? PartRole.INCOMING : PartRole.QUOTED_OFFICIAL;
    }
    return PartRole.QUOTED;
  }

  private boolean sameSender(QuotedMessages.Sender sender) {
    return sender.address() != null && sender.address().equalsIgnoreCase(fromAddress)
        || sender.name() != null && sender.name().equalsIgnoreCase(from);
  }

  /**
   * Mail domains of UK public bodies: central and devolved government (DWP, Jobcentre Plus), the
   * NHS, the police, Parliament, and the ICO, which is outside gov.uk.
   */
  static final List<String> PUBLIC_BODY_DOMAINS =
      List.of(
          "gov.uk",
          "gov.scot",
          "gov.wales",
          "nhs.uk",
          "nhs.net",
          "police.uk",
          "mod.uk",
          "parliament.uk",
          "ico.org.uk");

  /**
   * Names a public body's mailbox goes by when a quote gives no address (Exchange shows colleagues
   * by name: "FOI REQUESTS (DWP)", "Jobcentre Plus Operations"); no requester signs as one.
   */
  private static final Pattern PUBLIC_BODY_NAME =
      Pattern.compile(
          "\\b(?:DWP|Department for Work and Pensions|Jobcentre|JCP|FOI|Freedom of Information"
              + "|Information Commissioner|ICO|HMRC|Council)\\b",
          Pattern.CASE_INSENSITIVE);

  /** The address WhatDoTheyKnow gives each request, from which the requester's messages come. */
  private static final Pattern REQUEST_ADDRESS =
      Pattern.compile("request-\\d+-[0-9a-f]+@whatdotheyknow\\.com", Pattern.CASE_INSENSITIVE);

  /**
   * What the message is by who sent it, where that says: a public body's reply, or a requester's
   * message sent through WhatDoTheyKnow; empty for anyone else.
   */
  public Optional<SourceKind> kindBySender() {
    if (fromAddress != null && REQUEST_ADDRESS.matcher(fromAddress.strip()).matches()) {
      return Optional.of(SourceKind.FOI_REQUEST);
    }
    if (isPublicBodyAddress(fromAddress) || fromAddress == null && namesPublicBody(from)) {
      return Optional.of(SourceKind.FOI_RESPONSE);
    }
    return Optional.empty();
  }

  static boolean namesPublicBody(String name) {
    return name != null && PUBLIC_BODY_NAME.matcher(name).find();
  }

  /**
   * A case or request reference the subject line carries: the ICO's tag "[Ref. RFA0580147]", an ICO
   * case ("IC-128677-P7B7", "FS50441818") or casework number, a DWP request ("FOI 2437"). A reply
   * keeps the subject it answers, so the tag names the case the whole thread is about.
   */
  static List<String> referencesIn(String subject) {
    if (subject == null) {
      return List.of();
    }
    Set<String> found = new LinkedHashSet<>();
    Matcher tag = SUBJECT_TAG.matcher(subject);
    while (tag.find()) {
      found.add(tag.group(1));
    }
    Matcher known = SUBJECT_REFERENCE.matcher(subject);
    while (known.find()) {
      found.add(known.group().replaceAll("\\s+", " "));
    }
    return List.copyOf(found);
  }

  private static final Pattern SUBJECT_TAG =
      Pattern.compile("\\[Ref(?:erence)?\\.?:?\\s*([A-Za-z0-9][A-Za-z0-9/\\-]{3,30})\\]");

  private static final Pattern SUBJECT_REFERENCE =
      Pattern.compile(
          "(?<![\\w\\-])(?:"
              + OfficialReferences.ICO_CASE
              + "|(?:"
              + OfficialReferences.ICO_CASEWORK_PREFIX
              + ")\\d{7}|"
              + OfficialReferences.DWP_REQUEST
              + ")(?![\\w/\\-])");

  static boolean isPublicBodyAddress(String address) {
    String domain = domainOf(address);
    return domain != null
        && PUBLIC_BODY_DOMAINS.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
  }

  private static boolean sameDomain(String a, String b) {
    String domain = domainOf(a);
    return domain != null && domain.equals(domainOf(b));
  }

  private static String domainOf(String address) {
    int at = address == null ? -1 : address.lastIndexOf('@');
    return at < 0 ? null : address.substring(at + 1).strip().toLowerCase(Locale.ROOT);
  }
}
