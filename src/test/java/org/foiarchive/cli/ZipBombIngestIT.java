package org.foiarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.foiarchive.corpus.Snapshots;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.corpus.SourceManifest;
import org.foiarchive.extract.JavaCommand;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.ingest.IngestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A well-formed Word file whose text inflates a thousandfold, ingested by a real {@code foiarchive
 * ingest} in its own small JVM: the worker's limits pay for it, the ingest finishes with an index,
 * and the file is accounted for. The worker runs out of its own memory here; its JVM's last words
 * once reached the reply pipe and were read as a reply announcing gigabytes of text, which the
 * ingest tried to allocate.
 */
class ZipBombIngestIT {
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /**
   * The inflated size of word/document.xml: enough paragraphs to fill a small heap many times over.
   */
  private static final long INFLATED_BYTES = 400L * 1024 * 1024;

  @TempDir Path dir;

  /**
   * A DOCX with its content types and relationships, whose document.xml is one short paragraph
   * repeated.
   */
  static byte[] docxBomb(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      entry(
          zip,
          "[Content_Types].xml",
          """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
          </Types>""");
      entry(
          zip,
          "_rels/.rels",
          """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
          </Relationships>""");
      entry(
          zip,
          "word/_rels/document.xml.rels",
          """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>""");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                  + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
              .getBytes(StandardCharsets.UTF_8));
      byte[] paragraph =
          "<w:p><w:r><w:t>Claimants must keep a record of job search.</w:t></w:r></w:p>"
              .getBytes(StandardCharsets.UTF_8);
      byte[] block = new byte[paragraph.length * 1024];
      for (int i = 0; i < 1024; i++) {
        System.arraycopy(paragraph, 0, block, i * paragraph.length, paragraph.length);
      }
      for (long written = 0; written < INFLATED_BYTES; written += block.length) {
        zip.write(block);
      }
      zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return Files.readAllBytes(file);
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  @Test
  void aDocxZipBombCostsItsWorkerNotTheIngest() throws Exception {
    Path corpus = dir.resolve("corpus");
    Snapshots snapshots = new Snapshots(corpus);
    byte[] bomb = docxBomb(dir.resolve("bomb.docx"));
    assertThat(bomb.length).as("compressed size").isLessThan(2 * 1024 * 1024);
    Snapshots.Stored stored = snapshots.store(bomb, DOCX);
    byte[] reply =
        "Access to your Universal Jobmatch account is voluntary.\n"
            .getBytes(StandardCharsets.UTF_8);
    Snapshots.Stored good = snapshots.store(reply, "text/plain");
    SourceManifest.of(
            List.of(
                Source.of("docx-bomb", "https://example.org/bomb", SourceKind.GUIDANCE, "Bomb")
                    .withSnapshot(
                        stored.snapshot(),
                        stored.sha256(),
                        DOCX,
                        Instant.parse("2026-01-01T00:00:00Z")),
                Source.of(
                        "after-the-bomb",
                        "https://example.org/reply",
                        SourceKind.FOI_RESPONSE,
                        "Reply")
                    .withSnapshot(
                        good.snapshot(),
                        good.sha256(),
                        "text/plain",
                        Instant.parse("2026-01-01T00:00:00Z"))))
        .save(corpus);

    Path index = dir.resolve("index");
    Process ingest =
        new ProcessBuilder(
                JavaCommand.of(
                    "org.foiarchive.FoiArchiveApplication",
                    List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"),
                    List.of(
                        "ingest",
                        "--quiet",
                        "--corpus",
                        corpus.toString(),
                        "--index",
                        index.toString())))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("ingest.log").toFile())
            .start();
    assertThat(ingest.waitFor(10, TimeUnit.MINUTES)).as("ingest finished").isTrue();
    // A worker that runs out of its own memory says so on the shared stderr; the ingest must not.
    String log = Files.readString(dir.resolve("ingest.log"));
    assertThat(ingest.exitValue()).as(log).isIn(0, 1);
    assertThat(log).contains("2 sources").doesNotContain("\tat ");
    assertThat(new IndexLocation(index).current()).as(log).isPresent();
    String report = Files.readString(index.resolve(IngestReport.FILE));
    assertThat(report).contains("docx-bomb", "after-the-bomb");
  }
}
