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
    return new Reader(lines).read(source, contentType);
  }

  /** Who wrote the part that a header line opens, and when. */
  private record PartHeader(PartRole role, String author, String date) {}

  /** One pass over a capture's lines, keeping the part being read. */
  private static final class Reader {
    private final List<String> lines;
    private final List<Part> parts = new ArrayList<>();
    private String requester;
    private String authority;
    private String firstLine;
    private int start;
    private Pattern senderLine;
    private final Set<String> correspondents = new HashSet<>();
    private String status;
    private PartRole role;
    private String author;
    private String date;
    private StringBuilder body = new StringBuilder();
    private boolean inLinkList;

    Reader(List<String> lines) {
      this.lines = lines;
    }

    Document read(Source source, String contentType) {
      readRequestLine();
      findCorrespondents();
      for (int i = start; i < lines.size(); i++) {
        readLine(i);
      }
      endPart();
      Source enriched = new SourceFacts(authority, requester, null, List.of()).applyTo(source);
      String title = source.provenance().title() != null ? source.provenance().title() : firstLine;
      return new Document(enriched, title, contentType, parts, status);
    }

    /**
     * "X made this Freedom of Information request to Y": the requester, the body, where it starts.
     */
    private void readRequestLine() {
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = MADE_REQUEST.matcher(lines.get(i));
        if (m.matches()) {
          requester = m.group(1).strip();
          authority = m.group(2).strip();
          start = i + 1;
          return;
        }
        if (firstLine == null && !lines.get(i).isEmpty()) {
          firstLine = lines.get(i);
        }
      }
    }

    /**
     * The body and the officers who signed its replies ("Name, Body"), whom "Dear ..." addresses.
     */
    private void findCorrespondents() {
      senderLine = Pattern.compile("^(.+), " + Pattern.quote(authority) + "$");
      correspondents.add(authority.toLowerCase(Locale.ROOT));
      for (String line : lines) {
        Matcher m = senderLine.matcher(line);
        if (m.matches()) {
          correspondents.add(m.group(1).strip().toLowerCase(Locale.ROOT));
        }
      }
    }

    private void readLine(int i) {
      String line = lines.get(i);
      PartHeader header = headerOf(line);
      if (header != null) {
        endPart();
        role = header.role();
        author = header.author();
        date = header.date();
        body = new StringBuilder();
        inLinkList = false;
        if (header.role() != PartRole.OUTGOING) {
          return; // the header line is furniture; a "Dear ..." line is the requester's own words
        }
      }
      String state = RequestStatus.ofSentence(line);
      if (state != null && role == null) {
        status = state;
        return;
      }
      if (!isFurniture(line, i)) {
        body.append(line).append('\n');
      }
    }

    /** The part a line opens: an annotation, a reply from the body, or the requester's letter. */
    private PartHeader headerOf(String line) {
      Matcher annotation = ANNOTATION.matcher(line);
      if (annotation.matches()) {
        return new PartHeader(
            PartRole.ANNOTATION, annotation.group(1).strip(), Dates.find(annotation.group(2)));
      }
      if (senderLine.matcher(line).matches()) {
        return new PartHeader(PartRole.INCOMING, line, null);
      }
      Matcher dear = DEAR.matcher(line);
      if (dear.matches()
          && correspondents.contains(dear.group(1).strip().toLowerCase(Locale.ROOT))
          && role != PartRole.OUTGOING) {
        return new PartHeader(PartRole.OUTGOING, requester, null);
      }
      return null;
    }

    /** The site's own words around the messages, and an e-mail's list of visible links. */
    private boolean isFurniture(String line, int i) {
      if (role == null
          || CHROME.contains(line)
          || ATTACHMENTS.matcher(line).matches()
          || line.startsWith("This request has been closed to new correspondence")) {
        return true;
      }
      if (line.equals("References") && nextNonBlank(i).equals("Visible links")) {
        inLinkList = true;
        return true;
      }
      if (inLinkList) {
        if (line.equals("Visible links")
            || line.isEmpty()
            || VISIBLE_LINK.matcher(line).matches()) {
          return true;
        }
        inLinkList = false;
      }
      return false;
    }

    private String nextNonBlank(int i) {
      for (int j = i + 1; j < lines.size(); j++) {
        if (!lines.get(j).isEmpty()) {
          return lines.get(j);
        }
      }
      return "";
    }

    private void endPart() {
      if (role != null && !body.toString().isBlank()) {
        parts.add(new Part(role, null, author, date, null, null, body.toString().strip()));
      }
    }
  }
}
