package org.foiarchive.fetch;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.mime.MimeTypes;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.SourceKind;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/**
 * A request page of an Alaveteli site (WhatDoTheyKnow, AsktheEU, Right to Know...), recognised by
 * its markup rather than its host: the request's metadata (from its {@code .json} where the site
 * serves it, else the page) and the attachments of its messages, each to be fetched as a child
 * source.
 */
final class WhatDoTheyKnowSource {
  /**
   * A download link: /request/{slug or id}/response/{incoming id}/attach/{part}/{file}; not the
   * HTML views.
   */
  private static final Pattern ATTACHMENT =
      Pattern.compile("/request/[^/]+/response/(\\d+)/attach/(\\d+)/([^/?#]+)");

  private static final Pattern MADE_REQUEST =
      Pattern.compile("^(.+?) made this Freedom of Information request to (.+?)\\.?$");

  /** An attachment link found on the page, with the message it belongs to. */
  record Attachment(
      String url, String name, String incomingAnchor, PartialDate date, String expectedType) {}

  private WhatDoTheyKnowSource() {}

  /**
   * Alaveteli marks every message with an id incoming-N or outgoing-N, in every version of its
   * markup.
   */
  static boolean isRequestPage(Document page) {
    return !page.select(
            "div.correspondence[id~=^(incoming|outgoing)-\\d+$], div[id~=^(incoming|outgoing)-\\d+$].incoming, "
                + "div[id~=^(incoming|outgoing)-\\d+$].outgoing")
        .isEmpty();
  }

  /** The page's address without the fragment and the unfold/locale query. */
  static String canonicalUrl(String url) {
    return url.replaceFirst("#.*$", "").replaceFirst("\\?.*$", "");
  }

  /** The request's JSON: advertised by a link element, else the page address plus ".json". */
  static String jsonUrl(Document page, String pageUrl) {
    Element link = page.selectFirst("link[rel=alternate][type=application/json][href]");
    if (link != null && !link.absUrl("href").isEmpty()) {
      return link.absUrl("href");
    }
    return canonicalUrl(pageUrl) + ".json";
  }

  static Description describe(Document page, String url, JsonNode json) {
    String title = Json.text(json, "title");
    String authority = Json.text(json, "public_body", "name");
    String requester =
        json == null
            ? null
            : Json.text(json, "user", "name") != null
                ? Json.text(json, "user", "name")
                : Json.text(json, "user_name");
    String date = Json.day(Json.text(json, "created_at"));
    String state =
        Json.text(json, "display_status") != null
            ? Json.text(json, "display_status")
            : Json.text(json, "described_state");
    if (title == null) {
      Element h1 = page.selectFirst("div.request-header h1, h1");
      title =
          h1 != null
              ? h1.text()
              : page.title().replaceFirst("\\s+-\\s+a Freedom of Information request to.*$", "");
    }
    Element subtitle =
        page.selectFirst("p.request-header__subtitle, p.subtitle, #request_header p");
    if (subtitle != null) {
      Matcher m = MADE_REQUEST.matcher(subtitle.text().strip());
      if (m.find()) {
        requester = requester != null ? requester : m.group(1).strip();
        authority = authority != null ? authority : m.group(2).strip();
      }
    }
    if (date == null) {
      Element published = page.selectFirst("meta[property=article:published_time]");
      date = published == null ? null : Json.day(published.attr("content"));
    }
    if (date == null) {
      Element first =
          page.selectFirst("div.correspondence time[datetime], div[id^=outgoing-] time[datetime]");
      date = first == null ? null : Json.day(first.attr("datetime"));
    }
    String note =
        "Freedom of Information request page"
            + (state == null ? "" : " (" + state + ")")
            + ": messages, annotations and links to attachments.";
    return new Description(
        canonicalUrl(url),
        null,
        SourceKind.FOI_REQUEST,
        title,
        authority,
        requester,
        Json.date(date),
        List.of(),
        note,
        "text/html");
  }

  /** Every attachment download link, once, in page order, with the message that carries it. */
  static List<Attachment> attachments(Document page) {
    Map<String, Attachment> found = new LinkedHashMap<>();
    for (Element a : page.select("a[href*=/attach/]")) {
      String href = a.absUrl("href");
      if (href.isEmpty() || href.contains("/attach/html/")) {
        continue;
      }
      URI uri;
      try {
        uri = URI.create(href.replace(" ", "%20"));
      } catch (IllegalArgumentException e) {
        continue;
      }
      Matcher m = ATTACHMENT.matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
      if (!m.find() || uri.getRawPath().startsWith("/r/")) {
        continue; // private share links (/r/...) are not for archiving
      }
      String url = canonicalUrl(href); // drop ?cookie_passthrough=1
      if (found.containsKey(url)) {
        continue;
      }
      String fileName = URLDecoder.decode(m.group(3), StandardCharsets.UTF_8);
      Element message = a.closest("div[id^=incoming-]");
      Element item = a.closest("li.attachment, p.attachment");
      Element nameEl = item == null ? null : item.selectFirst(".attachment__name, strong");
      String name = nameEl != null && !nameEl.text().isBlank() ? nameEl.text().strip() : fileName;
      Element time = message == null ? null : message.selectFirst("time[datetime]");
      found.put(
          url,
          new Attachment(
              url,
              name,
              "incoming-" + m.group(1),
              time == null ? null : Json.date(time.attr("datetime")),
              typeOfFile(fileName)));
    }
    return new ArrayList<>(found.values());
  }

  /**
   * The media type a file name implies; Alaveteli serves attachments by extension too. Unknown or
   * generic types give null, so that anything but an HTML page is accepted.
   */
  static String typeOfFile(String fileName) {
    String type = MimeTypes.getDefaultMimeTypes().getMimeType(fileName).toString();
    return type.equals("application/octet-stream") || type.equals("text/plain") ? null : type;
  }
}
