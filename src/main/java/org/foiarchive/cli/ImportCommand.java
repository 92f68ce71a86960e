package org.foiarchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.foiarchive.corpus.CorpusException;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Provenance;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.ingest.CorpusImporter;
import org.foiarchive.ingest.ImportSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import}: adds local files to the corpus with their provenance. */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "FILE")
  List<Path> files = new ArrayList<>();

  @Option(names = "--sheet", paramLabel = "FILE.csv")
  Path sheet;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus")
  Path corpus;

  @Option(names = "--url", paramLabel = "U", converter = OptionValues.WebUrl.class)
  String url;

  @Option(names = "--kind", paramLabel = "K", converter = OptionValues.Kind.class)
  String kind;

  @Option(names = "--publisher", paramLabel = "P")
  String publisher;

  @Option(names = "--author", paramLabel = "A")
  String author;

  @Option(names = "--title", paramLabel = "T")
  String title;

  @Option(names = "--date", paramLabel = "D")
  String date;

  @Option(names = "--reference", paramLabel = "R")
  List<String> references = new ArrayList<>();

  @Option(names = "--topic", paramLabel = "T")
  List<String> topics = new ArrayList<>();

  @Option(names = "--id", paramLabel = "ID")
  String id;

  @Option(names = "--parent", paramLabel = "ID")
  String parent;

  @Option(names = "--note", paramLabel = "TEXT")
  String note;

  @Option(names = "--follow-symlinks")
  boolean followSymlinks;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (sheet != null) {
      if (!files.isEmpty()) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), CliMessages.get("cli.import.files-and-sheet"));
      }
      return importSheet();
    }
    if (files.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), CliMessages.get("cli.import.no-files"));
    }
    if (files.size() > 1 && (id != null || title != null)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), CliMessages.get("cli.import.one-file"));
    }
    Provenance provenance = provenance();
    PrintWriter out = spec.commandLine().getOut();
    try (CorpusImporter importer = new CorpusImporter(followSymlinks)) {
      for (Path file : files) {
        CorpusImporter.Result result =
            importer.importFile(
                corpus, file, new CorpusImporter.Metadata(id, provenance, parent, note));
        print(out, result, "");
        for (CorpusImporter.Result attachment : result.attachments()) {
          print(out, attachment, CliMessages.get("cli.import.attachment"));
        }
      }
    }
    out.flush();
    return 0;
  }

  /** What the options say about the files; a date that is not ISO 8601 is bad usage. */
  private Provenance provenance() {
    PartialDate published;
    try {
      published = PartialDate.parseOrNull(date);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    SourceKind typed = kind == null ? null : SourceKind.of(kind);
    return new Provenance(url, typed, publisher, author, title, published, references, topics);
  }

  /**
   * Every good row imported (each file atomically), bad rows reported by number; exit 1 if any was
   * bad.
   */
  private int importSheet() throws Exception {
    if (!java.nio.file.Files.isRegularFile(sheet)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), CliMessages.get("cli.import.sheet.unreadable", sheet));
    }
    ImportSheet.Rows rows;
    try {
      rows = ImportSheet.read(sheet);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!rows.ignoredColumns().isEmpty()) {
      err.println(
          CliMessages.get(
              "cli.note",
              CliMessages.get(
                  "cli.import.sheet.ignored-columns",
                  String.join(", ", rows.ignoredColumns()),
                  String.join(",", ImportSheet.COLUMNS))));
      err.flush();
    }
    List<String> skipped = new ArrayList<>();
    rows.bad()
        .forEach(b -> skipped.add(CliMessages.get("cli.import.sheet.row", b.number(), b.reason())));
    int added = 0;
    int known = 0;
    int attachments = 0;
    // A bar with the time left on a terminal; a line a file, with the time left, otherwise.
    Progress progress = Progress.onStandardOutput(out, "files");
    progress.addToTotal(rows.rows().size());
    try (CorpusImporter importer = new CorpusImporter()) {
      for (ImportSheet.Row row : rows.rows()) {
        try {
          CorpusImporter.Result result = importer.importFile(corpus, row.file(), row.metadata());
          progress.done(describe(result, ""));
          for (CorpusImporter.Result attachment : result.attachments()) {
            progress.message(describe(attachment, CliMessages.get("cli.import.attachment")));
          }
          added += result.added() ? 1 : 0;
          known += result.added() ? 0 : 1;
          attachments += result.attachments().size();
        } catch (CorpusException | IOException e) {
          skipped.add(CliMessages.get("cli.import.sheet.row", row.number(), e.getMessage()));
          progress.done(CliMessages.get("cli.import.sheet.row.skipped", row.number()));
        }
      }
    }
    progress.finish();
    for (String line : skipped) {
      err.println(line);
    }
    err.flush();
    out.println(
        CliMessages.get(
            "cli.import.sheet.summary",
            rows.rows().size() + rows.bad().size(),
            added,
            attachments,
            known,
            skipped.size()));
    out.flush();
    return skipped.isEmpty() ? 0 : 1;
  }

  private static void print(PrintWriter out, CorpusImporter.Result result, String prefix) {
    out.println(describe(result, prefix));
  }

  /** What the manifest now says that the letter gave: the user sees it and can correct it. */
  private static String fromLetter(Source source) {
    Provenance facts = source.provenance();
    List<String> said = new ArrayList<>();
    said.add(facts.kind().id());
    said.add("'" + facts.title() + "'");
    if (facts.publisher() != null) {
      said.add(facts.publisher());
    }
    if (facts.author() != null) {
      said.add(CliMessages.get("cli.import.letter.signed", facts.author()));
    }
    if (facts.date() != null) {
      said.add(facts.date().toString());
    }
    facts.references().forEach(r -> said.add(CliMessages.get("cli.import.letter.ref", r)));
    return CliMessages.get("cli.import.letter", String.join(", ", said));
  }

  private static String describe(CorpusImporter.Result result, String prefix) {
    String name = result.file().getFileName().toString();
    if (result.added()) {
      String added =
          CliMessages.get(
              "cli.import.added",
              prefix,
              prefix.isEmpty() ? result.file() : name,
              result.source().id(),
              result.source().capture().contentType(),
              result.source().capture().snapshot());
      return result.letter() == null ? added : added + "\n" + fromLetter(result.source());
    }
    return CliMessages.get(
        "cli.import.known", prefix, prefix.isEmpty() ? result.file() : name, result.source().id());
  }
}
