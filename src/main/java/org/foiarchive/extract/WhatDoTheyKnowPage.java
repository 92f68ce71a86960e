package org.foiarchive.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiarchive.corpus.Source;
import org.jsoup.nodes.Element;

/**
 * A request page of an Alaveteli site (WhatDoTheyKnow and others), read from its markup, current or
 * as archived around 2013: one part per message, in page order, each with its direction (incoming =
 * the public body's reply, outgoing = the requester's), sender, date and the anchor that links to
 * it on the page ({@code incoming-366711}); annotations as parts of their own with author and date;
 * the request's status. Attachments are their own sources (fetched beside the page), not text here.
 */
final class WhatDoTheyKnowPage {
  private static final Pattern ANCHOR = Pattern.compile("^(incoming|outgoing|comment)-\\d+$");
  private static final Pattern MADE_REQUEST =
      Pattern.compile("^(.+?) made this Freedom of Information request to (.+?)\\.?$");
  private static final Pattern ANNOTATION_HEAD = Pattern.compile("^(.+?) left an annotation\\b.*$");

  /** Page furniture inside a message that is not what anybody wrote. */
  private static final String CHROME =
      ".attachments, .list-of-attachments, .unfold_link, .correspondence__footer, "
          + ".event_actions, .correspondence__header, h2, script, style, .hidden_attachment, .view_html_prefix, "
          + "input, form, .cplink, .correspondence__header__delivery-status";

  private WhatDoTheyKnowPage() {}

  /**
   * Alaveteli gives every message an id incoming-N or outgoing-N, in every version of its markup.
   */
  static boolean recognises(org.jsoup.nodes.Document page) {
    return !page.select("div[id~=^(incoming|outgoing)-\\d+$]").isEmpty();
  }

  static Document read(Source source, org.jsoup.nodes.Document page, String contentType) {
    String requester = null;
    String authority = null;
    Element subtitle =
        page.selectFirst(
            "p.request-header__subtitle, p.subtitle, #request_header p, .request-header p");
    if (subtitle != null) {
      Matcher m = MADE_REQUEST.matcher(subtitle.text().strip());
      if (m.find()) {
        requester = m.group(1).strip();
        authority = m.group(2).strip();
      }
    }
    List<Part> parts = new ArrayList<>();
    String firstDate = null;
    for (Element event :
        page.select("div[id~=^(incoming|outgoing)-\\d+$], div[id~=^comment-\\d+$]")) {
      String anchor = event.id();
      if (!ANCHOR.matcher(anchor).matches()
          || event.parents().stream().anyMatch(p -> ANCHOR.matcher(p.id()).matches())) {
        continue;
      }
      Part part = anchor.startsWith("comment-") ? annotation(event) : message(event, requester);
      if (part != null && !part.text().isBlank()) {
        parts.add(part);
        if (firstDate == null && part.date() != null) {
          firstDate = part.date();
        }
      }
    }
    Element h1 = page.selectFirst("div.request-header h1, #request_header h1, h1");
    String title =
        source.provenance().title() != null
            ? source.provenance().title()
            : h1 != null
                ? h1.text().strip()
                : page.title().replaceFirst("\\s+-\\s+a Freedom of Information request to.*$", "");
    Source enriched = new SourceFacts(authority, requester, firstDate, List.of()).applyTo(source);
    return new Document(enriched, title, contentType, parts, status(page));
  }

  private static Part message(Element event, String requester) {
    boolean incoming = event.id().startsWith("incoming-");
    if (event.selectFirst("#hidden_message, .hidden_message") != null
        && event.selectFirst(".correspondence_text") == null) {
      return null; // hidden by the site's administrators: nothing to quote
    }
    Element author = event.selectFirst(".correspondence__header__author");
    String sender = author != null ? author.text().strip() : oldStyleSender(event);
    if ((sender == null || sender.isBlank()) && !incoming) {
      sender = requester;
    }
    Element body = event.selectFirst(".correspondence_text");
    String text = textOf(body != null ? body : event);
    return new Part(
        incoming ? PartRole.INCOMING : PartRole.OUTGOING,
        event.id(),
        blankToNull(sender),
        dateOf(event),
        null,
        null,
        text);
  }

  private static Part annotation(Element event) {
    Element head = event.selectFirst("h2");
    String author = null;
    if (head != null) {
      Element link = head.selectFirst("a[href*=/user/]");
      Matcher m = ANNOTATION_HEAD.matcher(head.text().strip());
      author = link != null ? link.text().strip() : m.matches() ? m.group(1).strip() : null;
    }
    Element body = event.selectFirst(".comment_in_request_text, .comment_text");
    return new Part(
        PartRole.ANNOTATION,
        event.id(),
        blankToNull(author),
        dateOf(event),
        null,
        null,
        textOf(body != null ? body : event));
  }

  /** Around 2013 the header was an h2 holding "From: Name" and the date. */
  private static String oldStyleSender(Element event) {
    Element h2 = event.selectFirst("h2");
    if (h2 == null) {
      return null;
    }
    String text = h2.wholeText().strip();
    String first = text.split("\\R", 2)[0];
    Element clone = h2.clone();
    clone.select("br").after("\n");
    first = clone.wholeText().strip().split("\\R", 2)[0];
    return first
        .replaceFirst("(?i)^From:\\s*", "")
        .replaceFirst("\\s*\\d{1,2}(st|nd|rd|th)?\\s+[A-Z][a-z]+\\s+\\d{4}.*$", "")
        .strip();
  }

  private static String dateOf(Element event) {
    Element time = event.selectFirst("time[datetime]");
    if (time != null) {
      String iso = Dates.find(time.attr("datetime"));
      if (iso != null) {
        return iso;
      }
    }
    Element head = event.selectFirst(".correspondence__header, h2, .correspondence__header__date");
    return head == null ? null : Dates.find(head.text());
  }

  private static String textOf(Element body) {
    Element copy = body.clone();
    copy.select(CHROME).remove();
    return HtmlText.of(copy);
  }

  static String status(org.jsoup.nodes.Document page) {
    Element status = page.selectFirst("#request_status");
    if (status != null) {
      for (String cls : status.classNames()) {
        if (cls.startsWith("request-status-message--")) {
          return RequestStatus.ofState(cls.substring("request-status-message--".length()));
        }
      }
      Element icon = status.selectFirst("i[class*=icon_]");
      if (icon != null) {
        for (String cls : icon.classNames()) {
          if (cls.startsWith("icon_")) {
            return RequestStatus.ofState(cls.substring(5));
          }
        }
      }
      for (String sentence : status.text().split("(?<=\\.)\\s+")) {
        String state = RequestStatus.ofSentence(sentence);
        if (state != null) {
          return state;
        }
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
