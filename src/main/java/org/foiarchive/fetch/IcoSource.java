package org.foiarchive.fetch;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiarchive.corpus.OfficialReferences;
import org.foiarchive.corpus.PublicBodies;
import org.foiarchive.corpus.SourceKind;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * ICO decision notices: a landing page at {@code
 * /action-weve-taken/decision-notices/<yyyy>/<mm>/<ref>/} names the public authority and links the
 * notice as a PDF, which is what the archive keeps (the landing page is a summary of it). A PDF
 * address under the ICO's decision-notice media paths is recognised too.
 */
final class IcoSource {
  private static final Pattern LANDING =
      Pattern.compile("/action-weve-taken/decision-notices/(\\d{4})/(\\d{2})/([^/]+)/?$");
  private static final Pattern REFERENCE =
      Pattern.compile("\\b(" + OfficialReferences.ICO_CASE + ")\\b", Pattern.CASE_INSENSITIVE);

  /** The ICO's file names sometimes put an underscore after the letters: fs_50441818.pdf. */
  private static final Pattern UNDERSCORED = Pattern.compile("(?i)\\b(FS|FER)_(?=\\d)");

  private IcoSource() {}

  static boolean isLandingPage(URI uri) {
    return uri.getRawPath() != null && LANDING.matcher(uri.getRawPath()).find();
  }

  static boolean isNoticePdf(URI uri) {
    String path = uri.getRawPath() == null ? "" : uri.getRawPath().toLowerCase(Locale.ROOT);
    return path.contains("/decision-notices/") && path.endsWith(".pdf");
  }

  /**
   * The case reference printed the ICO's way (FS50441818, IC-358804-N4G8), from an address or a
   * text.
   */
  static String reference(String text) {
    String decoded = text == null ? "" : URLDecoder.decode(text, StandardCharsets.UTF_8);
    Matcher m = REFERENCE.matcher(UNDERSCORED.matcher(decoded).replaceAll("$1"));
    return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : null;
  }

  /** The notice's PDF link on a landing page, or null. */
  static String pdfLink(Document landing) {
    for (Element a : landing.select("main a[href], article a[href], a[href]")) {
      String href = a.absUrl("href");
      if (href.toLowerCase(Locale.ROOT).replaceFirst("[?#].*$", "").endsWith(".pdf")) {
        return href;
      }
    }
    return null;
  }

  /**
   * The notice as a manifest entry: its PDF's address, the authority from the landing page's
   * heading.
   */
  static Description describe(URI landingUri, Document landing, String pdfUrl) {
    Matcher m = LANDING.matcher(landingUri.getRawPath());
    String ref = reference(pdfUrl);
    String date = null;
    if (m.find()) {
      ref = ref != null ? ref : reference(m.group(3));
      date = m.group(1) + "-" + m.group(2);
    }
    Element time = landing.selectFirst("main time[datetime], time[datetime]");
    if (time != null && Json.day(time.attr("datetime")) != null) {
      date = Json.day(time.attr("datetime"));
    }
    Element h1 = landing.selectFirst("main h1, h1");
    String authority = h1 == null ? null : h1.text().strip();
    String title =
        "Decision notice"
            + (ref == null ? "" : " " + ref)
            + (authority == null || authority.isBlank() ? "" : ": " + authority);
    return new Description(
        pdfUrl,
        null,
        SourceKind.DECISION_NOTICE,
        title,
        PublicBodies.ICO,
        null,
        Json.date(date),
        ref == null ? List.of() : List.of(ref),
        "ICO decision notice; landing page " + landingUri + ".",
        "application/pdf");
  }

  /** A notice PDF fetched by its own address: what its address tells. */
  static Description describePdf(URI pdf) {
    String ref = reference(pdf.getRawPath());
    return new Description(
        pdf.toString(),
        null,
        SourceKind.DECISION_NOTICE,
        "Decision notice" + (ref == null ? "" : " " + ref),
        PublicBodies.ICO,
        null,
        null,
        ref == null ? List.of() : List.of(ref),
        null,
        "application/pdf");
  }
}
