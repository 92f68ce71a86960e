package org.foiarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.foiarchive.cite.Citations;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code foiarchive bundle} as a user runs it: the PDF it writes, and its errors. */
class BundleCommandIT {
  /** Before the writer, for official wording they reproduce: the body whose words it is. */
  private static final String QUOTED_BY = "(?:[A-Z][^,]+, quoted by )?";

  private static String passage(String query) throws Exception {
    try (var searcher = Searchers.open(archive().index)) {
      return searcher.search(SearchRequest.of(query, 1)).hits().getFirst().passageId();
    }
  }

  private static String writerOf(String passageId) throws Exception {
    try (var searcher = Searchers.open(archive().index)) {
      return new Citations(searcher).of(passageId, "", LocalDate.now()).orElseThrow().writer();
    }
  }

  private static ArchiveOptions archive() {
    ArchiveOptions options = new ArchiveOptions();
    options.index = TestArchive.index();
    options.corpus = TestArchive.CORPUS;
    return options;
  }

  private static CommandLineIT.Run bundle(String... args) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "bundle",
                "--index",
                TestArchive.index().toString(),
                "--corpus",
                TestArchive.CORPUS.toString()));
    all.addAll(List.of(args));
    return CommandLineIT.run(all.toArray(String[]::new));
  }

  @Test
  void writesABundleOfThePassagesInTheOrderGiven(@TempDir Path dir) throws Exception {
    String a = passage("\"bogus employers\"");
    String b = passage("\"they can be mandated to create a profile and public CV\"");
    Path out = dir.resolve("nested/appeal.pdf");
    CommandLineIT.Run run =
        bundle(
            "--out",
            out.toString(),
            "--title",
            "Appeal SC200/12/00528",
            "--site-url",
            "https://archive.example",
            b,
            a);

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("Wrote ", "appeal.pdf: 4 pages, 2 extracts");
    try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(4);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(pdf);
      assertThat(text)
          .contains("Appeal SC200/12/00528", "Page 4 of 4")
          .containsPattern("(?m)^1 " + QUOTED_BY + Pattern.quote(writerOf(b) + ", ‘"))
          .containsPattern("(?m)para 51 3$")
          .containsPattern("(?m)^2 " + QUOTED_BY + Pattern.quote(writerOf(a) + ", ‘"))
          .contains("https://archive.example/p/" + a);
    }
    try (var files = Files.list(out.getParent())) {
      assertThat(files.toList()).containsExactly(out);
    }
  }

  @Test
  void anUnknownPassageFailsWithOneLineAndWritesNothing(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("bundle.pdf");
    CommandLineIT.Run run =
        bundle("--out", out.toString(), passage("\"bogus employers\""), "no-such-doc-p7");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().strip())
        .isEqualTo("foiarchive bundle: no passage no-such-doc-p7 in the archive");
    assertThat(out).doesNotExist();
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(bundle("some-doc-p1").status()).isEqualTo(2);
    assertThat(bundle("--out", "x.pdf").status()).isEqualTo(2);
    assertThat(bundle("--out", "x.pdf", "--site-url", "ftp://x", "some-doc-p1").status())
        .isEqualTo(2);
    CommandLineIT.Run help = CommandLineIT.run("bundle", "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("Usage: foiarchive bundle", "Example");
  }
}
