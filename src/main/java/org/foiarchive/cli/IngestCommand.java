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

/** {@code ingest}: rebuilds the index from the corpus, offline. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuilds the index from the corpus, offline, and prints counts.",
      "The new index replaces the old one only when it is complete; a source that cannot be read is",
      "reported with its reason and skipped; the exit status is then 1. Each file is read within limits",
      "(64 MB, 60 s, 512 MB of memory in a worker process); every source's outcome is written to",
      "ingest-report.json in the index folder.",
      "",
      "Example:",
      "  foiarchive ingest --corpus corpus --index index"
    })
public final class IngestCommand implements Callable<Integer> {
  @Mixin ArchiveOptions archive;

  @Option(names = "--quiet", description = "Print only the summary.")
  boolean quiet;

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
        new IngestPipeline(new ArchiveAnalyzers()).run(corpus, location, progress);
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
