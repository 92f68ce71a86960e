package org.foiarchive.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.foiarchive.cite.BundlePdf;
import org.foiarchive.cite.Citation;
import org.foiarchive.cite.EvidenceBundle;
import org.foiarchive.cite.EvidenceBundles;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.search.LuceneArchiveSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bundle}: writes an evidence bundle PDF of the given passages, as {@code /bundle.pdf} does.
 */
@Command(name = "bundle", mixinStandardHelpOptions = true)
public final class BundleCommand implements Callable<Integer> {
  @Mixin ArchiveOptions archive;

  @Option(names = "--out", required = true, paramLabel = "FILE.pdf")
  Path out;

  @Option(names = "--title", paramLabel = "TEXT")
  String title;

  @Option(names = "--sources")
  boolean sources;

  @Option(names = "--site-url", paramLabel = "URL", defaultValue = "http://localhost:8080")
  String siteUrl;

  @Parameters(paramLabel = "PASSAGE_ID", arity = "1..*", descriptionKey = "PASSAGE_ID")
  List<String> passageIds;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<String> ids = EvidenceBundles.distinct(passageIds);
    if (ids.size() > EvidenceBundle.MAX_EXTRACTS) {
      throw new ParameterException(
          spec.commandLine(),
          CliMessages.get("cli.bundle.too-many", EvidenceBundle.MAX_EXTRACTS, ids.size()));
    }
    if (!siteUrl.matches("https?://\\S+")) {
      throw new ParameterException(
          spec.commandLine(), CliMessages.get("cli.bundle.site-url", siteUrl));
    }
    PrintWriter stdout = spec.commandLine().getOut();
    Corpus corpus = Corpus.open(archive.corpus);
    EvidenceBundle bundle;
    try (LuceneArchiveSearcher searcher = Searchers.open(archive.index)) {
      bundle =
          new EvidenceBundles(searcher, corpus.snapshots())
              .assemble(ids, sources, title, siteUrl, LocalDate.now(Citation.UK));
    }
    int pages = write(bundle, out);
    stdout.println(
        bundle.sources().isEmpty()
            ? CliMessages.get("cli.bundle.wrote", out, pages, bundle.extracts().size())
            : CliMessages.get(
                "cli.bundle.wrote.sources",
                out,
                pages,
                bundle.extracts().size(),
                bundle.sources().size()));
    stdout.flush();
    return 0;
  }

  /**
   * Writes beside the target and moves into place, so an interrupted run never leaves half a PDF.
   */
  private static int write(EvidenceBundle bundle, Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    // Not createTempFile: its owner-only permissions would stay on the finished PDF.
    Path temp = dir.resolve(".bundle-" + UUID.randomUUID() + ".part");
    try {
      try (OutputStream stream =
          Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        BundlePdf.write(bundle, stream);
      }
      int pages;
      try (PDDocument written = Loader.loadPDF(temp.toFile())) {
        pages = written.getNumberOfPages();
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      return pages;
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
