package org.foiarchive.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.foiarchive.corpus.PublicBodies;
import org.foiarchive.testing.DegradedScans;
import org.foiarchive.testing.DegradedScans.Degradation;
import org.foiarchive.testing.PhonePhotos;

/**
 * Measures OCR on {@link DegradedScans}: each degradation is written as a scanned PDF (and a JPEG
 * or PNG picture) to a folder, read back through {@link TikaTextExtractor} as ingest reads it, and
 * scored by the share of the letter's body words recovered in order, with the CPU time it took
 * (this JVM's and Tesseract's). Prints a Markdown table for docs/ocr.md. A tool, not a test: run
 * with the test classpath, {@code java ... OcrScansMeasurement OUTDIR [--pictures]
 * [--no-straighten]}, {@code OUTDIR --photos [--no-straighten]} for {@link PhonePhotos}, or {@code
 * OUTDIR --clean-cost ROUNDS} for what straightening costs a level scan.
 */
public final class OcrScansMeasurement {
  private OcrScansMeasurement() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/ocr-scans");
    Files.createDirectories(dir);
    List<String> options = List.of(args);
    boolean straighten = !options.contains("--no-straighten");
    TikaTextExtractor extractor =
        new TikaTextExtractor(
            TikaTextExtractor.DEFAULT_MAX_CHARS,
            true,
            TikaTextExtractor.MAX_OCR_PAGES_PER_FILE,
            straighten);
    // Tika and Tesseract load once; the first file's time would include that.
    extractor.extract(
        DegradedScans.pdf(List.of("Warm up"), Degradation.CLEAN), "application/pdf", "w.pdf");
    int cleanCost = options.indexOf("--clean-cost");
    if (cleanCost >= 0) {
      cleanCost(dir, Integer.parseInt(args[cleanCost + 1]));
      return;
    }
    if (options.contains("--photos")) {
      photos(extractor, dir);
      return;
    }
    System.out.println("| scan | file | words recovered | CPU s | wall s |");
    System.out.println("|---|---|---:|---:|---:|");
    for (Degradation d : DegradedScans.all()) {
      measure(extractor, dir, d, "pdf", DegradedScans.pdf(DegradedScans.BODY, d));
      if (options.contains("--pictures")) {
        measure(
            extractor,
            dir,
            d,
            d.jpeg() ? "jpg" : "png",
            DegradedScans.picture(DegradedScans.BODY, d));
      }
    }
  }

  /**
   * What straightening costs a clean, level scan (it is measured, then left as it is): the clean
   * PDF and PNG read {@code rounds} times by each extractor in turn, so both see the same load;
   * prints the median CPU seconds of each.
   */
  private static void cleanCost(Path dir, int rounds) throws IOException, ExtractionException {
    Map<String, List<Double>> cpu = new TreeMap<>();
    Map<Boolean, TikaTextExtractor> extractors = new TreeMap<>();
    for (boolean straighten : List.of(false, true)) {
      extractors.put(
          straighten,
          new TikaTextExtractor(
              TikaTextExtractor.DEFAULT_MAX_CHARS,
              true,
              TikaTextExtractor.MAX_OCR_PAGES_PER_FILE,
              straighten));
    }
    Path pdf = dir.resolve("clean-cost.pdf");
    Path png = dir.resolve("clean-cost.png");
    Files.write(pdf, DegradedScans.pdf(DegradedScans.BODY, Degradation.CLEAN));
    Files.write(png, DegradedScans.picture(DegradedScans.BODY, Degradation.CLEAN));
    for (int round = 0; round < rounds; round++) {
      for (var e : extractors.entrySet()) {
        for (Path file : List.of(pdf, png)) {
          long before = cpuTicks();
          e.getValue().extract(Files.readAllBytes(file), null, file.getFileName().toString());
          cpu.computeIfAbsent(
                  file.getFileName() + (e.getKey() ? " straightened" : " as it is"),
                  k -> new ArrayList<>())
              .add((cpuTicks() - before) / 100.0);
        }
      }
    }
    cpu.forEach(
        (what, seconds) -> {
          List<Double> sorted = seconds.stream().sorted().toList();
          System.out.printf(
              Locale.ROOT,
              "%s: median %.2f CPU s of %s%n",
              what,
              sorted.get(sorted.size() / 2),
              seconds);
        });
  }

  /**
   * The phone photos of {@link PhonePhotos}, each read as a JPEG; with the letter's facts as {@link
   * LetterHead} files them at import (sender, date, reference, subject), each marked as read right
   * or not.
   */
  private static void photos(TikaTextExtractor extractor, Path dir)
      throws IOException, ExtractionException {
    System.out.println(
        "| photo | words read | filed: sender, date, ref, subject | CPU s | wall s |");
    System.out.println("|---|---:|---|---:|---:|");
    for (PhonePhotos.Photo p : PhonePhotos.all()) {
      Path file = dir.resolve(p.name().replaceAll("[^A-Za-z0-9]+", "-") + ".jpg");
      Files.write(file, PhonePhotos.jpeg(p));
      byte[] read = Files.readAllBytes(file);
      long cpu = cpuTicks();
      long wall = System.nanoTime();
      ExtractedText text = extractor.extract(read, null, file.getFileName().toString());
      double wallSeconds = (System.nanoTime() - wall) / 1e9;
      double cpuSeconds = (cpuTicks() - cpu) / 100.0;
      Files.writeString(dir.resolve(file.getFileName() + ".txt"), text.text());
      double recovered = recoveredInOrder(String.join(" ", DegradedScans.BODY), text.text());
      System.out.printf(
          Locale.ROOT,
          "| %s | %.0f%% | %s | %.1f | %.1f |%n",
          p.name(),
          100 * recovered,
          filed(LetterHead.of(text).orElse(null)),
          cpuSeconds,
          wallSeconds);
    }
  }

  /** Which of the letter's four facts were read as the letter prints them: "yes" or what was. */
  static String filed(LetterHead head) {
    if (head == null) {
      return "not a letter";
    }
    List<String> marks = new ArrayList<>();
    marks.add(mark(PublicBodies.DWP, head.publisher()));
    marks.add(mark("2014-04-02", head.date()));
    marks.add(mark(List.of("FOI 2437"), head.references()));
    marks.add(mark(DegradedScans.BODY.get(1), head.subject()));
    return String.join(", ", marks);
  }

  private static String mark(Object expected, Object read) {
    return expected.equals(read) ? "yes" : "no (" + read + ")";
  }

  private static void measure(
      TikaTextExtractor extractor, Path dir, Degradation d, String ext, byte[] bytes)
      throws IOException, ExtractionException {
    Path file = dir.resolve(d.name().replaceAll("[^A-Za-z0-9]+", "-") + "." + ext);
    Files.write(file, bytes);
    byte[] read = Files.readAllBytes(file);
    long cpu = cpuTicks();
    long wall = System.nanoTime();
    ExtractedText text = extractor.extract(read, null, file.getFileName().toString());
    double wallSeconds = (System.nanoTime() - wall) / 1e9;
    double cpuSeconds = (cpuTicks() - cpu) / 100.0;
    double recovered = recoveredInOrder(String.join(" ", DegradedScans.BODY), text.text());
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %.0f%% | %.1f | %.1f |%n",
        d.name(),
        ext,
        100 * recovered,
        cpuSeconds,
        wallSeconds);
  }

  /**
   * The share of the source's words found in the OCR text in the same order (the longest common
   * subsequence of the two word lists), ignoring case and punctuation.
   */
  static double recoveredInOrder(String source, String ocr) {
    List<String> a = words(source);
    List<String> b = words(ocr);
    int[] previous = new int[b.size() + 1];
    for (String word : a) {
      int[] row = new int[b.size() + 1];
      for (int j = 1; j <= b.size(); j++) {
        row[j] =
            word.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], row[j - 1]);
      }
      previous = row;
    }
    return a.isEmpty() ? 1 : (double) previous[b.size()] / a.size();
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /**
   * CPU time of this JVM and of the finished child processes it waited for (Tesseract), in clock
   * ticks of 1/100 s, from Linux's /proc/self/stat (utime, stime, cutime, cstime).
   */
  private static long cpuTicks() throws IOException {
    String stat = Files.readString(Path.of("/proc/self/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // Fields after the command name start at field 3 (state): utime is field 14.
    return Arrays.stream(fields, 11, 15).mapToLong(Long::parseLong).sum();
  }
}
