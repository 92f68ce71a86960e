package org.foiarchive.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.foiarchive.corpus.PartialDate;
import org.foiarchive.corpus.Sha256;
import org.foiarchive.corpus.Snapshots;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.corpus.SourceManifest;
import org.foiarchive.extract.RunawayParsers;

/**
 * A corpus of hostile and awkward files, made here byte by byte (PDFs with PDFBox, Office files
 * with POI, the rest by hand), each a manifest entry: what an archive of public-body replies really
 * receives. The 500 MB file is sparse, so it costs no disk and no time to make.
 */
public final class HostileCorpus {
  /** Words the readable files carry, so a search can show they were extracted. */
  public static final String PDF_TEXT = "Access to your Universal Jobmatch account is voluntary";

  public static final String WINDOWS_1252_TEXT =
      "A hardship payment of £73.10 – the claimant’s “consent” was not sought";
  public static final String WINDOWS_1252_PLAIN_TEXT =
      "Jobseeker’s Allowance of £73.10 – paid after “signing on”";
  public static final String SCRIPT_DOCUMENT_WORDS = "sanctioned claimants scriptdefence";
  public static final String NESTED_MAIL_WORDS = "innermostreply";
  public static final String CONTROL_CHARACTER_WORDS = "controlcharacters";

  private final Path dir;
  private final Snapshots snapshots;
  private final List<Source> sources = new ArrayList<>();
  private final Map<String, String> expectations = new LinkedHashMap<>();

  private HostileCorpus(Path dir) {
    this.dir = dir;
    this.snapshots = new Snapshots(dir);
  }

  /**
   * What each entry should come to: "indexed", "failed" (for any reason), a fragment of the failure
   * reason, or "*" (either, as long as it is accounted for: a damaged PDF may still give some
   * text).
   */
  public Map<String, String> expectations() {
    return expectations;
  }

