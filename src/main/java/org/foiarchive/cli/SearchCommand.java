package org.foiarchive.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.search.SearchResults;
import org.foiarchive.search.SearchResultsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code search}: prints ranked passages, or the API's JSON. */
@Command(name = "search", mixinStandardHelpOptions = true)
public final class SearchCommand implements Callable<Integer> {
  @Mixin ArchiveOptions archive;

  @Option(names = "--json")
  boolean json;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10")
  int limit;

  @Option(names = "--topic", paramLabel = "T")
  List<String> topics = new ArrayList<>();

  @Option(names = "--kind", paramLabel = "K", converter = OptionValues.Kind.class)
  List<String> kinds = new ArrayList<>();

  @Parameters(paramLabel = "QUERY", arity = "1..*", descriptionKey = "QUERY")
  List<String> query;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), CliMessages.get("cli.search.limit", SearchRequest.MAX_LIMIT));
    }
    PrintWriter out = spec.commandLine().getOut();
    try (LuceneArchiveSearcher searcher = Searchers.open(archive.index)) {
      SearchResults results =
          searcher.search(
              SearchRequest.builder(String.join(" ", query))
                  .topics(topics)
                  .kinds(kinds)
                  .limit(limit)
                  .build());
      if (json) {
        out.println(SearchResultsJson.write(results));
      } else {
        print(out, results);
      }
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, SearchResults results) {
    results.notices().forEach(n -> out.println(CliMessages.get("cli.note", n)));
    if (results.total() == 0) {
      out.println(
          results.suggestion() == null
              ? CliMessages.get("cli.search.none")
              : CliMessages.get("cli.search.none.suggestion", results.suggestion()));
      return;
    }
    out.println(CliMessages.get("cli.search.count", results.total(), results.tookMs()));
    out.println();
    int n = results.offset();
    for (SearchHit hit : results.hits()) {
      n++;
      StringBuilder who = new StringBuilder(hit.title());
      List<String> facts = new ArrayList<>();
      if (hit.voice() != null) {
        facts.add(hit.voice().id());
      }
      if (hit.author() != null) {
        facts.add(hit.author());
      }
      if (hit.date() != null) {
        facts.add(hit.date().toString());
      }
      if (hit.paragraph() != null) {
        facts.add(CliMessages.get("cli.search.paragraph", hit.paragraph()));
      }
      if (hit.page() != null) {
        facts.add(CliMessages.get("cli.search.page", hit.page()));
      }
      if (!hit.references().isEmpty()) {
        facts.add(String.join(", ", hit.references()));
      }
      out.printf("%d. %s%n   [%s]%n", n, who, String.join(" · ", facts));
      for (String line : wrap(hit.text(), 96)) {
        out.println("   " + line);
      }
      out.println(
          "   "
              + (hit.url() == null
                  ? CliMessages.get("cli.search.where", hit.passageId(), hit.permalink())
                  : CliMessages.get(
                      "cli.search.where.source", hit.passageId(), hit.permalink(), hit.url())));
      if (!hit.alsoIn().isEmpty()) {
        out.println(
            "   "
                + CliMessages.get(
                    "cli.search.also-in",
                    String.join(
                        ", ", hit.alsoIn().stream().map(SearchHit.Copy::passageId).toList())));
      }
      out.println();
    }
  }

  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        if (!line.isEmpty() && line.length() + word.length() + 1 > width) {
          lines.add(line.toString());
          line = new StringBuilder();
        }
        line.append(line.isEmpty() ? "" : " ").append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
