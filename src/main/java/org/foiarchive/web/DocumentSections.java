package org.foiarchive.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.extract.MailMessage;
import org.foiarchive.index.IndexedDocument;
import org.foiarchive.passage.Voice;
import org.foiarchive.search.DocumentView;
import org.foiarchive.search.SearchHit;

/**
 * A document's passages grouped as the source shows them: one section per message, annotation or
 * post, with its direction, sender, date and link to its place on the source page, and the
 * attachments that came with it. A document of one part (a letter, a guidance PDF) is one section
 * without a header.
 */
final class DocumentSections {
  /** Alaveteli attachment addresses carry the id of the message they came with. */
  private static final Pattern INCOMING_ID = Pattern.compile("/response/(\\d+)/attach/");

  /**
   * One message, annotation or post.
   *
   * @param direction the key of its label in messages.properties, or null when the section needs no
   *     header
   * @param kind "incoming", "outgoing", "annotation", "post", "quoted" or "body", for styling
   */
  record Section(
      String anchor,
      String author,
      PartialDate date,
      String direction,
      String kind,
      String url,
      List<SearchHit> passages,
      List<IndexedDocument> attachments) {}

  private DocumentSections() {}

  static List<Section> of(DocumentView view) {
    List<List<SearchHit>> groups = new ArrayList<>();
    SearchHit previous = null;
    for (SearchHit p : view.passages()) {
      if (previous == null
          || !Objects.equals(p.anchor(), previous.anchor())
          || p.anchor() == null && !Objects.equals(p.author(), previous.author())) {
        groups.add(new ArrayList<>());
      }
      groups.getLast().add(p);
      previous = p;
    }
    boolean single = groups.size() <= 1;
    // An e-mail's own words and the messages it quotes are messages, not a forum's posts.
    boolean mail = MailMessage.isMail(view.document().contentType());
    List<Section> sections = new ArrayList<>();
    for (List<SearchHit> group : groups) {
      SearchHit first = group.getFirst();
      String kind = kindOf(first.anchor(), group, mail);
      List<IndexedDocument> attachments =
          first.anchor() == null
              ? List.of()
              : view.attachments().stream()
                  .filter(a -> first.anchor().equals(messageOf(a)))
                  .toList();
      PartialDate date =
          group.stream().map(SearchHit::date).filter(Objects::nonNull).findFirst().orElse(null);
      sections.add(
          new Section(
              first.anchor(),
              first.author(),
              first.anchor() == null && single ? null : date,
              single ? null : "document.direction." + kind,
              kind,
              first.anchor() == null ? null : first.url(),
              List.copyOf(group),
              attachments));
    }
    return sections;
  }

  /**
   * The message an attachment came with ({@code incoming-N}), from its address or the note fetch
   * wrote.
   */
  static String messageOf(IndexedDocument attachment) {
    String url = attachment.source().provenance().url();
    if (url != null) {
      Matcher m = INCOMING_ID.matcher(url);
      if (m.find()) {
        return "incoming-" + m.group(1);
      }
    }
    String note = attachment.source().note();
    Matcher m = note == null ? null : Pattern.compile("\\b(incoming-\\d+)\\b").matcher(note);
    return m != null && m.find() ? m.group(1) : null;
  }

  private static String kindOf(String anchor, List<SearchHit> group, boolean mail) {
    if (anchor != null) {
      if (anchor.startsWith("incoming-")) {
        return "incoming";
      }
      if (anchor.startsWith("outgoing-")) {
        return "outgoing";
      }
      if (anchor.startsWith("comment-")) {
        return "annotation";
      }
    }
    Voice voice =
        group.stream()
            .map(SearchHit::voice)
            .filter(v -> v != Voice.QUOTED_OFFICIAL)
            .findFirst()
            .orElse(group.getFirst().voice());
    if (voice == null) {
      return "body";
    }
    return switch (voice) {
      // a post or note that is all quotation: say who quoted it, not what kind of part it was
      case QUOTED_OFFICIAL -> "quoted";
      case OFFICIAL -> "incoming";
      case REQUESTER -> "outgoing";
      case ANNOTATION -> "annotation";
      case COMMENTARY -> mail ? "message" : "post";
      default -> "body";
    };
  }
}
