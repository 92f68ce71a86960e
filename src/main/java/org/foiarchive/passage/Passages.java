package org.foiarchive.passage;

import java.util.ArrayList;
import java.util.List;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.extract.Document;
import org.foiarchive.extract.Part;
import org.foiarchive.extract.PartRole;

/**
 * Cuts a document into passages, numbering them in reading order across its parts and giving each the
 * voice, author, date, page and anchor of the part it comes from. Thread-safe.
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
    SourceKind kind = SourceKind.fromId(source.kind()).orElse(SourceKind.COMMENTARY);
    List<Passage> passages = new ArrayList<>();
    int ordinal = 0;
    for (Part part : document.parts()) {
      Voice voice = voiceOf(kind, part.role());
      String author = part.author() != null ? part.author() : authorOf(source, kind, voice);
      String date = part.date() != null ? part.date() : source.date();
      for (Segment segment : splitter.split(part.text())) {
        ordinal++;
        String context = part.heading() == null || part.heading().isBlank()
            ? segment.context()
            : part.heading() + (segment.context().isEmpty() ? "" : " · " + segment.context());
        passages.add(new Passage(Passage.idOf(source.id(), ordinal), source.id(), ordinal, segment.text(),
            segment.label(), part.page(), part.anchor(), segment.heading(), context, voice, author, date,
            List.of(), List.of(), null));
      }
    }
    return quotedOfficial.mark(passages);
  }

  static Voice voiceOf(SourceKind kind, PartRole role) {
    return switch (role) {
      case INCOMING -> Voice.OFFICIAL;
      case OUTGOING -> Voice.REQUESTER;
      case ANNOTATION -> Voice.ANNOTATION;
      case POST -> Voice.COMMENTARY;
      case BODY -> kind.writtenByPublicBody() ? Voice.OFFICIAL
          : kind == SourceKind.FOI_REQUEST ? Voice.REQUESTER : Voice.COMMENTARY;
    };
  }

  private static String authorOf(Source source, SourceKind kind, Voice voice) {
    if (voice == Voice.OFFICIAL && source.publisher() != null) {
      return source.publisher();
    }
    return source.author() != null ? source.author() : source.publisher();
  }
}
