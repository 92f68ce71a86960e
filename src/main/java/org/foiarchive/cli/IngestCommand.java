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
@Command(name = "ingest", mixinStandardHelpOptions = true)
public final class IngestCommand implements Callable<Integer> {
  @Mixin ArchiveOptions archive;

  @Option(names = "--quiet")
  boolean quiet;

  @Option(names = "--rebuild")
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
    IndexLocation location = new IndexLocation(archive.index);
    IngestReport report =
        new IngestPipeline(new ArchiveAnalyzers())
            .run(
                corpus,
                location,
                quiet ? IngestListener.SILENT : progress(bar, out),
                rebuild ? IngestPipeline.Mode.REBUILD : IngestPipeline.Mode.UPDATE);
    bar.finish();
    printSummary(report, location, out);
    return report.failures().isEmpty() ? 0 : 1;
  }

  /** Each source on the progress bar as it is indexed or fails; a warning as a line of its own. */
  private static IngestListener progress(Progress bar, PrintWriter out) {
    return new IngestListener() {
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
  }

  /** The counts, then each source not indexed and each indexed with a warning, with its reason. */
  private static void printSummary(IngestReport report, IndexLocation location, PrintWriter out) {
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
  }
}
