package org.foiarchive.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.foiarchive.corpus.PublicBodies;
import org.foiarchive.corpus.Source;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;

/**
 * Turns a snapshot into a {@link Document}. Sources with a structure of their own are recognised by
 * their content, not by where they came from: an Alaveteli request page (HTML) or its plain-text
 * capture, a forum thread capture, a GOV.UK Content API item, an ICO decision notice. Anything else
 * is read by Tika, page by page for paged formats (running headers and page numbers removed), else
 * as one body part. Facts a document states about itself (publisher, author, date, references) fill
 * what the manifest leaves empty. Thread-safe.
 */
public final class DocumentExtractor {
  private final TextExtractor tika;

  public DocumentExtractor(TextExtractor tika) {
    this.tika = tika;
  }

  public DocumentExtractor() {
    this(new TikaTextExtractor());
  }

  public Document extract(Source source, byte[] bytes) throws ExtractionException {
    String declared = bare(source.capture().contentType());
    Document structured = structuredPage(source, bytes, declared);
    if (structured != null) {
      return structured;
    }
    if (MailMessage.isMbox(declared)) {
      List<byte[]> messages = MailMessage.splitMbox(bytes);
      if (messages.size() != 1) {
        return new Document(source, titleOf(source), declared, List.of(), null, CONTAINER);
      }
      declared = MailMessage.EML; // one message saved with its envelope line
    }
    if (MailMessage.isMail(declared)) {
      return mail(source, bytes, declared);
    }
    ExtractedText text = tika.extract(bytes, source.capture().contentType(), fileNameOf(source));
    Document capture = recognisedCapture(source, text);
    if (capture != null) {
      return capture;
    }
    Source described = describedByLetterHead(source, text);
    if (text.paged()) {
      return paged(described, text);
    }
    List<Part> parts =
        List.of(
            new Part(PartRole.BODY, null, null, null, null, null, text.text(), text.readByOcr(1)));
    return new Document(
        described, titleOf(described, text), text.contentType(), parts, null, warningOf(text));
  }

  /**
   * A letter's sender, signature, date and own reference where the manifest is silent: a DWP reply
   * fetched as a WhatDoTheyKnow attachment is cited by its own date and "Our Ref", not only by the
   * message it came with. An import has usually recorded them already (it reads the same head).
   */
  private static Source describedByLetterHead(Source source, ExtractedText text) {
    if (!LetterReader.mayBeALetter(text.contentType())) {
      return source;
    }
    return LetterHead.of(text).map(l -> l.facts().applyTo(source)).orElse(source);
  }

  /** An Alaveteli request page or a GOV.UK Content API item; null for anything else. */
  private static Document structuredPage(Source source, byte[] bytes, String declared)
      throws ExtractionException {
    if (looksLikeHtml(declared, bytes)) {
      org.jsoup.nodes.Document page = parseHtml(bytes, source.provenance().url());
      if (WhatDoTheyKnowPage.recognises(page)) {
        return WhatDoTheyKnowPage.read(source, page, "text/html");
      }
    }
    if ("application/json".equals(declared) || declared == null && startsWith(bytes, '{')) {
      JsonNode item = GovUkContent.parse(bytes);
      if (item != null) {
        return GovUkContent.read(source, item, "application/json");
      }
    }
    return null;
  }

  /**
   * An e-mail's own text. Its attachments are sources of their own (import splits them off), so a
   * message with nothing but attachments is a container, not an empty document.
   */
  private static Document mail(Source source, byte[] bytes, String declared)
      throws ExtractionException {
    MailMessage mail = MailMessage.read(bytes, declared);
    Document message = mail.toDocument(source, declared);
    return hasText(message)
        ? message
        : new Document(
            message.source(),
            message.title(),
            declared,
            message.parts(),
            null,
            mail.attachments().isEmpty() ? "the e-mail has no text" : CONTAINER);
  }

  /**
   * A forum thread or a WhatDoTheyKnow request captured as plain text; null when the text is not
   * one, or when a recogniser finds no structure (the ordinary reading then keeps the text).
   */
  private static Document recognisedCapture(Source source, ExtractedText text) {
    if (!text.contentType().startsWith("text/plain")) {
      return null;
    }
    String plain = text.text();
    if (ForumThreadText.recognises(plain)) {
      Document thread = ForumThreadText.read(source, plain, text.contentType());
      if (hasText(thread)) {
        return thread;
      }
    }
    if (WhatDoTheyKnowText.recognises(plain)) {
      Document request = WhatDoTheyKnowText.read(source, plain, text.contentType());
      if (hasText(request)) {
        return request;
      }
    }
    return null;
  }

