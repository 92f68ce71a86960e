package org.foiarchive.corpus;

import java.text.Normalizer;
import java.util.Locale;

/** Readable, URL-safe ids made from titles: short enough to type, stable once assigned. */
public final class Slugs {
  private static final int MAX_LENGTH = 60;

  private Slugs() {}

  public static String of(String title) {
    String ascii =
        Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .replace('’', '\'')
            .toLowerCase(Locale.ROOT)
            .replaceAll("'", "")
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (ascii.length() > MAX_LENGTH) {
      int cut = ascii.lastIndexOf('-', MAX_LENGTH);
      ascii = ascii.substring(0, cut > 20 ? cut : MAX_LENGTH);
    }
    return ascii.isEmpty() ? "source" : ascii;
  }
}
