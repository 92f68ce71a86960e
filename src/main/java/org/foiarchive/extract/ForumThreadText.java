package org.foiarchive.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiarchive.corpus.Source;

/**
 * A forum thread captured as plain text (phpBB/Forumotion style), split into one part per post so
 * each passage has its poster. "Re: <thread title>" starts a post; the poster's signature block
 * ("Name- Posts : 724", Points, Reputation, Join date) ends it and names its author. A post opening
 * with "X wrote:" quotes X: text that repeats an earlier post is dropped (it is indexed where it
 * was first written), and a quote not found earlier becomes a part of its own, credited to X. Lines
 * the capture repeats within a post are dropped, as are the page's furniture and the "Last edited
 * by" notes.
 */
final class ForumThreadText {
  private static final Pattern SIGNATURE = Pattern.compile("^(.+?)-\\s*Posts\\s*:\\s*\\d+$");
  private static final Pattern SIGNATURE_DETAIL =
      Pattern.compile("^(Points|Reputation|Join date)\\s*:.*$");
  private static final Pattern WROTE = Pattern.compile("^(.{1,40}?) wrote:\\s*(.*)$");
  private static final Pattern LAST_EDITED = Pattern.compile("^Last edited by .+ in total\\.?$");
  private static final Pattern URL_LINE = Pattern.compile("^(?:https?://|www\\.)\\S+$");

  private ForumThreadText() {}

  static boolean recognises(String text) {
    // Only a line naming "Posts" can be a signature: the pattern is tried on no other.
    return text.lines()
            .filter(l -> l.contains("Posts") && SIGNATURE.matcher(l.strip()).matches())
            .limit(2)
            .count()
        >= 2;
  }

  static Document read(Source source, String text, String contentType) {
    List<String> lines =
        text.replace("\r\n", "\n")
            .replace('\r', '\n')
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .toList();
    String title = lines.isEmpty() ? source.id() : lines.getFirst();
    String reTitle = "Re: " + title;
    List<Part> parts = new ArrayList<>();
    StringBuilder earlier = new StringBuilder();
    List<String> post = new ArrayList<>();
    boolean signed = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher signature = SIGNATURE.matcher(line);
      if (signature.matches()) {
        addPost(parts, post, signature.group(1).strip(), earlier);
        post.clear();
        while (i + 1 < lines.size() && SIGNATURE_DETAIL.matcher(lines.get(i + 1)).matches()) {
          i++;
        }
        signed = true;
        continue;
      }
      if (line.equals(reTitle) || line.equals(title)) {
        if (signed && !post.isEmpty()) {
          addPost(parts, post, null, earlier); // a post whose signature the capture lost
        }
        post.clear(); // before the first signed post: the page header, dropped
        continue;
      }
      if (!LAST_EDITED.matcher(line).matches()) {
        post.add(line);
      }
    }
    String docTitle = source.provenance().title() != null ? source.provenance().title() : title;
    return new Document(source, docTitle, contentType, parts, null);
  }

  private static void addPost(
      List<Part> parts, List<String> lines, String author, StringBuilder earlier) {
    List<String> own = withoutRepeats(lines);
    if (!own.isEmpty()) {
      Matcher wrote = WROTE.matcher(own.getFirst());
      if (wrote.matches()) {
        String quoted = wrote.group(1).strip();
        String rest = wrote.group(2);
        for (Matcher nested = WROTE.matcher(rest); nested.matches(); nested = WROTE.matcher(rest)) {
          quoted = nested.group(1).strip(); // "A wrote:B wrote:..." quotes B's words, through A
          rest = nested.group(2);
        }
        List<String> quote = new ArrayList<>();
        quote.add(rest);
        int reply = 1;
        while (reply < own.size()
            && own.get(reply).length() >= 8
            && earlier.indexOf(own.get(reply)) >= 0) {
          quote.add(own.get(reply));
          reply++;
        }
        boolean repeatsEarlierPost = !rest.isBlank() && earlier.indexOf(rest) >= 0;
        if (!repeatsEarlierPost && !rest.isBlank()) {
          parts.add(
              new Part(PartRole.POST, null, quoted, null, null, null, String.join("\n", quote)));
        }
        own = own.subList(reply, own.size());
      }
    }
    if (!own.isEmpty()) {
      String body = String.join("\n", own);
      parts.add(new Part(PartRole.POST, null, author, null, null, null, body));
      earlier.append(body).append('\n');
    }
  }

  /**
   * The post without the lines the capture repeated: a line already seen in this post is dropped,
   * and so is a link line that follows a dropped line (it belongs to the repeated run). A link
   * after new text is kept: it is the source of the quote above it.
   */
  static List<String> withoutRepeats(List<String> lines) {
    List<String> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean droppedPrevious = false;
    for (String line : lines) {
      boolean link = URL_LINE.matcher(line).matches();
      boolean repeat = link ? droppedPrevious && seen.contains(line) : seen.contains(line);
      if (repeat) {
        droppedPrevious = true;
        continue;
      }
      seen.add(line);
      kept.add(line);
      droppedPrevious = false;
    }
    return kept;
  }
}
