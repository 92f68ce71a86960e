package org.foiarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.Source;
import org.foiarchive.testing.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --sheet}: many files in one call, each with its own facts; bad rows named and
 * skipped.
 */
class ImportSheetIT {
  @TempDir Path work;

  @Test
  void goodRowsAreImportedWithTheirFactsAndBadRowsAreReportedByNumber() throws Exception {
    Files.write(work.resolve("reply.pdf"), TestDocuments.pdf(List.of("Reply to FOI 2437.")));
    Files.write(work.resolve("annex.docx"), TestDocuments.docx("Annex to the reply."));
    Files.writeString(work.resolve("note.txt"), "A note, with a comma.\n");
    Path sheet = work.resolve("replies.csv");
    Files.writeString(
        sheet,
        String.join(
                "\n",
                "file,kind,title,url,publisher,author,date,references,topics",
                "reply.pdf,foi-response,\"Reply to FOI 2437, part 1\",https://www.whatdotheyknow.com/request/example,"
                    + "Department for Work and Pensions,,2013-06-12,FOI 2437; VTR 2437,consent",
                "missing.pdf,foi-response,Missing,,,,,,",
                "annex.docx,guidance,Annex,,Department for Work and Pensions,,12/06/2013,,",
                "annex.docx,leaflet,Annex,,,,,,",
                "note.txt,,,,,Alex Example,2014,,")
            + "\n",
        StandardCharsets.UTF_8);
    Path corpus = work.resolve("corpus");

    CommandLineIT.Run run =
        CommandLineIT.run("import", "--sheet", sheet.toString(), "--corpus", corpus.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .contains("row 3: missing.pdf is not a readable file")
        .contains("row 4: the date '12/06/2013' is not ISO 8601")
        .contains("row 5: unknown kind 'leaflet'")
        .doesNotContain("\tat ");
    assertThat(run.out())
        .contains("[1/2] added", "[2/2] added")
        .contains(
            "5 rows: 2 files added (and 0 attachments), 0 already in the corpus, 3 rows skipped");
    List<Source> sources = Corpus.open(corpus).manifest().sources();
    assertThat(sources).hasSize(2);
    Source reply =
        sources.stream()
            .filter(s -> s.provenance().title().startsWith("Reply"))
            .findFirst()
            .orElseThrow();
    assertThat(reply.provenance().title()).isEqualTo("Reply to FOI 2437, part 1");
    assertThat(reply.provenance().kind().id()).isEqualTo("foi-response");
    assertThat(reply.provenance().publisher()).isEqualTo("Department for Work and Pensions");
    assertThat(reply.provenance().date().toString()).isEqualTo("2013-06-12");
    assertThat(reply.provenance().references()).containsExactly("FOI 2437", "VTR 2437");
    assertThat(reply.provenance().topics()).containsExactly("consent");
    assertThat(reply.provenance().url())
        .isEqualTo("https://www.whatdotheyknow.com/request/example");
    Source note =
        sources.stream()
            .filter(s -> s.provenance().title().equals("note"))
            .findFirst()
            .orElseThrow();
    assertThat(note.provenance().author()).isEqualTo("Alex Example");
    assertThat(note.provenance().date().toString()).isEqualTo("2014");

    // Run again: nothing is added twice, and a clean sheet exits 0.
    Path again = work.resolve("again.csv");
    Files.writeString(again, "file\nreply.pdf\n", StandardCharsets.UTF_8);
    CommandLineIT.Run second =
        CommandLineIT.run("import", "--sheet", again.toString(), "--corpus", corpus.toString());
    assertThat(second.status()).isZero();
    assertThat(second.out())
        .contains("already in the corpus", "1 rows: 0 files added (and 0 attachments), 1 already");
  }

  @Test
  void columnsBesideOursAreNamedOnceAndIgnoredSoTheEvalCorpusSheetImportsAsItIs() throws Exception {
    Path sheet = Path.of("src", "test", "resources", "eval", "corpus", "sources.csv");
    long rows = Files.readAllLines(sheet).stream().skip(1).filter(l -> !l.isBlank()).count();
    Path corpus = work.resolve("corpus");

    CommandLineIT.Run run =
        CommandLineIT.run("import", "--sheet", sheet.toString(), "--corpus", corpus.toString());

    assertThat(run.status()).isZero();
    assertThat(run.err().lines())
        .containsExactly(
            "Note: columns ignored: licence, obtained (the columns read are"
                + " file,kind,title,url,publisher,author,date,references,topics)");
    assertThat(run.out()).contains(rows + " rows: " + rows + " files added");
    List<Source> sources = Corpus.open(corpus).manifest().sources();
    assertThat(sources).hasSize((int) rows);
    Source first = sources.getFirst();
    assertThat(first.provenance().kind().id()).isEqualTo("guidance");
    assertThat(first.provenance().publisher()).isEqualTo("Department for Work and Pensions");
    assertThat(first.note()).isNull();
  }

  @Test
  void aSheetWithoutAFileColumnOrWithFilesBesideItIsAUsageError() throws Exception {
    Path sheet = work.resolve("bad.csv");
    Files.writeString(sheet, "name,kind\nreply.pdf,foi-response\n", StandardCharsets.UTF_8);
    CommandLineIT.Run run =
        CommandLineIT.run(
            "import", "--sheet", sheet.toString(), "--corpus", work.resolve("c").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("has no 'file' column").doesNotContain("\tat ");
    assertThat(CommandLineIT.run("import", "--corpus", work.resolve("c").toString()).status())
        .isEqualTo(2);
    assertThat(CommandLineIT.run("import", "--sheet", sheet.toString(), "x.pdf").status())
        .isEqualTo(2);
  }
}
