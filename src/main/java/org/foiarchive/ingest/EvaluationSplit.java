package org.foiarchive.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which half of the query sets each query belongs to: ranking is tuned on one half and judged on
 * the other, frozen before any tuning, so that a figure on the frozen half says how search does on
 * questions it was not fitted to. Read from a TSV with the columns id and half (tuning or frozen);
 * other columns are ignored.
 */
public final class EvaluationSplit {
  /** The two halves of a split query set. */
  public enum Half {
    TUNING,
    FROZEN;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Half parse(String text) {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
  }

  private final Map<String, Half> halves;

  private EvaluationSplit(Map<String, Half> halves) {
    this.halves = Map.copyOf(halves);
  }

  public static EvaluationSplit read(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    List<String> header = lines.isEmpty() ? List.of() : List.of(lines.getFirst().split("\t", -1));
    int id = header.indexOf("id");
    int half = header.indexOf("half");
    if (id < 0 || half < 0) {
      throw new IOException(tsv + ": the first line must name the columns id and half");
    }
    Map<String, Half> halves = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      try {
        halves.put(cols[id], Half.parse(cols[half]));
      } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
        throw new IOException(
            tsv + ": a line needs an id and a half (tuning or frozen): " + line, e);
      }
    }
    return new EvaluationSplit(halves);
  }

  /** The half a query is in, or empty when the split does not name it. */
  public Optional<Half> halfOf(String queryId) {
    return Optional.ofNullable(halves.get(queryId));
  }

  /** Whether the split puts a query in {@code half} (a query it does not name is in neither). */
  public boolean isIn(String queryId, Half half) {
    return halves.get(queryId) == half;
  }
}
