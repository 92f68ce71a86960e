package org.foiarchive.ingest;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Source;
import org.foiarchive.extract.Dates;
import org.foiarchive.extract.Document;
import org.foiarchive.extract.ExtractionException;
import org.foiarchive.extract.MailMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facts an attachment takes from the e-mail it came with, where it states none of its own: the
 * message's date, and its sender as publisher (the message's manifest entry first, then what its
 * headers say). An attached ICO decision notice keeps its own author and date; the message only
 * fills gaps, so its citation is never "Undated" when the message had a date. Thread-safe; each
 * message is read once.
 */
final class MessageFacts {
  private static final Logger LOG = LoggerFactory.getLogger(MessageFacts.class);

  private record Facts(String publisher, PartialDate date) {
    /** "sent by Ben Fairless on 2011-11-18", or what of it is known. */
    String sent() {
      return (publisher == null ? "sent" : "sent by " + publisher)
          + (date == null ? "" : " on " + date);
    }
  }

  private final Corpus corpus;
  private final Map<String, Optional<Facts>> byMessage = new ConcurrentHashMap<>();

  MessageFacts(Corpus corpus) {
    this.corpus = corpus;
  }

  Document fillIn(Document document) {
    Source source = document.source();
    if (source.parent() == null) {
      return document;
    }
    Optional<Facts> message = byMessage.computeIfAbsent(source.parent(), this::read);
    if (message.isEmpty()) {
      return document;
    }
    Facts facts = message.get();
    // Both are recorded: the attachment's own facts in its fields, the message's in its note.
    String note =
        source.note() == null
            ? "Attached to an e-mail " + facts.sent() + "."
            : source.note().replaceFirst("\\.?$", ", " + facts.sent() + ".");
    Source filled =
        source.withMetadata(
            source.provenance().publisher() != null
                ? source.provenance().publisher()
                : facts.publisher(),
            source.provenance().author(),
            source.provenance().date() != null ? source.provenance().date() : facts.date(),
            source.provenance().references(),
            source.provenance().topics(),
            source.parent(),
            facts.date() == null && facts.publisher() == null ? source.note() : note);
    return new Document(
        filled,
        document.title(),
        document.contentType(),
        document.parts(),
        document.status(),
        document.warning());
  }

  private Optional<Facts> read(String parentId) {
    Optional<Source> parent = corpus.manifest().find(parentId);
    if (parent.isEmpty() || !MailMessage.isMail(parent.get().capture().contentType())) {
      return Optional.empty();
    }
    Source message = parent.get();
    String sender = null;
    PartialDate date = null;
    try {
      MailMessage mail =
          MailMessage.read(corpus.snapshots().read(message), message.capture().contentType());
      sender = mail.from();
      date = Dates.partial(mail.date());
    } catch (IOException | ExtractionException e) {
      // the message itself is reported when it is ingested; its manifest entry still gives what it
      // has
      LOG.info(
          "the e-mail {} could not be read for its attachments' facts: {}",
          parentId,
          e.getMessage());
    }
    return Optional.of(
        new Facts(
            message.provenance().publisher() != null ? message.provenance().publisher() : sender,
            message.provenance().date() != null ? message.provenance().date() : date));
  }
}