  public static HostileCorpus write(Path dir) throws IOException {
    HostileCorpus c = new HostileCorpus(dir);
    byte[] pdf = pdf(PDF_TEXT, null);
    c.add(
        "plain-reply",
        "text/plain",
        "Our Ref: FOI 4242\n\nThe claimant commitment is agreed with the adviser.\n"
            .getBytes(StandardCharsets.UTF_8),
        "indexed");
    c.add("good-pdf", "application/pdf", pdf, "indexed");
    byte[] corrupt = pdf.clone();
    for (int i = corrupt.length / 4; i < corrupt.length; i += 3) {
      corrupt[i] = (byte) (i * 31);
    }
    c.add("corrupt-pdf", "application/pdf", corrupt, "*");
    c.add("truncated-pdf", "application/pdf", Arrays.copyOf(pdf, pdf.length / 2), "*");
    c.add(
        "encrypted-pdf",
        "application/pdf",
        pdf(PDF_TEXT, "secret"),
        "encrypted or password-protected");
    c.add("owner-locked-pdf", "application/pdf", pdf(PDF_TEXT, ""), "indexed");
    byte[] junk = new byte[64 * 1024];
    new Random(42).nextBytes(junk);
    c.add("junk-named-pdf", "application/pdf", junk, "could not be read");
    c.add(
        "docx-zip-bomb",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        bomb(docx(), "word/document.xml"),
        "failed");
    // Read by a streaming parser, the bomb is cut at the worker's limit of characters: indexed with
    // a warning that says so (HostileFilesIT), the worker paying for it and never the ingest.
    c.add(
        "xlsx-zip-bomb",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        bomb(xlsx(), "xl/worksheets/sheet1.xml"),
        "indexed");
    c.add("nested-mail", "message/rfc822", nestedMail(40).getBytes(StandardCharsets.UTF_8), "*");
    c.add(
        "windows-1252-html",
        "text/html",
        ("<html><head><title>Hardship</title></head><body><p>"
                + WINDOWS_1252_TEXT
                + "</p></body></html>")
            .getBytes(Charset.forName("windows-1252")),
        "indexed");
    c.add(
        "no-charset-html",
        "text/html",
        ("<html><body><p>Déjà vu: the adviser’s note says "
                + "the account is voluntary.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8),
        "indexed");
    c.addScriptDocuments();
    c.add(
        "memory-hog",
        RunawayParsers.HOGGING,
        new byte[] {7, 6, 5, 4, 3, 2, 1, 0},
        "more memory than");
    c.add("empty-file", "application/pdf", new byte[0], "empty");
    c.addHuge("huge-scan", "application/pdf", 500L * 1024 * 1024, "500 MB, larger than");
    c.add(
        "after-the-hostile-ones",
        "text/plain",
        "Yours sincerely,\n\nDWP Central FoI Team\n\nThe last file is read too.\n"
            .getBytes(StandardCharsets.UTF_8),
        "indexed");
    SourceManifest.of(c.sources).save(dir);
    return c;
  }

  /**
   * A parse that never ends, then a plain file after it: the time limit is tested on its own, so
   * that a slow machine cannot make another hostile file trip it first.
   */
  public static HostileCorpus writeRunawayParse(Path dir) throws IOException {
    HostileCorpus c = new HostileCorpus(dir);
    c.add(
        "runaway-parse",
        RunawayParsers.LOOPING,
        new byte[] {0, 1, 2, 3, 4, 5, 6, 7},
        "took longer than");
    c.add(
        "after-the-runaway",
        "text/plain",
        "The file after the runaway parse is read too.\n".getBytes(StandardCharsets.UTF_8),
        "indexed");
    SourceManifest.of(c.sources).save(dir);
    return c;
  }

  /** Only the documents that carry scripts and event handlers, for the web tests. */
  public static HostileCorpus writeScriptDocuments(Path dir) throws IOException {
    HostileCorpus c = new HostileCorpus(dir);
    c.addScriptDocuments();
    SourceManifest.of(c.sources).save(dir);
    return c;
  }

  private void addScriptDocuments() throws IOException {
    HostileCorpus c = this;
    c.add(
        "script-html",
        "text/html",
        ("<html><head><script>window.pwned = 1;</script></head>"
                + "<body onload=\"window.pwned = 2\"><p onclick=\"alert(1)\">Guidance for "
                + SCRIPT_DOCUMENT_WORDS
                + " &lt;script&gt;window.pwned = 3&lt;/script&gt; &lt;img src=x onerror=\"window.pwned = 4\"&gt;</p>"
                + "<iframe src=\"javascript:alert(5)\"></iframe><a href=\"javascript:alert(6)\">link</a></body></html>")
            .getBytes(StandardCharsets.UTF_8),
        "indexed");
    c.add(
        "script-text",
        "text/plain",
        ("Note on "
                + SCRIPT_DOCUMENT_WORDS
                + ": <script>window.pwned = 7</script>"
                + " <img src=x onerror=\"window.pwned = 8\"> \"><svg onload=alert(9)>\n")
            .getBytes(StandardCharsets.UTF_8),
        "indexed");
    // A manifest edited by hand: an address that would run script if it became a link.
    c.add(
        "script-url",
        "javascript:window.pwned=10",
        "text/plain",
        ("Note on " + SCRIPT_DOCUMENT_WORDS + " whose original address is a script\n")
            .getBytes(StandardCharsets.UTF_8),
        "indexed");
    // Characters XML cannot carry, as a badly exported file has them: NUL, SOH, a vertical tab, a
    // form feed and an escape.
    c.add(
        "control-text",
        "text/plain",
        ("Guidance on "
                + CONTROL_CHARACTER_WORDS
                + ":\u0000 the claimant\u0001 was told\u000B to apply\u000C online\u001B today.\n")
            .getBytes(StandardCharsets.UTF_8),
        "indexed");
    c.add(
        "windows-1252-text",
        "text/plain",
        (WINDOWS_1252_PLAIN_TEXT + "\n").getBytes(Charset.forName("windows-1252")),
        "indexed");
  }

  private void add(String id, String contentType, byte[] bytes, String expectation)
      throws IOException {
    add(id, "https://example.org/hostile/" + id, contentType, bytes, expectation);
  }

  private void add(String id, String url, String contentType, byte[] bytes, String expectation)
      throws IOException {
    Snapshots.Stored stored = snapshots.store(bytes, contentType);
    sources.add(
        Source.of(id, url, SourceKind.FOI_RESPONSE, "Hostile file " + id)
            .withSnapshot(
                stored.snapshot(),
                stored.sha256(),
                contentType,
                Instant.parse("2026-01-01T00:00:00Z"))
            .withMetadata(
                "Department for Work and Pensions",
                null,
                PartialDate.parse("2015-03-02"),
                List.of(),
                List.of(),
                null,
                null));
    expectations.put(id, expectation);
  }

  /**
   * A file of the given size that takes no disk: a hole the file system fills with zeros on read.
   */
  private void addHuge(String id, String contentType, long size, String expectation)
      throws IOException {
    Path file = dir.resolve(Snapshots.FOLDER).resolve(id + ".pdf");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(size);
    }
    // The checksum is never reached: the size decides first. It is the SHA-256 of nothing.
    sources.add(
        Source.of(
                id,
                "https://example.org/hostile/" + id,
                SourceKind.FOI_RESPONSE,
                "Hostile file " + id)
            .withSnapshot(
                Snapshots.FOLDER + "/" + id + ".pdf",
                Sha256.of(new byte[0]),
                contentType,
                Instant.parse("2026-01-01T00:00:00Z")));
    expectations.put(id, expectation);
  }

