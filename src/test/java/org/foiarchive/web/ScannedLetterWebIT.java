package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Provenance;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.ingest.CorpusImporter;
import org.foiarchive.testing.CorpusFiles;
import org.foiarchive.testing.RealWorldFiles;
import org.foiarchive.testing.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A scanned reply served by the archive: what OCR read is labelled on the result, the quote card,
 * the document page and the citation, and typed text beside it is not. Only the controllers and
 * their pages are checked: a slice, no server.
 */
@WebMvcTest({
  SearchController.class,
  PassageController.class,
  DocumentController.class,
  CitationController.class
})
@PageSlice
class ScannedLetterWebIT {
  private static final String LABEL = "Text read by OCR; check against the scan";

  @TempDir static Path dir;

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) throws IOException {
    Path corpus = dir.resolve("corpus");
    CorpusFiles.withShippedTopics(corpus);
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
              new Provenance(
                  null,
                  SourceKind.FOI_RESPONSE,
                  "Department for Work and Pensions",
                  null,
                  null,
                  PartialDate.parse("2014-02-03"),
                  List.of(),
                  List.of()),
              null,
              null));
    }
    registry.add("foiarchive.corpus", corpus::toString);
    registry.add("foiarchive.index", () -> dir.resolve("index").toString());
  }

  private String body(String path, String accept) throws Exception {
    return PageSlice.Pages.body(mvc, path, accept);
  }

  @Test
  void whatOcrReadIsLabelledWhereverItIsShownOrCited() throws Exception {
    assertThat(body("/search?q=wallaby", "text/html")).contains(LABEL);
    assertThat(body("/p/scanned-reply-p1", "text/html")).contains("wallaby appeal", LABEL);
    assertThat(body("/doc/scanned-reply", "text/html")).contains(LABEL);
    assertThat(body("/cite/scanned-reply-p1?format=text", "text/plain"))
        .contains("p 1 (text read by OCR; check against the scan)");
    assertThat(body("/cite/scanned-reply-p1?format=csl-json", "application/json"))
        .contains("text read by OCR");
  }

  @Test
  void typedTextCarriesNoOcrLabel() throws Exception {
    assertThat(body("/search?q=quokka", "text/html")).contains("quokka").doesNotContain(LABEL);
    assertThat(body("/p/typed-reply-p1", "text/html")).doesNotContain(LABEL);
  }
}
