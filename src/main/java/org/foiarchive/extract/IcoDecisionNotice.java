package org.foiarchive.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiarchive.corpus.OfficialReferences;

/**
 * An ICO decision notice (FOIA or EIR, 2010 onwards): recognised on its first page by the title and
 * the "Public Authority:" line; gives its date, the public authority complained about and the case
 * reference. Its numbered paragraphs are cut by the passage splitter like any guidance.
 */
final class IcoDecisionNotice {
  private static final Pattern TITLE = Pattern.compile("(?i)\\bdecision\\s+notice\\b");
  private static final Pattern AUTHORITY =
      Pattern.compile("(?im)^\\s*Public\\s+Authority\\s*:\\s*(.+)$");
  private static final Pattern DATE = Pattern.compile("(?im)^\\s*Date\\s*:\\s*(.+)$");
  private static final Pattern REFERENCE =
      Pattern.compile("\\b(" + OfficialReferences.ICO_CASE + ")\\b");

  /** What the notice says about itself. */
  record Facts(String reference, String date, String authority) {}

  private IcoDecisionNotice() {}

  /** The notice's facts when the pages are a decision notice, else null. */
  static Facts read(List<String> rawPages) {
    if (rawPages.isEmpty()) {
      return null;
    }
    String first = rawPages.getFirst();
    Matcher authority = AUTHORITY.matcher(first);
    if (!TITLE.matcher(first).find() || !authority.find()) {
      return null;
    }
    Matcher date = DATE.matcher(first);
    Matcher ref =
        REFERENCE.matcher(String.join("\n", rawPages.subList(0, Math.min(2, rawPages.size()))));
    return new Facts(
        ref.find() ? ref.group(1) : null,
        date.find() ? Dates.find(date.group(1)) : null,
        authority.group(1).strip());
  }

  static String title(Facts facts) {
    return "Decision notice"
        + (facts.reference() == null ? "" : " " + facts.reference())
        + ": "
        + facts.authority();
  }
}
