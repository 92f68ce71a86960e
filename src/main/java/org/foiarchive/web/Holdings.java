package org.foiarchive.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceVersions;
import org.foiarchive.corpus.WatchList;
import org.foiarchive.corpus.WatchState;
import org.foiarchive.index.IndexedDocument;

/**
 * What the archive holds, for the home and about pages: documents by kind, by the site they came
 * from and by publisher, the span of their dates, the earlier versions kept, and what is watched
 * and when it was last checked. Earlier versions are counted apart: they are the same documents as
 * they once read.
 *
 * @param sources documents by the site they were fetched from; {@link #NO_ADDRESS} for those
 *     imported without one
 */
record Holdings(
    int documents,
    int earlierVersions,
    List<Count> kinds,
    List<Count> sources,
    List<Count> publishers,
    PartialDate earliest,
    PartialDate latest,
    List<Watched> watched) {

  /** The source name of documents with no original address (imported files). */
  static final String NO_ADDRESS = "";

  /** A name (a kind's id, a site, a publisher) and how many documents it has. */
  record Count(String name, long count) {}

  /** One entry of the watch list and its last check, or null fields when it was never checked. */
  record Watched(
      String kind,
      String what,
      String site,
      String match,
      String why,
      Instant lastChecked,
      String outcome) {}

  static Holdings of(List<IndexedDocument> all, WatchList watchList, WatchState state) {
    List<Source> current = new ArrayList<>();
    int earlier = 0;
    for (IndexedDocument d : all) {
      if (SourceVersions.parse(d.docId()).isPresent()) {
        earlier++;
      } else {
        current.add(d.source());
      }
    }
    PartialDate earliest =
        current.stream()
            .map(s -> s.provenance().date())
            .filter(d -> d != null)
            .min(Comparator.naturalOrder())
            .orElse(null);
    PartialDate latest =
        current.stream()
            .map(s -> s.provenance().date())
            .filter(d -> d != null)
            .max(Comparator.naturalOrder())
            .orElse(null);
    List<Watched> watched =
        watchList.watch().stream()
            .map(
                e -> {
                  WatchState.Check check = state.of(e).orElse(null);
                  String what =
                      switch (e.kind()) {
                        case BODY -> e.body();
                        case SEARCH -> e.search();
                        case GOVUK ->
                            e.govuk()
                                + (e.organisation() == null ? "" : " (" + e.organisation() + ")");
                        case URL -> e.url();
                      };
                  return new Watched(
                      e.kind().id(),
                      what,
                      e.kind() == WatchList.Kind.URL ? null : e.siteOrDefault(),
                      e.match(),
                      e.why(),
                      check == null ? null : check.at(),
                      check == null ? null : check.outcome());
                })
            .toList();
    return new Holdings(
        current.size(),
        earlier,
        counts(current, s -> s.provenance().kind().id()),
        counts(current, Holdings::siteOf),
        counts(current, s -> s.provenance().publisher()),
        earliest,
        latest,
        watched);
  }

  private static List<Count> counts(List<Source> sources, Function<Source, String> key) {
    Map<String, Long> counts = new TreeMap<>();
    for (Source s : sources) {
      String name = key.apply(s);
      if (name != null) {
        counts.merge(name, 1L, Long::sum);
      }
    }
    return counts.entrySet().stream()
        .map(e -> new Count(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::name))
        .toList();
  }

  /**
   * The site a source came from, without "www.": what a reader recognises (whatdotheyknow.com,
   * gov.uk).
   */
  static String siteOf(Source source) {
    if (source.provenance().url() == null) {
      return NO_ADDRESS;
    }
    try {
      String host = URI.create(source.provenance().url().replace(" ", "%20")).getHost();
      return host == null ? NO_ADDRESS : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return NO_ADDRESS;
    }
  }
}