  /**
   * A paged file (PDF), one part per page without running headers; an ICO decision notice also
   * gives its body, date, reference and title.
   */
  private static Document paged(Source source, ExtractedText text) {
    IcoDecisionNotice.Facts notice = IcoDecisionNotice.read(text.pages());
    List<String> pages = RunningHeaders.strip(text.pages());
    String heading = notice == null ? null : IcoDecisionNotice.title(notice);
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      parts.add(
          new Part(
              PartRole.BODY,
              null,
              null,
              null,
              i + 1,
              heading,
              pages.get(i),
              text.readByOcr(i + 1)));
    }
    if (notice == null) {
      return new Document(
          source, titleOf(source, text), text.contentType(), parts, null, warningOf(text));
    }
    Source enriched =
        new SourceFacts(
                PublicBodies.ICO,
                null,
                notice.date(),
                notice.reference() == null ? List.of() : List.of(notice.reference()))
            .applyTo(source);
    String title =
        source.provenance().title() != null
            ? source.provenance().title().strip()
            : IcoDecisionNotice.title(notice);
    return new Document(enriched, title, text.contentType(), parts, null, warningOf(text));
  }

  /** The reason given for a mailbox or an e-mail with no text of its own beside its attachments. */
  static final String CONTAINER = "a container whose attachments are documents of their own";

  private static boolean hasText(Document document) {
    return document.parts().stream().anyMatch(p -> !p.text().isBlank());
  }

  /**
   * Why a file read by Tika gave no text, or what OCR could not read; null when nothing needs
   * saying.
   */
  private static String warningOf(ExtractedText text) {
    if (text.ocrProblem() != null) {
      return text.ocrProblem();
    }
    if (text.cutProblem() != null) {
      return text.cutProblem();
    }
    if (!text.text().isBlank()) {
      return null;
    }
    if (text.metadata().containsKey(ExtractedText.OCR_PAGES)) {
      return "no text layer and OCR found nothing";
    }
    boolean image =
        text.contentType().startsWith("image/") || text.contentType().equals("application/pdf");
    return image ? "no text layer and OCR found nothing" : "the file holds no text";
  }

  private static String titleOf(Source source) {
    return source.provenance().title() != null && !source.provenance().title().isBlank()
        ? source.provenance().title().strip()
        : source.id();
  }

  static String titleOf(Source source, ExtractedText text) {
    if (source.provenance().title() != null && !source.provenance().title().isBlank()) {
      return source.provenance().title().strip();
    }
    String fromMetadata = text.metadata().get("title");
    if (fromMetadata != null && !fromMetadata.isBlank()) {
      return fromMetadata;
    }
    return text.text()
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .findFirst()
        .map(l -> l.length() > 120 ? l.substring(0, 117) + "…" : l)
        .orElse(source.id());
  }

  private static boolean looksLikeHtml(String declared, byte[] bytes) {
    if ("text/html".equals(declared) || "application/xhtml+xml".equals(declared)) {
      return true;
    }
    if (declared != null && !declared.equals("application/octet-stream")) {
      return false;
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  private static org.jsoup.nodes.Document parseHtml(byte[] bytes, String baseUri)
      throws ExtractionException {
    try {
      return Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUri == null ? "" : baseUri);
    } catch (IOException e) {
      throw new ExtractionException("the page could not be read as HTML: " + e.getMessage(), e);
    }
  }

  private static boolean startsWith(byte[] bytes, char c) {
    for (byte b : bytes) {
      if (!Character.isWhitespace(b)) {
        return b == c;
      }
    }
    return false;
  }

  private static String bare(String contentType) {
    return contentType == null
        ? null
        : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }

  private static String fileNameOf(Source source) {
    String url = source.provenance().url();
    if (url == null) {
      return null;
    }
    String path = url.replaceFirst("[?#].*$", "");
    int slash = path.lastIndexOf('/');
    return slash >= 0 && slash < path.length() - 1
        ? URLDecoder.decode(path.substring(slash + 1), StandardCharsets.UTF_8)
        : null;
  }
}
