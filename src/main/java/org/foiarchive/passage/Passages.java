package org.foiarchive.passage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.extract.Dates;
import org.foiarchive.extract.Document;
import org.foiarchive.extract.Part;
import org.foiarchive.extract.PartRole;

/**
 * Cuts a document into passages, numbering them in reading order across its parts and giving each
 * the voice, author, date, page and anchor of the part it comes from. Thread-safe.
 */
public final class Passages {
  private final PassageSplitter splitter;
  private final QuotedOfficialDetector quotedOfficial;

  public Passages() {
    this(new PassageSplitter(), new QuotedOfficialDetector());
  }

  public Passages(PassageSplitter splitter, QuotedOfficialDetector quotedOfficial) {
    this.splitter = splitter;
    this.quotedOfficial = quotedOfficial;
  }

  public List<Passage> of(Document document) {
    Source source = document.source();
    SourceKind kind = source.provenance().kind();
    List<Passage> passages = new ArrayList<>();
    int ordinal = 0;
    String carriedLabel = null;
    for (Part part : document.parts()) {
      boolean pageStart = part.page() != null;
      Voice voice = voiceOf(kind, part.role());
      // A post, annotation or quoted message whose author the capture lost stays unattributed
      // rather than borrow the page's.
      String author =
          part.author() != null
                  || part.role() == PartRole.POST
                  || part.role() == PartRole.ANNOTATION
                  || part.role() == PartRole.QUOTED
                  || part.role() == PartRole.QUOTED_OFFICIAL
              ? part.author()
              : authorOf(source, kind, voice);
      PartialDate date = dateOf(part, source);
      boolean ownWords = voice == Voice.COMMENTARY || voice == Voice.ANNOTATION;
      List<QuotedOfficialDetector.Quote> quotes =
          ownWords
              ? quotedOfficial.find(PassageSplitter.normalize(part.text()).split("\n", -1))
              : List.of();
      BitSet breaks = new BitSet();
      quotes.forEach(
          q -> {
            breaks.set(q.start());
            breaks.set(q.end());
          });
      for (Segment segment : splitter.split(part.text(), breaks)) {
        ordinal++;
        QuotedOfficialDetector.Quote quote =
            quotes.stream()
                .filter(q -> q.start() <= segment.line() && segment.line() < q.end())
                .findFirst()
                .orElse(null);
        String context =
            part.heading() == null || part.heading().isBlank()
                ? segment.context()
                : part.heading() + (segment.context().isEmpty() ? "" : " · " + segment.context());
        // A numbered paragraph that runs over a page break: its continuation names the paragraph it
        // belongs to.
        if (pageStart
            && segment.label() == null
            && segment.kind() == Segment.Kind.PARAGRAPH
            && carriedLabel != null
            && segment.context().isEmpty()) {
          context = context.isEmpty() ? carriedLabel : context + " · " + carriedLabel;
        }
        if (segment.label() != null || segment.kind() == Segment.Kind.HEADING) {
          pageStart = false;
        }
        if (segment.label() != null) {
          carriedLabel = segment.label();
        }
        passages.add(
            new Passage(
                Passage.idOf(source.id(), ordinal),
                source.id(),
                ordinal,
                segment.text(),
                new Location(
                    segment.label(),
                    part.page(),
                    part.anchor(),
                    segment.heading(),
                    context,
                    segment.kind()),
                new Speaker(
                    quote == null ? voice : Voice.QUOTED_OFFICIAL,
                    author,
                    date,
                    quote == null ? null : quote.reference()),
                List.of(),
                List.of(),
                part.ocr()));
      }
    }
    return repeatsOfQuotes(passages);
  }

  /** The part's own date where it has one, else its document's. */
  private static PartialDate dateOf(Part part, Source source) {
    PartialDate own = Dates.partial(part.date());
    return own != null ? own : source.provenance().date();
  }

  /**
   * A paragraph that repeats one already found to be quoted (an annotation pasting the same
   * guidance paragraph as an earlier one, without its source) is the same official wording.
   */
  private static List<Passage> repeatsOfQuotes(List<Passage> passages) {
    Map<String, Passage> quoted = new HashMap<>();
    for (Passage p : passages) {
      if (p.speaker().voice() == Voice.QUOTED_OFFICIAL && p.text().length() >= 60) {
        quoted.putIfAbsent(fingerprint(p.text()), p);
      }
    }
    if (quoted.isEmpty()) {
      return passages;
    }
    List<Passage> out = new ArrayList<>(passages.size());
    for (Passage p : passages) {
      Passage same =
          (p.speaker().voice() == Voice.COMMENTARY || p.speaker().voice() == Voice.ANNOTATION)
              ? quoted.get(fingerprint(p.text()))
              : null;
      out.add(
          same == null ? p : p.withVoice(Voice.QUOTED_OFFICIAL, same.speaker().quotedReference()));
    }
    return out;
  }

  /**
   * Letters and digits only, lower-cased: the same words survive re-typing, re-wrapping and
   * spacing.
   */
  private static String fingerprint(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  static Voice voiceOf(SourceKind kind, PartRole role) {
    return switch (role) {
      case INCOMING -> Voice.OFFICIAL;
      case OUTGOING -> Voice.REQUESTER;
      case ANNOTATION -> Voice.ANNOTATION;
      case POST -> Voice.COMMENTARY;
      case QUOTED_OFFICIAL -> Voice.QUOTED_OFFICIAL;
      // A public body's reply quotes the message it answers; anyone else's quote stays in the
      // voice of the message that quotes it.
      case QUOTED -> kind.writtenByPublicBody() ? Voice.REQUESTER : voiceOf(kind, PartRole.BODY);
      case BODY ->
          kind.writtenByPublicBody()
              ? Voice.OFFICIAL
              : kind == SourceKind.FOI_REQUEST ? Voice.REQUESTER : Voice.COMMENTARY;
    };
  }

  private static String authorOf(Source source, SourceKind kind, Voice voice) {
    if (voice == Voice.OFFICIAL && source.provenance().publisher() != null) {
      return source.provenance().publisher();
    }
    return source.provenance().author() != null
        ? source.provenance().author()
        : source.provenance().publisher();
  }
}
