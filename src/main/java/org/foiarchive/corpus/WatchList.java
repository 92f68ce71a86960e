package org.foiarchive.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code corpus/watch.yml}: what {@code fetch --watch} follows, each entry with why it is there. An
 * entry is one of: a public body's requests on an Alaveteli site ({@code body}, {@code site},
 * {@code match}), an Alaveteli search feed ({@code search}, {@code site}), a GOV.UK site search
 * ({@code govuk}, {@code organisation}, {@code format}), or one address ({@code url}). Read-only
 * here: people edit it.
 */
public record WatchList(List<Entry> watch) {
  public static final String FILE = "watch.yml";
  public static final String WHATDOTHEYKNOW = "https://www.whatdotheyknow.com";
  public static final String GOV_UK = "https://www.gov.uk";

  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /** What an entry follows. */
  public enum Kind {
    BODY,
    SEARCH,
    GOVUK,
    URL;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One thing to follow. Exactly one of {@code body}, {@code search}, {@code govuk} and {@code url}
   * is set.
   *
   * @param site the Alaveteli site or GOV.UK host to ask (default WhatDoTheyKnow, or www.gov.uk for
   *     govuk)
   * @param match words every title found must hold (body and search; optional for govuk)
   * @param why what the entry is for, for whoever reads the list next
   */
  public record Entry(
      String body,
      String search,
      String govuk,
      String url,
      String site,
      String match,
      String organisation,
      String format,
      String why) {

    public Kind kind() {
      return body != null
          ? Kind.BODY
          : search != null ? Kind.SEARCH : govuk != null ? Kind.GOVUK : Kind.URL;
    }

    /** The site asked, with the default for the kind. */
    public String siteOrDefault() {
      if (site != null && !site.isBlank()) {
        return site.strip().replaceFirst("/+$", "");
      }
      return kind() == Kind.GOVUK ? GOV_UK : WHATDOTHEYKNOW;
    }

    /** A stable name for the entry, the key its last check is remembered by. */
    public String key() {
      return switch (kind()) {
        case BODY ->
            "body " + body + " on " + siteOrDefault() + (match == null ? "" : " matching " + match);
        case SEARCH ->
            "search "
                + search
                + " on "
                + siteOrDefault()
                + (match == null ? "" : " matching " + match);
        case GOVUK ->
            "govuk "
                + govuk
                + " on "
                + siteOrDefault()
                + (organisation == null ? "" : " from " + organisation)
                + (format == null ? "" : " as " + format)
                + (match == null ? "" : " matching " + match);
        case URL -> "url " + url;
      };
    }
  }

  public WatchList {
    watch = watch == null ? List.of() : List.copyOf(watch);
  }

  /** The watch list of a corpus; empty when it has none. */
  public static WatchList load(Path corpusDir) {
    Path file = corpusDir.resolve(FILE);
    if (!Files.exists(file)) {
      return new WatchList(List.of());
    }
    WatchList list;
    try {
      list = YAML.readValue(file.toFile(), WatchList.class);
    } catch (JacksonException e) {
      throw new CorpusException(file + " is not a valid watch list: " + e.getOriginalMessage(), e);
    }
    if (list == null) {
      return new WatchList(List.of());
    }
    validate(file, list.watch());
    return list;
  }

  private static void validate(Path file, List<Entry> entries) {
    Set<String> keys = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      String where = file.getFileName() + " entry " + (i + 1);
      if (e == null) {
        problems.add(where + " is empty");
        continue;
      }
      long kinds =
          Stream.of(e.body(), e.search(), e.govuk(), e.url())
              .filter(v -> v != null && !v.isBlank())
              .count();
      if (kinds != 1) {
        problems.add(where + " must have exactly one of body, search, govuk and url");
      } else if (e.why() == null || e.why().isBlank()) {
        problems.add(where + " (" + e.key() + ") must say why it is watched");
      } else if (!e.siteOrDefault().matches("(?i)https?://[^/\\s]+")
          || e.kind() == Kind.URL && !e.url().matches("(?i)https?://\\S+")) {
        problems.add(where + " (" + e.key() + ") needs an http or https address");
      } else if (!keys.add(e.key())) {
        problems.add(where + " (" + e.key() + ") repeats an earlier entry");
      }
    }
    if (!problems.isEmpty()) {
      throw new CorpusException(String.join("; ", problems));
    }
  }
}
