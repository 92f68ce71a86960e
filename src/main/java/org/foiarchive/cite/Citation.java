package org.foiarchive.cite;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.foiarchive.corpus.OfficialReferences;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.PublicBodies;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.extract.MailMessage;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.passage.Location;
import org.foiarchive.passage.Speaker;
import org.foiarchive.passage.Voice;
import org.foiarchive.search.ArchiveRoutes;
import org.foiarchive.search.SearchHit;
import org.foiarchive.tag.Reference;
import org.foiarchive.tag.ReferenceRecognizer;

/**
 * Everything a tribunal clerk needs to check a quoted passage: the exact words, who wrote them (the
 * body and the person where known) and in which voice, the document, its reference and date, the
 * paragraph and page, the original URL (at the exact message where the source allows), the archived
 * copy with its SHA-256 and the date it was retrieved, and the date the citation was made. Rendered
 * by {@link CitationFormat}; every URL is absolute when the citation is made with a site URL.
 *
 * <p>Grouped as a reader checks it: who speaks ({@link Speaker}: the voice, the person, the date
 * and a quotation's reference), the document cited, where the words stand in it ({@link Location}:
 * paragraph and page), and the archived copy. The formats and templates read the groups; what is
 * derived from them (who the words are from, the pinpoint, dates in words) is worked out here once
 * for every format.
 *
 * @param speaker whose words these are: the voice, who wrote them where known (a message's sender,
 *     an annotation's author; else the document's author), their date (the passage's own, else the
 *     document's, at the precision the source gives; null when undated) and, for quoted-official
 *     passages, the reference the quoted wording gives
 * @param document the document the words are in
 * @param location the paragraph as printed and the page; anchor, heading and context are not cited
 * @param copy the archive's copy of the source and this passage's quote card
 * @param officialSource for quoted-official passages, the official document in the archive that
 *     carries the quoted reference, or null when the archive does not hold it
 * @param ocr true when the passage was read by OCR from a scan, which every format says
 * @param attachedTo for a passage in an attachment, the document it came attached to (the e-mail
 *     that brought an ICO decision notice), which every format names; null otherwise
 */