  static byte[] pdf(String text, String userPassword) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(text + ".");
        content.endText();
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] docx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("A small reply.");
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] xlsx() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.createSheet("Figures").createRow(0).createCell(0).setCellValue("Sanctions by month");
      book.write(out);
      return out.toByteArray();
    }
  }

  /**
   * The same Office file with one part replaced by 200 MB of repeated markup that deflates to a few
   * hundred kilobytes: what a zip bomb is.
   */
  private static byte[] bomb(byte[] office, String part) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(office));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals(part)) {
          writeBomb(zip, part.startsWith("xl/"));
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static void writeBomb(OutputStream zip, boolean spreadsheet) throws IOException {
    String head =
        spreadsheet
            ? "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>"
            : "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body>";
    String unit =
        spreadsheet
            ? "<row><c t=\"inlineStr\"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>"
            : "<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>";
    String tail = spreadsheet ? "</sheetData></worksheet>" : "</w:body></w:document>";
    byte[] chunk = unit.repeat(1024).getBytes(StandardCharsets.US_ASCII);
    zip.write(head.getBytes(StandardCharsets.US_ASCII));
    for (long written = 0; written < 200L * 1024 * 1024; written += chunk.length) {
      zip.write(chunk);
    }
    zip.write(tail.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * A message whose attachment is a message whose attachment is a message... {@code depth} deep.
   */
  static String nestedMail(int depth) {
    String message =
        "From: reply@example.org\r\nTo: requester@example.org\r\nSubject: innermost\r\n"
            + "Content-Type: text/plain\r\n\r\nThe "
            + NESTED_MAIL_WORDS
            + " is at the bottom.\r\n";
    for (int level = depth; level > 0; level--) {
      String boundary = "b" + level;
      message =
          "From: level"
              + level
              + "@example.org\r\nTo: requester@example.org\r\nSubject: Fwd: level "
              + level
              + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\""
              + boundary
              + "\"\r\n\r\n--"
              + boundary
              + "\r\nContent-Type: text/plain\r\n\r\nForwarded, level "
              + level
              + ".\r\n--"
              + boundary
              + "\r\nContent-Type: message/rfc822\r\n\r\n"
              + message
              + "\r\n--"
              + boundary
              + "--\r\n";
    }
    return message;
  }

  public Path dir() {
    return dir;
  }
}
