package org.foiarchive.ingest;

import java.io.IOException;
import java.io.Reader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Provenance;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.corpus.SourceManifest;
import org.foiarchive.testing.TestArchive;

/**
 * The evaluation corpus under {@code src/test/resources/eval/corpus/}: real public pages with their
 * provenance in {@code sources.csv}, and the questions written over them in {@code
 * eval-corpus-queries.tsv}. The pages are test data only; the shipped corpus does not hold them.
 */
final class EvalCorpus {
  static final Path DIR = Path.of("src", "test", "resources", "eval", "corpus");
  static final Path MANIFEST = DIR.resolve("sources.csv");
  static final Path QUESTIONS =
      Path.of("src", "test", "resources", "eval", "eval-corpus-queries.tsv");

  /** Questions written blind over the same pages and one seed, frozen whole (see the README). */
  static final Path BLIND_QUESTIONS =
      Path.of("src", "test", "resources", "eval", "blind-queries.tsv");

  /** Questions written blind over the five documents of the shipped corpus only, frozen whole. */
  static final Path BLIND_SEED_QUESTIONS =
      Path.of("src", "test", "resources", "eval", "blind-seed-queries.tsv");

  /** A third blind set, over the pages and the five seeds both, frozen whole. */
  static final Path BLIND_3_QUESTIONS =
      Path.of("src", "test", "resources", "eval", "blind-3-queries.tsv");

  /** Pages kept for an independent check of relevance, which no part of the project may hold. */
  static final Path RESERVED_URLS = Path.of("..", "shared", "eval", "reserved-urls.txt");

  /** One row of {@code sources.csv}; {@code references} are separated by semicolons in the file. */
  record Entry(
      String file,
      String kind,
      String title,
      String url,
      String publisher,
      String author,
      String date,
      List<String> references,
      String licence,
      String obtained) {

    /** The document id the page is imported under: its file name without the extension. */
    String docId() {
      return file.substring(0, file.lastIndexOf('.'));
    }

    Path path() {
      return DIR.resolve(file);
    }

    CorpusImporter.Metadata metadata() {
      return new CorpusImporter.Metadata(
          docId(),
          new Provenance(
              url,
              SourceKind.fromId(kind).orElse(null),
              publisher,
              blankToNull(author),
              title,
              PartialDate.parseOrNull(blankToNull(date)),
              references,
              List.of()),
          null,
          "Evaluation page. Licence: " + licence + ". Obtained: " + obtained + ".");
    }
  }

  /**
   * Where the answer to a question is: the document its {@code seed_file} names, as an id in an
   * index of the seed corpus and the pages, and the file holding its text.
   */
  record Answer(String docId, Path file) {}

  private EvalCorpus() {}

  /**
   * The answer's document for a {@code seed_file}: an evaluation page by its file name, or a seed
   * of the shipped corpus named as {@code ../shared/seeds} names it ({@code 004_….txt}), which the
   * corpus manifest records in that source's note ("Seed file 004_….txt").
   */
  static Answer answerOf(String seedFile) {
    Path page = DIR.resolve(seedFile);
    if (Files.isRegularFile(page)) {
      return new Answer(seedFile.substring(0, seedFile.lastIndexOf('.')), page);
    }
    Source seed =
        SourceManifest.load(TestArchive.CORPUS).sources().stream()
            .filter(s -> s.note() != null && s.note().contains("Seed file " + seedFile))
            .findFirst()
            .orElseThrow(() -> new AssertionError(seedFile + " is neither a page nor a seed"));
    return new Answer(seed.id(), TestArchive.CORPUS.resolve(seed.capture().snapshot()));
  }

  static List<Entry> entries() throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    List<Entry> entries = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(MANIFEST, StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(in)) {
        List<String> references =
            Arrays.stream(row.get("references").split(";"))
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .toList();
        entries.add(
            new Entry(
                row.get("file"),
                row.get("kind"),
                row.get("title"),
                row.get("url"),
                row.get("publisher"),
                row.get("author"),
                row.get("date"),
                references,
                row.get("licence"),
                row.get("obtained")));
      }
    }
    return entries;
  }

  static List<String> reservedUrls() throws IOException {
    return Files.readAllLines(RESERVED_URLS, StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  /**
   * A URL reduced to what names the page, so that spellings of one address compare equal: no
   * scheme, no {@code www.}, no trailing dot on the host or slash on the path, no fragment,
   * percent-escapes decoded, lower case. The query is kept; {@link #page} drops it too.
   */
  static String normalised(String url) {
    String text = url.strip();
    int fragment = text.indexOf('#');
    if (fragment >= 0) {
      text = text.substring(0, fragment);
    }
    // Decoded until stable, so that a twice-encoded address matches too; '+' is a literal in a
    // path.
    for (String before = null; !text.equals(before); ) {
      before = text;
      try {
        text = URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException notAnEscape) {
        break;
      }
    }
    text = text.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "");
    int slash = text.indexOf('/');
    String host = slash < 0 ? text : text.substring(0, slash);
    String rest = slash < 0 ? "" : text.substring(slash);
    host = host.replaceFirst("^www\\.", "").replaceFirst("\\.$", "");
    while (rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    return host + rest;
  }

  /** The normalised address without its query: the same page with tracking parameters added. */
  static String page(String url) {
    String normalised = normalised(url);
    int query = normalised.indexOf('?');
    String page = query < 0 ? normalised : normalised.substring(0, query);
    return page.endsWith("/") ? page.substring(0, page.length() - 1) : page;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
