package org.foiarchive.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiarchive.corpus.Source;

/**
 * A WhatDoTheyKnow request page captured as plain text (copied from a browser or a text dump),
 * where the markup is gone but the page's own words still show its structure: "X made this Freedom
 * of Information request to Y", sender lines "Name, Y" above the body's replies, "Dear Y," opening
 * the requester's messages, "Z left an annotation (date)" above annotations. The site's furniture
 * ("show quoted sections", "2 Attachments", the e-mail's "References / Visible links") is dropped.
 * The capture keeps no message ids, so these parts have no anchors.
 */
final class WhatDoTheyKnowText {
  private static final Pattern MADE_REQUEST =
      Pattern.compile("^(.+?) made this Freedom of Information request to (.+?)\\.?$");
  private static final Pattern ANNOTATION =
      Pattern.compile("^(.+?) left an annotation \\((.*)\\)$");
  private static final Pattern DEAR = Pattern.compile("^Dear (.+?),?$");
  private static final Pattern ATTACHMENTS = Pattern.compile("^\\d+ Attachments?$");
  private static final Pattern VISIBLE_LINK = Pattern.compile("^\\d+\\.\\s+\\S+$");
  private static final Set<String> CHROME =
      Set.of("show quoted sections", "hide quoted sections", "Link to this", "Report", "Reply");

  private WhatDoTheyKnowText() {}

  static boolean recognises(String text) {
    return text.lines().limit(60).anyMatch(l -> MADE_REQUEST.matcher(l.strip()).matches())
        && text.lines()
            .anyMatch(
                l -> ANNOTATION.matcher(l.strip()).matches() || DEAR.matcher(l.strip()).matches());
  }

  static Document read(Source source, String text, String contentType) {
    List<String> lines =
        text.replace("\r\n", "\n").replace('\r', '\n').lines().map(String::strip).toList();
    String requester = null;
    String authority = null;
    String title = null;
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MADE_REQUEST.matcher(lines.get(i));
      if (m.matches()) {
        requester = m.group(1).strip();
        authority = m.group(2).strip();
        start = i + 1;
        break;
      }
      if (title == null && !lines.get(i).isEmpty()) {
        title = lines.get(i);
      }
    }
    Pattern senderLine = Pattern.compile("^(.+), " + Pattern.quote(authority) + "$");
    Set<String> correspondents = new HashSet<>();
    correspondents.add(authority.toLowerCase(Locale.ROOT));
    for (String line : lines) {
      Matcher m = senderLine.matcher(line);
      if (m.matches()) {
        correspondents.add(m.group(1).strip().toLowerCase(Locale.ROOT));
      }
    }

    List<Part> parts = new ArrayList<>();
    String status = null;
    PartRole role = null;
    String author = null;
    String date = null;
    StringBuilder body = new StringBuilder();
    boolean inLinkList = false;
    for (int i = start; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher annotation = ANNOTATION.matcher(line);
      Matcher sender = senderLine.matcher(line);
      Matcher dear = DEAR.matcher(line);
      PartRole next = null;
      String nextAuthor = null;
      String nextDate = null;
      if (annotation.matches()) {
        next = PartRole.ANNOTATION;
        nextAuthor = annotation.group(1).strip();
        nextDate = Dates.find(annotation.group(2));
      } else if (sender.matches()) {
        next = PartRole.INCOMING;
        nextAuthor = line;
      } else if (dear.matches()
          && correspondents.contains(dear.group(1).strip().toLowerCase(Locale.ROOT))
          && role != PartRole.OUTGOING) {
        next = PartRole.OUTGOING;
        nextAuthor = requester;
      }
      if (next != null) {
        add(parts, role, author, date, body);
        role = next;
        author = nextAuthor;
        date = nextDate;
        body = new StringBuilder();
        inLinkList = false;
        if (next != PartRole.OUTGOING) {
          continue; // the header line is furniture; a "Dear ..." line is the requester's own words
        }
      }
      String state = RequestStatus.ofSentence(line);
      if (state != null && role == null) {
        status = state;
        continue;
      }
      if (role == null
          || CHROME.contains(line)
          || ATTACHMENTS.matcher(line).matches()
          || line.startsWith("This request has been closed to new correspondence")) {
        continue;
      }
      if (line.equals("References") && nextNonBlank(lines, i).equals("Visible links")) {
        inLinkList = true;
        continue;
      }
      if (inLinkList) {
        if (line.equals("Visible links")
            || line.isEmpty()
            || VISIBLE_LINK.matcher(line).matches()) {
          continue;
        }
        inLinkList = false;
      }
      body.append(line).append('\n');
    }
    add(parts, role, author, date, body);
    Source enriched = new SourceFacts(authority, requester, null, List.of()).applyTo(source);
    String docTitle = source.provenance().title() != null ? source.provenance().title() : title;
    return new Document(enriched, docTitle, contentType, parts, status);
  }

  private static String nextNonBlank(List<String> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).isEmpty()) {
        return lines.get(j);
      }
    }
    return "";
  }

  private static void add(
      List<Part> parts, PartRole role, String author, String date, StringBuilder body) {
    if (role != null && !body.toString().isBlank()) {
      parts.add(new Part(role, null, author, date, null, null, body.toString().strip()));
    }
  }
}
