package org.foiarchive.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Xapian in {@code bench compare}, set up as WhatDoTheyKnow's search is, driven through its Python
 * bindings (Debian's {@code python3-xapian}) by {@code bench/xapian_compare.py}, which times
 * Xapian's own calls. Without Python or the bindings it says why and the comparison goes on.
 */
final class XapianEngine {
  static final String SCRIPT = "bench/xapian_compare.py";

  /** How long Xapian may take to index or to answer every round before it is given up. */
  static final long TIME_LIMIT_MINUTES = 120;

  private final String python;
  private final Path script;

  private XapianEngine(String python, Path script) {
    this.python = python;
    this.script = script;
  }

  /** The script written into {@code work}, to be run by {@code python}. */
  static XapianEngine in(Path work, String python) throws IOException {
    Path script = work.resolve("xapian_compare.py");
    try (InputStream in = XapianEngine.class.getClassLoader().getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IOException(SCRIPT + " is missing from the build");
      }
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    return new XapianEngine(python, script);
  }

  /**
   * How a question's words are joined: AND as WhatDoTheyKnow's search does (a passage must hold
   * every word), or OR, Xapian's own default (any word, ranked).
   */
  enum Operator {
    AND("AND (as WhatDoTheyKnow)"),
    OR("OR (Xapian's default)");

    /** How the table names this way of joining words. */
    final String label;

    Operator(String label) {
      this.label = label;
    }
  }

  /** What indexing gave: the ingest and Xapian's version. */
  record Indexed(EngineRun.Ingest ingest, String version) {}

  Indexed index(Path passages, Path db) throws IOException {
    String[] line = lastLine(run("index", db.toString(), passages.toString())).split(" ");
    if (line.length < 6 || !line[0].equals("ingest")) {
      throw new IOException("the Xapian script answered: " + String.join(" ", line));
    }
    return new Indexed(
        new EngineRun.Ingest(
            Long.parseLong(line[1]),
            Double.parseDouble(line[2]),
            Double.parseDouble(line[3]),
            Long.parseLong(line[4])),
        line[5]);
  }

  /**
   * Times the questions in the script (after {@code warmup} untimed rounds) and reads back each
   * question's top passages, as line numbers of {@code passages}.
   */
  EngineRun query(
      String engine,
      EngineRun.Ingest ingest,
      Path db,
      Path questionsFile,
      int questions,
      List<String> passages,
      Operator operator,
      int warmup,
      int rounds)
      throws IOException {
    String output =
        run(
            "query",
            db.toString(),
            questionsFile.toString(),
            Integer.toString(warmup),
            Integer.toString(rounds),
            operator.name().toLowerCase(Locale.ROOT));
    long[] wall = new long[questions * rounds];
    long[] cpu = new long[wall.length];
    List<List<String>> tops = new ArrayList<>();
    int n = 0;
    for (String line : output.lines().toList()) {
      String[] cols = line.split(" ", -1);
      if (cols[0].equals("time") && cols.length == 5 && n < wall.length) {
        wall[n] = Long.parseLong(cols[3]);
        cpu[n++] = Long.parseLong(cols[4]);
      } else if (cols[0].equals("top") && cols.length == 3) {
        tops.add(
            cols[2].isEmpty()
                ? List.of()
                : Arrays.stream(cols[2].split(","))
                    .map(i -> passages.get(Integer.parseInt(i)))
                    .toList());
      }
    }
    if (n != wall.length || tops.size() != questions) {
      throw new IOException("the Xapian script answered " + n + " timings of " + wall.length);
    }
    return EngineRun.measured(engine, ingest, wall, cpu, tops);
  }

  private String run(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(python, script.toString()));
    command.addAll(List.of(args));
    Path errors = Files.createTempFile(script.getParent(), "xapian-", ".err");
    try {
      Process p = new ProcessBuilder(command).redirectError(errors.toFile()).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(TIME_LIMIT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IOException("Xapian took over " + TIME_LIMIT_MINUTES + " minutes");
      }
      if (p.exitValue() != 0) {
        throw new IOException(lastLine(Files.readString(errors)));
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      Files.deleteIfExists(errors);
    }
  }

  private static String lastLine(String text) {
    List<String> lines = text.strip().lines().toList();
    return lines.isEmpty() ? "" : lines.getLast();
  }
}
