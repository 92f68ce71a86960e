package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiarchive.testing.ArchiveServer.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.ingest.CorpusImporter;
import org.foiarchive.testing.RealWorldFiles;
import org.foiarchive.testing.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A scanned reply served by the archive: what OCR read is labelled on the result, the quote card,
 * the document page and the citation, and typed text beside it is not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScannedLetterWebIT {
  private static final String LABEL = "Text read by OCR; check against the scan";

  @TempDir static Path dir;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) throws IOException {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    Files.copy(Path.of("corpus", Corpus.TOPICS_FILE), corpus.resolve(Corpus.TOPICS_FILE));
    Path scan = dir.resolve("scanned-reply.pdf");
    Files.write(
        scan,
        RealWorldFiles.scannedPdf(
            List.of("Dear Mr Example,", "Your wallaby appeal was received.")));
    Path typed = dir.resolve("typed-reply.pdf");
    Files.write(typed, TestDocuments.pdf(List.of("Your quokka appeal was received.")));
    CorpusImporter importer = new CorpusImporter();
    for (Path file : List.of(scan, typed)) {
      importer.importFile(
          corpus,
          file,
          new CorpusImporter.Metadata(
              null,
              null,
              "foi-response",
              "Department for Work and Pensions",
              null,
              null,
              "2014-02-03",
              List.of(),
              List.of(),
              null,
              null));
    }
    registry.add("foiarchive.corpus", corpus::toString);
    registry.add("foiarchive.index", () -> dir.resolve("index").toString());
  }

  @Test
  void whatOcrReadIsLabelledWhereverItIsShownOrCited() throws Exception {
    assertThat(get(port, "/search?q=wallaby", "text/html").body()).contains(LABEL);
    assertThat(get(port, "/p/scanned-reply-p1", "text/html").body())
        .contains("wallaby appeal", LABEL);
    assertThat(get(port, "/doc/scanned-reply", "text/html").body()).contains(LABEL);
    assertThat(get(port, "/cite/scanned-reply-p1?format=text", "text/plain").body())
        .contains("p 1 (text read by OCR; check against the scan)");
    assertThat(get(port, "/cite/scanned-reply-p1?format=csl-json", "application/json").body())
        .contains("text read by OCR");
  }

  @Test
  void typedTextCarriesNoOcrLabel() throws Exception {
    assertThat(get(port, "/search?q=quokka", "text/html").body())
        .contains("quokka")
        .doesNotContain(LABEL);
    assertThat(get(port, "/p/typed-reply-p1", "text/html").body()).doesNotContain(LABEL);
  }
}
