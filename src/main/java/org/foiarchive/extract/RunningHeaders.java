package org.foiarchive.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes what a PDF repeats at the top or bottom of its pages (the case reference in an ICO
 * notice's header, a guidance chapter's running title, page numbers), so it neither splits nor pads
 * passages. A line counts as running when, with its digits ignored, it opens or closes at least
 * half the pages.
 */
final class RunningHeaders {
  private static final int EDGE_LINES = 3;
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?i)^(page\\s+)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?$");

  private RunningHeaders() {}

  static List<String> strip(List<String> pages) {
    if (pages.size() < 2) {
      return pages;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String page : pages) {
      new HashSet<>(edges(page)).forEach(l -> counts.merge(l, 1, Integer::sum));
    }
    int threshold = Math.max(2, (pages.size() + 1) / 2);
    List<String> out = new ArrayList<>();
    for (String page : pages) {
      List<String> lines = new ArrayList<>(List.of(page.split("\n", -1)));
      List<Integer> nonBlank = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).isBlank()) {
          nonBlank.add(i);
        }
      }
      for (int k = 0; k < nonBlank.size(); k++) {
        if (k >= EDGE_LINES && k < nonBlank.size() - EDGE_LINES) {
          continue;
        }
        int i = nonBlank.get(k);
        String line = lines.get(i).strip();
        if (PAGE_NUMBER.matcher(line).matches()
            || counts.getOrDefault(shape(line), 0) >= threshold) {
          lines.set(i, "");
        }
      }
      out.add(String.join("\n", lines));
    }
    return out;
  }

  private static List<String> edges(String page) {
    List<String> lines = page.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    List<String> edges = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      if (k < EDGE_LINES || k >= lines.size() - EDGE_LINES) {
        edges.add(shape(lines.get(k)));
      }
    }
    return edges;
  }

  private static String shape(String line) {
    return line.strip().replaceAll("\\d+", "#");
  }
}
