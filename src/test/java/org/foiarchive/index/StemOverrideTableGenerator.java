package org.foiarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes {@code src/main/resources/stem-overrides.tsv}, the forms {@link ArchiveAnalyzers} keeps
 * from Porter's stem, from WordNet 3.1 as extjwnl ships it. Run by hand ({@code
 * stem-overrides.README.md} beside the file says how); the dictionary is a test dependency only.
 *
 * <p>The rule: take the words WordNet's sense-tagged texts use (lemmas of plain letters with at
 * least {@link #MIN_TAGGED} tagged uses) with their inflections (a noun's plural, a verb's -s, -ed
 * and -ing, as English spells them and WordNet's morphology confirms; its irregular forms). Lemmas
 * are one family when WordNet links them (derivationally related forms, pertainyms, participles),
 * when they share a form, or when one is an adverb in -ly made from the other. Porter gives some
 * words of different families one stem ("use" and "us", "university" and "universal", "informal"
 * and "information"): under such a stem, the family holding the stem as a word of its own ("us",
 * "inform", "new"), or else the family WordNet's texts use most, keeps Porter's stem; every other
 * family's forms there are given the family's most used lemma as their stem, so that "use", "uses",
 * "used" and "using" are all "use", and "us" is "us". A family whose lemma is already the stem of
 * another family's form is left to Porter: its stem would join that family instead.
 */
public final class StemOverrideTableGenerator {
  /** A lemma as the table holds it: lower-case letters, one word. */
  private static final Pattern PLAIN = Pattern.compile("[a-z]{2,}");

  /**
   * A lemma needs this many uses in WordNet's sense-tagged texts: words people write, so the table
   * stays small and readable, and a rare word does not split a stem people use.
   */
  static final int MIN_TAGGED = 1;

  /** Links between lemmas that make them one family. */
  private static final Set<PointerType> RELATED =
      Set.of(PointerType.DERIVATION, PointerType.PERTAINYM, PointerType.PARTICIPLE_OF);

  private final Dictionary dictionary;
  private final Analyzer porter = porterAnalyzer();

  /** Each lemma's uses in the tagged texts. */
  private final Map<String, Integer> tagged = new HashMap<>();

  /** Each lemma's forms, itself first. */
  private final Map<String, Set<String>> forms = new TreeMap<>();

  /** Union-find over lemmas: each lemma's parent towards its family's root. */
  private final Map<String, String> parent = new HashMap<>();

  /** How many families were left to Porter, their lemma being some other word's stem. */
  int clashing;

  StemOverrideTableGenerator(Dictionary dictionary, Collection<String> lemmas)
      throws JWNLException {
    this.dictionary = dictionary;
    for (String lemma : lemmas) {
      tagged.put(lemma, usesOf(lemma));
      forms.put(lemma, new LinkedHashSet<>(List.of(lemma)));
      parent.put(lemma, lemma);
    }
    for (String lemma : lemmas) {
      addRegularForms(lemma);
    }
    addIrregularForms();
    // A lemma is one family with the lemmas WordNet relates to it, or to whose forms it relates it
    // ("statistical" to the plural "statistics", a form of "statistic"), and with those it shares
    // a form with ("used" is a lemma and a form of "use"; one token cannot have two stems).
    Map<String, List<String>> owners = new HashMap<>();
    forms.forEach(
        (lemma, ofLemma) ->
            ofLemma.forEach(
                form -> owners.computeIfAbsent(form, k -> new ArrayList<>()).add(lemma)));
    for (String lemma : lemmas) {
      for (String other : relatedLemmas(lemma)) {
        for (String owner : owners.getOrDefault(other, List.of())) {
          union(lemma, owner);
        }
      }
    }
    owners.forEach((form, ofForm) -> ofForm.forEach(lemma -> union(lemma, ofForm.getFirst())));
    for (String lemma : lemmas) {
      for (String adjective : adjectivesOf(lemma)) {
        if (tagged.containsKey(adjective)
            && dictionary.getIndexWord(POS.ADJECTIVE, adjective) != null) {
          union(lemma, adjective);
        }
      }
    }
  }

  /** The plain lemmas of WordNet with at least {@link #MIN_TAGGED} tagged uses. */
  static Set<String> usedLemmas(Dictionary dictionary) throws JWNLException {
    Map<String, Integer> uses = new HashMap<>();
    for (POS pos : POS.getAllPOS()) {
      Iterator<IndexWord> words = dictionary.getIndexWordIterator(pos);
      while (words.hasNext()) {
        IndexWord index = words.next();
        String lemma = index.getLemma();
        if (PLAIN.matcher(lemma).matches()) {
          uses.merge(lemma, usesOf(index), Integer::sum);
        }
      }
    }
    Set<String> used = new TreeSet<>();
    uses.forEach(
        (lemma, count) -> {
          if (count >= MIN_TAGGED) {
            used.add(lemma);
          }
        });
    return used;
  }

  private static int usesOf(IndexWord index) {
    int count = 0;
    for (Synset synset : index.getSenses()) {
      for (Word word : synset.getWords()) {
        if (word.getLemma().equalsIgnoreCase(index.getLemma())) {
          count += word.getUseCount();
        }
      }
    }
    return count;
  }

  private int usesOf(String lemma) throws JWNLException {
    int count = 0;
    for (POS pos : POS.getAllPOS()) {
      IndexWord index = dictionary.getIndexWord(pos, lemma);
      if (index != null && index.getLemma().equals(lemma)) {
        count += usesOf(index);
      }
    }
    return count;
  }

  private void addRegularForms(String lemma) throws JWNLException {
    for (POS pos : List.of(POS.NOUN, POS.VERB)) {
      IndexWord index = dictionary.getIndexWord(pos, lemma);
      if (index == null || !index.getLemma().equals(lemma) || properName(index)) {
        continue;
      }
      for (String candidate : regularForms(lemma, pos)) {
        if (dictionary
            .getMorphologicalProcessor()
            .lookupAllBaseForms(pos, candidate)
            .contains(lemma)) {
          forms.get(lemma).add(candidate);
        }
      }
    }
  }

  /**
   * True when every sense writes the lemma with a capital ("US", "Mars"): a name or abbreviation,
   * whose regular endings would be some other word ("uses").
   */
  private static boolean properName(IndexWord index) {
    for (Synset synset : index.getSenses()) {
      for (Word word : synset.getWords()) {
        if (word.getLemma().equals(index.getLemma())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A noun's plural, or a verb's -s, -ed and -ing forms, as English spells them ("carries", "used",
   * "using", "stopped"); WordNet's morphology then confirms each. Adjectives are left out: WordNet
   * cannot say which take -er and -est, and Porter keeps those of short words apart anyway.
   */
  static Set<String> regularForms(String lemma, POS pos) {
    Set<String> out = new TreeSet<>();
    out.add(withS(lemma));
    if (pos == POS.VERB) {
      out.add(withEnding(lemma, "ed"));
      out.add(withEnding(lemma, "ing"));
      if (doublesLastLetter(lemma)) {
        char last = lemma.charAt(lemma.length() - 1);
        out.add(lemma + last + "ed");
        out.add(lemma + last + "ing");
      }
    }
    return out;
  }

  private static String withS(String lemma) {
    if (lemma.matches(".*[^aeiou]y")) {
      return lemma.substring(0, lemma.length() - 1) + "ies";
    }
    return lemma.matches(".*(s|x|z|ch|sh)") ? lemma + "es" : lemma + "s";
  }

  private static String withEnding(String lemma, String ending) {
    if (ending.equals("ing")) {
      if (lemma.endsWith("ie")) {
        return lemma.substring(0, lemma.length() - 2) + "ying";
      }
      return lemma.matches(".*[^eyo]e")
          ? lemma.substring(0, lemma.length() - 1) + "ing"
          : lemma + "ing";
    }
    if (lemma.endsWith("e")) {
      return lemma + ending.substring(1);
    }
    return lemma.matches(".*[^aeiou]y")
        ? lemma.substring(0, lemma.length() - 1) + "i" + ending
        : lemma + ending;
  }

  /** A word of one vowel ending consonant, vowel, consonant ("stop", "ban"): "stopped". */
  private static boolean doublesLastLetter(String lemma) {
    return lemma.matches("[^aeiou]*[aeiou][^aeiouwxy]");
  }

  private void addIrregularForms() throws JWNLException {
    for (POS pos : POS.getAllPOS()) {
      Iterator<Exc> exceptions = dictionary.getExceptionIterator(pos);
      while (exceptions.hasNext()) {
        Exc exception = exceptions.next();
        if (!PLAIN.matcher(exception.getLemma()).matches()) {
          continue;
        }
        for (String base : exception.getExceptions()) {
          Set<String> of = forms.get(base);
          if (of != null) {
            of.add(exception.getLemma());
          }
        }
      }
    }
  }

  /**
   * The adjectives an adverb in -ly may be made from ("purely", "happily", "truly", "simply"),
   * where WordNet records no link: English builds them so.
   */
  static Set<String> adjectivesOf(String adverb) {
    if (!adverb.endsWith("ly") || adverb.length() < 5) {
      return Set.of();
    }
    String base = adverb.substring(0, adverb.length() - 2);
    return new TreeSet<>(
        List.of(
            base,
            base.endsWith("i") ? base.substring(0, base.length() - 1) + "y" : base,
            base + "e",
            adverb.substring(0, adverb.length() - 1) + "e"));
  }

  private Set<String> relatedLemmas(String lemma) throws JWNLException {
    Set<String> related = new HashSet<>();
    for (POS pos : POS.getAllPOS()) {
      IndexWord index = dictionary.getIndexWord(pos, lemma);
      if (index == null || !index.getLemma().equals(lemma)) {
        continue;
      }
      for (Synset synset : index.getSenses()) {
        for (Word word : synset.getWords()) {
          if (!word.getLemma().equals(lemma)) {
            continue;
          }
          for (Pointer pointer : word.getPointers()) {
            if (RELATED.contains(pointer.getType()) && pointer.isLexical()) {
              related.add(((Word) pointer.getTarget()).getLemma().toLowerCase(Locale.ROOT));
            }
          }
        }
      }
    }
    return related;
  }

  private String root(String lemma) {
    String at = lemma;
    while (!parent.get(at).equals(at)) {
      at = parent.get(at);
    }
    parent.put(lemma, at);
    return at;
  }

  private void union(String a, String b) {
    parent.put(root(a), root(b));
  }

  /** Porter's stem of a word, as the archive's prose chain applies it. */
  String stem(String word) {
    try (TokenStream stream = porter.tokenStream("text", word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      stream.incrementToken();
      String stem = term.toString();
      stream.end();
      return stem;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String is read without I/O
    }
  }

  private static Analyzer porterAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, new PorterStemFilter(source));
      }
    };
  }

  /** Stem -> family root -> that family's forms under the stem. */
  private final Map<String, Map<String, Set<String>>> formsByStem = new TreeMap<>();

  /** Stem -> family root -> that family's lemmas with a form under the stem. */
  private final Map<String, Map<String, Set<String>>> lemmasByStem = new TreeMap<>();

  /** The families' forms Porter gives {@code stem}: one set per family. */
  Collection<Set<String>> familiesUnder(String stem) {
    group();
    return formsByStem.getOrDefault(stem, Map.of()).values();
  }

  private void group() {
    if (!formsByStem.isEmpty()) {
      return;
    }
    forms.forEach(
        (lemma, ofLemma) -> {
          String family = root(lemma);
          for (String form : ofLemma) {
            String stem = stem(form);
            formsByStem
                .computeIfAbsent(stem, k -> new LinkedHashMap<>())
                .computeIfAbsent(family, k -> new TreeSet<>())
                .add(form);
            lemmasByStem
                .computeIfAbsent(stem, k -> new LinkedHashMap<>())
                .computeIfAbsent(family, k -> new TreeSet<>())
                .add(lemma);
          }
        });
  }

  /** The overrides by the rule (class comment): form to stem, sorted by form. */
  Map<String, String> overrides() {
    group();
    Map<String, String> overrides = new TreeMap<>();
    formsByStem.forEach(
        (stem, families) -> {
          if (families.size() < 2) {
            return;
          }
          String keeper = keeper(stem, families, lemmasByStem.get(stem));
          families.forEach(
              (family, ofFamily) -> {
                if (family.equals(keeper)) {
                  return;
                }
                String target = mostUsed(lemmasByStem.get(stem).get(family));
                if (formsByStem.getOrDefault(target, Map.of()).keySet().stream()
                    .anyMatch(other -> !other.equals(family))) {
                  clashing++;
                  return;
                }
                ofFamily.forEach(form -> overrides.put(form, target));
              });
        });
    return overrides;
  }

  /** The family that keeps Porter's stem: the one holding it as a word, or the most used. */
  private String keeper(
      String stem, Map<String, Set<String>> families, Map<String, Set<String>> lemmas) {
    String best = null;
    int bestUses = -1;
    for (Map.Entry<String, Set<String>> family : families.entrySet()) {
      if (family.getValue().contains(stem)) {
        return family.getKey();
      }
      int uses = lemmas.get(family.getKey()).stream().mapToInt(tagged::get).sum();
      if (uses > bestUses) {
        best = family.getKey();
        bestUses = uses;
      }
    }
    return best;
  }

  private String mostUsed(Set<String> lemmas) {
    String best = null;
    for (String lemma : lemmas) {
      if (best == null || tagged.get(lemma) > tagged.get(best)) {
        best = lemma;
      }
    }
    return best;
  }

  public static void main(String[] args) throws JWNLException, IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/stem-overrides.tsv");
    Dictionary dictionary = Dictionary.getDefaultResourceInstance();
    Set<String> lemmas = usedLemmas(dictionary);
    StemOverrideTableGenerator generator = new StemOverrideTableGenerator(dictionary, lemmas);
    Map<String, String> overrides = generator.overrides();
    List<String> file = new ArrayList<>();
    file.add(
        "# form\tstem (generated by StemOverrideTableGenerator from WordNet 3.1; see"
            + " stem-overrides.README.md)");
    overrides.forEach((form, stem) -> file.add(form + "\t" + stem));
    Files.write(out, file, StandardCharsets.US_ASCII);
    System.out.println(
        "Wrote "
            + overrides.size()
            + " forms ("
            + new TreeSet<>(overrides.values()).size()
            + " stems) from "
            + lemmas.size()
            + " lemmas to "
            + out
            + "; left to Porter: "
            + generator.clashing
            + " families whose lemma is another word's stem");
  }
}
