package org.foiarchive.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes {@code src/main/resources/wordnet-synonyms.tsv}, the compact thesaurus {@link Thesaurus}
 * reads, from WordNet 3.1 as extjwnl ships it. Run by hand when the filter changes ({@code
 * wordnet-synonyms.README.md} beside the file says how); the dictionary is a test dependency only,
 * never shipped or loaded by the archive.
 *
 * <p>Kept: each lemma of plain lower-case words (no capitals, digits or hyphens; at most three
 * words) with at most {@link #MAX_SENSES} senses, with every sense that has a synonym: its tag
 * count (how often WordNet's sense-tagged texts use that sense) and its synset's other lemmas of
 * one or two plain words, which share the lemma's part of speech. A lemma of more senses is kept
 * without them. Then the irregular forms WordNet lists ("took" for "take") of the lemmas kept.
 */
public final class WordNetTableGenerator {
  /**
   * A lemma of plain words of letters, as a query types it and the index's unstemmed field holds
   * it: "take back", not "re-create" or "o'clock".
   */
  private static final Pattern LEMMA = Pattern.compile("[a-z]{3,}( [a-z]{2,}){0,2}");

  /** A synonym: one or two plain words, as search looks no longer phrase up. */
  private static final Pattern SYNONYM = Pattern.compile("[a-z]{3,}( [a-z]{2,})?");

  /**
   * Lemmas with more senses (over every part of speech) are left out: chosen on the tuning halves
   * (issue 14; README), a word of many meanings ("take", "stop", "withdraw") expanded to all of
   * them is a guess, and the file is smaller.
   */
  static final int MAX_SENSES = 4;

  private WordNetTableGenerator() {}

  /** One sense of a lemma: how often the tagged texts used it, and its other lemmas. */
  private record Sense(int count, List<String> synonyms) {}

  /** A lemma's senses over every part of speech, and how many it has in all. */
  private static final class Lemma {
    int senses;
    int tagged;
    final List<Sense> kept = new ArrayList<>();
  }

  public static void main(String[] args) throws JWNLException, IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/wordnet-synonyms.tsv");
    Dictionary dictionary = Dictionary.getDefaultResourceInstance();
    Map<String, Lemma> lemmas = new TreeMap<>();
    for (POS pos : POS.getAllPOS()) {
      Iterator<IndexWord> words = dictionary.getIndexWordIterator(pos);
      while (words.hasNext()) {
        IndexWord index = words.next();
        String lemma = index.getLemma().toLowerCase(Locale.ROOT);
        if (!LEMMA.matcher(lemma).matches()) {
          continue;
        }
        Lemma entry = lemmas.computeIfAbsent(lemma, k -> new Lemma());
        for (Synset synset : index.getSenses()) {
          entry.senses++;
          int count = 0;
          Set<String> synonyms = new LinkedHashSet<>();
          for (Word word : synset.getWords()) {
            String other = word.getLemma();
            if (other.equalsIgnoreCase(lemma)) {
              count = word.getUseCount();
            } else if (SYNONYM.matcher(other).matches()) {
              synonyms.add(other);
            }
          }
          entry.tagged += count;
          if (!synonyms.isEmpty()) {
            entry.kept.add(new Sense(count, List.copyOf(synonyms)));
          }
        }
      }
    }
    // A lemma of more senses stays as a line without them: known, so that a form of it typed
    // ("stops") is not taken for a rarer lemma its endings also give ("stope").
    lemmas.values().removeIf(entry -> entry.senses <= MAX_SENSES && entry.kept.isEmpty());
    lemmas.values().stream().filter(e -> e.senses > MAX_SENSES).forEach(e -> e.kept.clear());
    // Irregular forms ("took" for "take", "children" for "child"), so a form typed finds its lemma
    // where undoing the regular endings does not.
    Map<String, String> irregular = new TreeMap<>();
    for (POS pos : POS.getAllPOS()) {
      Iterator<Exc> forms = dictionary.getExceptionIterator(pos);
      while (forms.hasNext()) {
        Exc form = forms.next();
        String base = form.getExceptions().getFirst().toLowerCase(Locale.ROOT);
        if (LEMMA.matcher(form.getLemma()).matches()
            && lemmas.containsKey(base)
            && !lemmas.containsKey(form.getLemma())) {
          irregular.putIfAbsent(form.getLemma(), base);
        }
      }
    }
    // One sorted list, lemmas and forms together: search finds a line by binary search.
    Map<String, String> lines = new TreeMap<>();
    String header =
        "# lemma\tsenses\ttagged\tcount:synonym,synonym\t... or form\t=lemma (generated by"
            + " WordNetTableGenerator from WordNet 3.1; see wordnet-synonyms.README.md)";
    lemmas.forEach(
        (lemma, entry) -> {
          StringBuilder line = new StringBuilder(lemma);
          line.append('\t').append(entry.senses).append('\t').append(entry.tagged);
          entry.kept.stream()
              .sorted(Comparator.comparingInt(Sense::count).reversed())
              .forEach(
                  s ->
                      line.append('\t')
                          .append(s.count())
                          .append(':')
                          .append(String.join(",", s.synonyms())));
          lines.put(lemma, line.toString());
        });
    irregular.forEach((form, base) -> lines.put(form, form + "\t=" + base));
    List<String> file = new ArrayList<>();
    file.add(header);
    file.addAll(lines.values());
    Files.write(out, file, StandardCharsets.US_ASCII);
    System.out.println(
        "Wrote " + lemmas.size() + " lemmas and " + irregular.size() + " forms to " + out);
  }
}
