package org.foiarchive.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Counts the pages of PDF files that {@link TikaTextExtractor} reads by OCR, as ingest reads them,
 * with the CPU time each file took (this JVM's and Tesseract's) and a hash of its text, so that two
 * builds can be compared file by file: what docs/ocr.md measures for scans under a short text
 * layer. A tool, not a test: run it with one build's classes and the test classpath, {@code java
 * ... OcrPagesMeasurement FILE.pdf...}; the first file is read once more first, to load Tika and
 * Tesseract.
 */
public final class OcrPagesMeasurement {
  private OcrPagesMeasurement() {}

  public static void main(String[] args) throws Exception {
    TikaTextExtractor extractor = new TikaTextExtractor();
    extractor.extract(Files.readAllBytes(Path.of(args[0])), "application/pdf", "warm-up.pdf");
    int pages = 0;
    int ocrPages = 0;
    System.out.println("| file | pages | read by OCR | characters | text hash | CPU s |");
    System.out.println("|---|---:|---|---:|---|---:|");
    for (String name : args) {
      Path file = Path.of(name);
      double before = cpuSeconds();
      ExtractedText text =
          extractor.extract(
              Files.readAllBytes(file), "application/pdf", file.getFileName().toString());
      double cpu = cpuSeconds() - before;
      String ocr = text.metadata().getOrDefault(ExtractedText.OCR_PAGES, "");
      pages += text.pages().size();
      ocrPages += ocr.isEmpty() ? 0 : ocr.split(",").length;
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %s | %d | %08x | %.1f |%n",
          file.getFileName(),
          text.pages().size(),
          ocr.isEmpty() ? "none" : ocr,
          text.text().length(),
          text.text().hashCode(),
          cpu);
    }
    System.out.printf(Locale.ROOT, "%d pages, %d read by OCR%n", pages, ocrPages);
  }

  /** This JVM's CPU time and that of the Tesseract processes it waited for, from /proc. */
  private static double cpuSeconds() throws IOException {
    String stat = Files.readString(Path.of("/proc/self/stat"));
    // The fields after the command name: utime, stime, cutime and cstime are the 12th to 15th.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = 0;
    for (int i = 11; i <= 14; i++) {
      ticks += Long.parseLong(fields[i]);
    }
    return ticks / 100.0;
  }
}
