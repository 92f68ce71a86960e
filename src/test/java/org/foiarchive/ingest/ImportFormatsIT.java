package org.foiarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Provenance;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.passage.Voice;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchHit;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.testing.CorpusFiles;
import org.foiarchive.testing.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} of every format people are sent replies in, each file made in the test: it is
 * stored byte for byte, extracted and found by its words; an e-mail's attachments become documents
 * of their own under it; a file already in the corpus is recognised by its SHA-256 and not added
 * twice.
 */
class ImportFormatsIT {
  @TempDir Path work;

  private final CorpusImporter importer = new CorpusImporter();

  private static CorpusImporter.Metadata reply(String title) {
    return new CorpusImporter.Metadata(
        null,
        new Provenance(
            null,
            SourceKind.FOI_RESPONSE,
            "Department for Work and Pensions",
            null,
            title,
            PartialDate.parse("2014-01-10"),
            List.of(),
            List.of()),
        null,
        null);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = work.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private static byte[] odt(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] mimetype =
          "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype"); // ODF: stored, uncompressed, first in the archive
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest="
                  + "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                  + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                  + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office="
                  + "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                  + " office:version=\"1.2\"><office:body><office:text><text:p>"
                  + text
                  + "</text:p></office:text></office:body></office:document-content>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static byte[] eml(byte[] pdf, byte[] docx) {
    String b = "----=_boundary_42";
    String mail =
        "From: DWP Central FoI Team <foi@example.invalid>\r\n"
            + "To: Alex Example <alex@example.invalid>\r\n"
            + "Subject: Your Freedom of Information request VTR 5150\r\n"
            + "Date: Fri, 10 Jan 2014 11:20:00 +0000\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\""
            + b
            + "\"\r\n\r\n"
            + "--"
            + b
            + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "Dear Alex Example,\r\n\r\nPlease find our reply to your request attached, with the guidance annex.\r\n\r\n"
            + "DWP Central FoI Team\r\n\r\n"
            + "--"
            + b
            + "\r\nContent-Type: application/pdf; name=\"5150 Response.pdf\"\r\n"
            + "Content-Disposition: attachment; filename=\"5150 Response.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + Base64.getMimeEncoder().encodeToString(pdf)
            + "\r\n"
            + "--"
            + b
            + "\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; "
            + "name=\"Annex B.docx\"\r\nContent-Disposition: attachment; filename=\"Annex B.docx\"\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\n"
            + Base64.getMimeEncoder().encodeToString(docx)
            + "\r\n"
            + "--"
            + b
            + "--\r\n";
    return mail.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyFormatIsImportedExtractedAndFound() throws Exception {
    Path corpus = work.resolve("corpus");
    CorpusFiles.withShippedTopics(corpus);
    byte[] attachedPdf =
        TestDocuments.pdf(
            List.of(
                "Our Ref: VTR 5150",
                "Kangaroo paragraph: advisers may not insist on screenshots."));
    byte[] attachedDocx =
        TestDocuments.docx("Annex B: wombat guidance on printed evidence of job search.");
    List<Path> files =
        List.of(
            write(
                "reply.pdf",
                TestDocuments.pdf(
                    List.of("Platypus reply: consent to account access is voluntary."))),
            write(
                "reply.docx",
                TestDocuments.docx(
                    "Echidna reply: claimants may keep their own job search records.")),
            write("reply.odt", odt("Quokka reply: a profile is not a public CV.")),
            write(
                "reply.rtf",
                "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard Numbat reply: cookies need not be accepted at home.\\par}"
                    .getBytes(StandardCharsets.US_ASCII)),
            write(
                "reply.html",
                "<!DOCTYPE html><html><head><title>Bilby reply</title></head><body><p>Bilby reply: the Jobcentre device is available to all claimants.</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8)),
            write(
                "reply.txt",
                "Dingo reply: a Jobseeker's Direction must be reasonable.\n"
                    .getBytes(StandardCharsets.UTF_8)),
            write("reply.eml", eml(attachedPdf, attachedDocx)));
    for (Path file : files) {
      CorpusImporter.Result result = importer.importFile(corpus, file, reply(null));
      assertThat(result.added()).as(file.toString()).isTrue();
      assertThat(Files.readAllBytes(corpus.resolve(result.source().capture().snapshot())))
          .isEqualTo(Files.readAllBytes(file));
    }
    List<Source> sources = Corpus.open(corpus).manifest().sources();
    Source mail =
        sources.stream()
            .filter(s -> "message/rfc822".equals(s.capture().contentType()))
            .findFirst()
            .orElseThrow();
    assertThat(sources)
        .filteredOn(s -> mail.id().equals(s.parent()))
        .extracting((Source s) -> s.provenance().title())
        .containsExactlyInAnyOrder("5150 Response", "Annex B");

    Path index = work.resolve("index");
    IngestReport report =
        new IngestPipeline(new ArchiveAnalyzers())
            .run(Corpus.open(corpus), new IndexLocation(index), IngestListener.SILENT);
    assertThat(report.failures()).isEmpty();
    try (LuceneArchiveSearcher searcher =
        new LuceneArchiveSearcher(
            new IndexLocation(index), new ArchiveAnalyzers(), new ReferenceRecognizer())) {
      for (String animal :
          List.of(
              "platypus", "echidna", "quokka", "numbat", "bilby", "dingo", "kangaroo", "wombat")) {
        List<SearchHit> hits = searcher.search(SearchRequest.of(animal, 5)).hits();
        assertThat(hits).as(animal).hasSize(1);
        assertThat(hits.getFirst().voice()).isEqualTo(Voice.OFFICIAL);
      }
      SearchHit body =
          searcher
              .search(SearchRequest.of("reply to your request attached guidance annex", 1))
              .hits()
              .getFirst();
      assertThat(body.docId()).isEqualTo(mail.id());
      assertThat(body.author()).contains("DWP Central FoI Team");
      assertThat(body.date().toString()).isEqualTo("2014-01-10");
      assertThat(body.text()).doesNotContain("Kangaroo");
      SearchHit attached = searcher.search(SearchRequest.of("kangaroo", 1)).hits().getFirst();
      assertThat(searcher.documentInfo(attached.docId()).orElseThrow().source().parent())
          .isEqualTo(mail.id());
      assertThat(attached.page()).isEqualTo(1);
    }
  }

  @Test
  void aFileAlreadyInTheCorpusIsNotAddedTwice() throws Exception {
    Path corpus = work.resolve("corpus");
    Path file = write("reply.pdf", TestDocuments.pdf(List.of("The same reply, twice.")));
    Path copy = write("copy of reply.pdf", Files.readAllBytes(file));
    CorpusImporter.Result first = importer.importFile(corpus, file, reply("Reply"));
    CorpusImporter.Result second = importer.importFile(corpus, copy, reply("Another title"));
    assertThat(second.added()).isFalse();
    assertThat(second.source().id()).isEqualTo(first.source().id());
    assertThat(Corpus.open(corpus).manifest().sources()).hasSize(1);
  }
}
