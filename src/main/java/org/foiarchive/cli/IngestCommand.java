package org.foiarchive.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.CorpusException;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.ingest.IngestListener;
import org.foiarchive.ingest.IngestPipeline;
import org.foiarchive.ingest.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ingest}: brings the index up to date with the corpus, offline. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Brings the index up to date with the corpus, offline, and prints counts.",
      "Only new, changed and removed sources are redone, in a copy of the index; text already read",
      "from a snapshot comes from the extraction cache (index/extracted). The whole index is rebuilt",
      "when there is none, when the index format, analysis, topics or extractor changed, or with",
      "--rebuild. With nothing changed it says so and leaves the index as it is.",
      "The new index replaces the old one only when it is complete; a source that cannot be read is",
      "reported with its reason and skipped; the exit status is then 1. Each file is read within limits",
      "(64 MB, 60 s, 512 MB of memory in a worker process); every source's outcome is written to",
      "ingest-report.json in the index folder.",
      "",
      "Example:",
      "  foiarchive ingest --corpus corpus --index index",
      "  foiarchive ingest --rebuild"
    })
public final class IngestCommand implements Callable<Integer> {
  @Mixin ArchiveOptions archive;

  @Option(names = "--quiet", description = "Print only the summary.")
  boolean quiet;

  @Option(
      names = "--rebuild",
      description =
          "Build the whole index again instead of updating what changed (extracted text still"
              + " comes from the cache).")
  boolean rebuild;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(archive.corpus)) {
      // An ingest of nothing would replace a good index with an empty one.
      throw new CorpusException(
          CliMessages.get("cli.ingest.no-corpus", archive.corpus.toAbsolutePath()));
    }
    Corpus corpus = Corpus.open(archive.corpus);
    Progress bar = Progress.onStandardOutput(out, "sources");
    IngestListener progress =
        quiet
            ? IngestListener.SILENT
            : new IngestListener() {
              @Override
              public void starting(int sources) {
                bar.addToTotal(sources);
              }

              @Override
              public void indexed(String sourceId, int passages) {
                bar.done(String.format("indexed %-60s %5d passages", sourceId, passages));
              }

              @Override
              public void failed(String sourceId, String reason) {
                bar.message(String.format("  FAILED  %-60s %s", sourceId, reason));
                bar.done("failed  " + sourceId);
              }

              @Override
              public void warned(String sourceId, String reason) {
                synchronized (out) {
                  out.printf("  WARNING %-60s %s%n", sourceId, reason);
                  out.flush();
                }
              }
            };
    IndexLocation location = new IndexLocation(archive.index);
    IngestReport report =
        new IngestPipeline(new ArchiveAnalyzers())
            .run(
                corpus,
                location,
                progress,
                rebuild ? IngestPipeline.Mode.REBUILD : IngestPipeline.Mode.UPDATE);
    bar.finish();
    out.println(report.summary());
    if (!report.failures().isEmpty()) {
      out.println(CliMessages.get("cli.ingest.not-indexed"));
      report.failures().forEach(f -> out.printf("  %-60s %s%n", f.sourceId(), f.reason()));
    }
    if (!report.warnings().isEmpty()) {
      out.println(CliMessages.get("cli.ingest.warned"));
      report.warnings().forEach(w -> out.printf("  %-60s %s%n", w.sourceId(), w.reason()));
    }
    out.println(CliMessages.get("cli.ingest.report", location.root().resolve(IngestReport.FILE)));
    return report.failures().isEmpty() ? 0 : 1;
  }
}