public record Citation(
    String passageId,
    String text,
    Speaker speaker,
    CitedDocument document,
    Location location,
    ArchivedCopy copy,
    LocalDate accessed,
    OfficialSource officialSource,
    boolean ocr,
    AttachedTo attachedTo) {
  private static final ReferenceRecognizer REFERENCES = new ReferenceRecognizer();

  /**
   * ICO casework letters: IRQ, RFA and ENQ references, digits sometimes blanked out by whoever
   * posted them.
   */
  private static final Pattern ICO_CASEWORK =
      Pattern.compile("(?i)^(?:" + OfficialReferences.ICO_CASEWORK_PREFIX + ")[\\d*]{4,}");

  private static final Pattern ICO_SITE =
      Pattern.compile("(?i)^(?:https?://)?(?:[\\w-]+\\.)*ico\\.org\\.uk\\b");
  private static final Pattern DWP_SITE =
      Pattern.compile(
          "(?i)^(?:https?://)?(?:[\\w-]+\\.)*dwp\\.gov\\.uk\\b|^(?:https?://)?(?:www\\.)?gov\\.uk/government/organisations/department-for-work-pensions");

  /** Dates on citations are UK dates: the day it is in London. */
  public static final ZoneId UK = ZoneId.of("Europe/London");

  /** The official document a quoted-official passage reproduces, as held in the archive. */
  public record OfficialSource(String title, String reference, String url) {}

  /**
   * The document cited, as its citations name it.
   *
   * @param body the organisation the document comes from (the public body, or the site that
   *     published it), or null
   * @param kind what kind of document it is, or null when the index does not say
   * @param references references printed in or before the passage ("FOI 2437"), canonical form; the
   *     manifest's references for the document when the passage carries none
   * @param url the original source (at the exact message where the source allows), or null when the
   *     capture does not record it
   */
  public record CitedDocument(
      String title, SourceKind kind, String body, List<String> references, String url) {
    public CitedDocument {
      references = references == null ? List.of() : List.copyOf(references);
    }
  }

  /**
   * The archive's copy of the source, byte for byte, and the quote card of the passage.
   *
   * @param archiveUrl the archived snapshot
   * @param retrieved when the snapshot was taken, or null
   * @param cardUrl this passage's quote card on the archive
   */
  public record ArchivedCopy(String archiveUrl, String sha256, Instant retrieved, String cardUrl) {}

  /**
   * The document an attachment came with, as its citations name it: "‘Re: FOI request’ (e-mail from
   * Ben Fairless, 18 November 2011)".
   *
   * @param docId the parent's id in the archive, for a link to its page
   * @param email true when the parent is an e-mail message, so it is called one
   * @param from who sent the e-mail, or the body that published the parent; null when not known
   * @param kind what kind of document the parent is, or null
   * @param date at the precision the parent gives, or null when undated
   */
  public record AttachedTo(
      String docId, String title, boolean email, String from, SourceKind kind, PartialDate date) {

    /**
     * The parent of a document as a citation names it, or null when it has none or its parent is a
     * mailbox (a message in a mailbox is a document of its own, not an attachment).
     */
    static AttachedTo of(IndexedDocument parent) {
      if (parent == null || MailMessage.isMbox(parent.contentType())) {
        return null;
      }
      Source source = parent.source();
      String author = blankToNull(source.provenance().author());
      String publisher = blankToNull(source.provenance().publisher());
      String from = author;
      if (publisher != null
          && (author == null
              || !author.toLowerCase(Locale.ROOT).contains(publisher.toLowerCase(Locale.ROOT)))) {
        from = author == null ? publisher : author + " (" + publisher + ")";
      }
      return new AttachedTo(
          parent.docId(),
          parent.title() != null ? parent.title() : source.provenance().title(),
          MailMessage.isMail(parent.contentType()),
          from,
          source.provenance().kind(),
          source.provenance().date());
    }

    /**
     * What the parent is, who it is from and when, as in a citation's brackets: "e-mail from Ben
     * Fairless, 18 November 2011", or "Guidance, Department for Work and Pensions, June 2013".
     */
    public String description() {
      List<String> parts = new ArrayList<>();
      if (email) {
        parts.add(from == null ? "e-mail" : "e-mail from " + from);
      } else {
        if (kind != null) {
          parts.add(kind.label());
        }
        if (from != null) {
          parts.add(from);
        }
      }
      if (date != null) {
        parts.add(Citation.inWords(date));
      }
      return String.join(", ", parts);
    }

    /** "attached to ‘Re: FOI request’ (e-mail from Ben Fairless, 18 November 2011)". */
    public String note() {
      String description = description();
      return "attached to ‘"
          + title
          + "’"
          + (description.isEmpty() ? "" : " (" + description + ")");
    }
  }

  /**
   * What every citation of a passage read by OCR says, so nobody quotes a misread word as the
   * body's.
   */
  public static final String OCR_NOTE = "text read by OCR; check against the scan";

  /**
   * What a bibliographic note says about where the words stand and how they were read, in order:
   * the pinpoint, the voice, OCR and the message an attachment came with. Each is left out when it
   * has nothing to say.
   */
  public List<String> locationNotes() {
    List<String> notes = new ArrayList<>();
    if (!pinpoint().isEmpty()) {
      notes.add(pinpoint());
    }
    for (String note : new String[] {voiceNote(), ocrNote(), attachedToNote()}) {
      if (note != null) {
        notes.add(note);
      }
    }
    return notes;
  }

  /** "attached to ‘Re: FOI request’ (e-mail from …)" for a passage in an attachment, else null. */
  public String attachedToNote() {
    return attachedTo == null ? null : attachedTo.note();
  }

  /** {@link #OCR_NOTE} for a passage read by OCR, else null. */
  public String ocrNote() {
    return ocr ? OCR_NOTE : null;
  }

  /**
   * The citation of a passage as the archive holds it, in a document attached to nothing.
   *
   * @param siteUrl the archive's address ({@code https://archive.example}), prefixed to its own
   *     links; blank leaves them relative
   */
  public static Citation of(
      SearchHit hit, IndexedDocument document, String siteUrl, LocalDate accessed) {
    return of(hit, document, null, siteUrl, accessed);
  }

  /**
   * The citation of a passage as the archive holds it.
   *
   * @param parent the record of the document this passage's document came attached to, or null
   * @param siteUrl the archive's address ({@code https://archive.example}), prefixed to its own
   *     links; blank leaves them relative
   */
  public static Citation of(
      SearchHit hit,
      IndexedDocument document,
      IndexedDocument parent,
      String siteUrl,
      LocalDate accessed) {
    Source source = document.source();
    String site = siteUrl == null ? "" : siteUrl.replaceFirst("/+$", "");
    AttachedTo attachedTo = AttachedTo.of(parent);
    String url = blankToNull(hit.url());
    if (url == null && attachedTo != null) {
      // An attachment with no address of its own is found with the message that brought it.
      url = blankToNull(parent.source().provenance().url());
    }
    Voice voice = hit.voice();
    Speaker speaker =
        new Speaker(
            voice,
            blankToNull(hit.author() != null ? hit.author() : source.provenance().author()),
            hit.date() != null ? hit.date() : source.provenance().date(),
            blankToNull(hit.quotedReference()));
    CitedDocument cited =
        new CitedDocument(
            document.title(),
            hit.kind() != null ? hit.kind() : source.provenance().kind(),
            blankToNull(
                hit.publisher() != null ? hit.publisher() : source.provenance().publisher()),
            hit.references().isEmpty() ? source.provenance().references() : hit.references(),
            url);
    ArchivedCopy copy =
        new ArchivedCopy(
            site + hit.archiveUrl(),
            source.capture().sha256(),
            source.capture().retrieved(),
            site + ArchiveRoutes.quoteCard(hit.passageId()));
    return new Citation(
        hit.passageId(),
        hit.text(),
        speaker,
        cited,
        new Location(blankToNull(hit.paragraph()), hit.page(), null, null, null),
        copy,
        accessed,
        null,
        hit.ocr(),
        attachedTo);
  }

  public Citation withOfficialSource(OfficialSource source) {
    return new Citation(
        passageId, text, speaker, document, location, copy, accessed, source, ocr, attachedTo);
  }

  public boolean isOfficial() {
    return speaker.voice() == Voice.OFFICIAL;
  }

  public boolean isQuotedOfficial() {
    return speaker.voice() == Voice.QUOTED_OFFICIAL;
  }

  /**
   * For official wording reproduced in commentary, the public body whose wording it is, when the
   * reference the quotation gives says which: an ICO case or casework reference (even one the
   * writer blanked out, as "ENQ*******"), a DWP FOI or internal review reference, a DMG or ADM
   * paragraph, or a link to either body's site. Null when it does not say: the archive does not
   * guess who wrote a quotation.
   */
  public String quotedBody() {
    String quotedReference = speaker.quotedReference();
    if (!isQuotedOfficial() || quotedReference == null) {
      return null;
    }
    String reference = quotedReference.strip();
    if (ICO_CASEWORK.matcher(reference).find() || ICO_SITE.matcher(reference).find()) {
      return PublicBodies.ICO;
    }
    if (DWP_SITE.matcher(reference).find()) {
      return PublicBodies.DWP;
    }
    for (Reference found : REFERENCES.find(reference)) {
      switch (found.type()) {
        case ICO_CASE -> {
          return PublicBodies.ICO;
        }
        case DWP_FOI, DWP_INTERNAL_REVIEW, DMG, ADM -> {
          return PublicBodies.DWP;
        }
        default -> {
          // legislation and tribunal decisions are nobody's letter
        }
      }
    }
    return null;
  }

  /**
   * Who the words are from, as a reader should see it: for quoted official wording whose body is
   * known, the body and who reproduced it ("Information Commissioner's Office, quoted by Nigel
   * Oldfield"); otherwise {@link #writer()}.
   */
  public String attribution() {
    String quoted = quotedBody();
    if (quoted == null) {
      return writer();
    }
    return writer() == null ? quoted : quoted + ", quoted by " + writer();
  }

  /**
   * Who wrote the words, as a citation names them: for the public body's own words the body first
   * (with its officer or team where the source names one); for anyone else the person, or the site
   * that published them.
   */
  public String writer() {
    String person = speaker.author();
    String body = document.body();
    if (isOfficial()) {
      if (body == null) {
        return person;
      }
      if (person == null || person.equalsIgnoreCase(body)) {
        return body;
      }
      // A WhatDoTheyKnow sender reads "Team name, Department for Work and Pensions": already names
      // the body.
      return person.toLowerCase(Locale.ROOT).contains(body.toLowerCase(Locale.ROOT))
          ? person
          : body + " (" + person + ")";
    }
    return person != null ? person : body;
  }

  /**
   * The voice as a reader needs to know it when the words are not the public body's own, else null
   * (also for a blog's or forum's own words, where the kind of document already says so).
   */
  public String voiceNote() {
    if (isOfficial()) {
      return null;
    }
    if (speaker.voice() == Voice.COMMENTARY
        && (document.kind() == SourceKind.COMMENTARY || document.kind() == SourceKind.FORUM)) {
      return null;
    }
    if (isQuotedOfficial()) {
      String quotedReference = speaker.quotedReference();
      String quoted = quotedBody() == null ? "official wording" : quotedBody();
      return quotedReference == null
          ? "quoting " + quoted
          : "quoting " + quoted + ", " + quotedReference;
    }
    return speaker.voice() == null ? null : speaker.voice().label().toLowerCase(Locale.ROOT);
  }

  /** The kind of document as a reader says it ("FOI response", "Commentary"). */
  public String kindLabel() {
    return document.kind() == null ? null : document.kind().label();
  }

  /** The passage's date in words: "12 June 2013", "June 2013", "2013", or "undated". */
  public String dateInWords() {
    return speaker.date() == null ? "undated" : inWords(speaker.date());
  }

  /** The day in the UK the snapshot was taken, in words, or null. */
  public String retrievedInWords() {
    return copy.retrieved() == null ? null : inWords(LocalDate.ofInstant(copy.retrieved(), UK));
  }

  public String accessedInWords() {
    return accessed == null ? null : inWords(accessed);
  }

  /**
   * Who, what, when and where in the document, in one line: how a bundle's index and a feed list a
   * passage.
   */
  public String summary() {
    StringBuilder out = new StringBuilder();
    if (attribution() != null) {
      out.append(attribution()).append(", ");
    }
    out.append('‘').append(document.title()).append("’ (").append(dateInWords()).append(')');
    if (!pinpoint().isEmpty()) {
      out.append(' ').append(pinpoint());
    }
    return out.toString();
  }

  /**
   * "para 51", "p 2", or both, as OSCOLA pinpoints are written; empty when the passage has neither.
   */
  public String pinpoint() {
    String paragraph = location.label();
    Integer page = location.page();
    StringBuilder out = new StringBuilder();
    if (paragraph != null) {
      out.append("para ").append(paragraph.replaceFirst("\\.$", ""));
    }
    if (page != null) {
      out.append(out.isEmpty() ? "" : ", ").append("p ").append(page);
    }
    return out.toString();
  }

  /** A date of any precision in words, the UK way round: "2013", "June 2013", "12 June 2013". */
  static String inWords(PartialDate date) {
    return switch (date.precision()) {
      case YEAR -> String.valueOf(date.year());
      case MONTH -> month(date.start()) + " " + date.year();
      case DAY -> inWords(date.start());
    };
  }

  static String inWords(LocalDate day) {
    return day.getDayOfMonth() + " " + month(day) + " " + day.getYear();
  }

  private static String month(LocalDate date) {
    return date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
