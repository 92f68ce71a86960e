package org.foiarchive.fetch;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words a discovered title must contain ({@code --match}): every word, each as the start of a
 * word of the title, ignoring case, accents and apostrophes, so "jobseeker's direction" matches
 * "Jobseekers Directions issued" and "jobmatch" matches "Universal Jobmatch". No words match every
 * title.
 */
record TitleMatch(List<String> words) {

  static TitleMatch of(String wanted) {
    return new TitleMatch(
        wanted == null
            ? List.of()
            : Arrays.stream(normalise(wanted).split(" ")).filter(w -> !w.isEmpty()).toList());
  }

  boolean matches(String title) {
    if (words.isEmpty()) {
      return true;
    }
    List<String> titleWords = Arrays.asList(normalise(title == null ? "" : title).split(" "));
    return words.stream().allMatch(w -> titleWords.stream().anyMatch(t -> t.startsWith(w)));
  }

  private static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("['’]", "")
        .replaceAll("[^a-z0-9]+", " ")
        .strip();
  }
}
