package org.foiarchive.index;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.foiarchive.corpus.Sha256;

/**
 * The archive's analysis, shared by indexing, searching and topic tagging.
 *
 * <ul>
 *   <li>Prose fields (text, context, title, publisher): standard tokens, possessives dropped, lower
 *       case, accents folded, British spellings made American, welfare acronyms and their
 *       expansions made one token ({@code synonyms.txt}), Porter stemming, except for the forms
 *       {@code stem-overrides.tsv} gives a stem of their own: words Porter would give the stem of
 *       an unrelated word ("us" and "use", "university" and "universal"; generated from WordNet,
 *       see its README). No stop words: "not" and "no" carry meaning in official statements, and
 *       BM25 already discounts common words.
 *   <li>The exact field: the same tokens unstemmed and unexpanded, for "exact phrases".
 * </ul>
 *
 * Synonyms contract every form to the acronym at index and query time alike: "UJ" and "Universal
 * Jobmatch" are the same term, scored once, and highlighting marks whichever form the text uses.
 * Analyzers are thread-safe; one instance of this class serves the whole application.
 */
public final class ArchiveAnalyzers {
  public static final String SYNONYMS_RESOURCE = "/synonyms.txt";
  public static final String STEM_OVERRIDES_RESOURCE = "/stem-overrides.tsv";

  private final Analyzer index;
  private final Analyzer query;
  private final Analyzer prose;
  private final String synonymsDigest;
  private final SynonymMap synonyms;
  private final boolean flattens;
  private final String stemOverridesDigest;
  private final StemmerOverrideMap stemOverrides;

  /** Each thread's chain for {@link #analyseText}: analyzers keep theirs per thread too. */
  private final ThreadLocal<TextChain> textChains = ThreadLocal.withInitial(TextChain::new);

  public ArchiveAnalyzers() {
    byte[] synonymFile = read(SYNONYMS_RESOURCE);
    this.synonymsDigest = Sha256.of(synonymFile);
    this.synonyms = parseSynonyms(synonymFile);
    this.flattens = offersAlternatives(synonymFile);
    byte[] stemOverridesFile = read(STEM_OVERRIDES_RESOURCE);
    this.stemOverridesDigest = Sha256.of(stemOverridesFile);
    this.stemOverrides = parseStemOverrides(stemOverridesFile);
    // Flattening a token graph costs more than the rest of the chain together; it is needed only
    // when the graph has side paths, that is when some form has more than one replacement. Every
    // form here has one (a line's forms become its first, "don't" becomes "do not"), so the graph
    // is a plain chain of tokens, of any length, and the index sees exactly what the query side
    // sees.
    this.prose = new ProseAnalyzer(synonyms, stemOverrides, flattens);
    Analyzer proseQuery = new ProseAnalyzer(synonyms, stemOverrides, false);
    Analyzer exact = new ExactAnalyzer();
    Analyzer keyword = new LowerCaseKeywordAnalyzer();
    this.index =
        new PerFieldAnalyzerWrapper(
            prose, Map.of(ArchiveFields.EXACT, exact, ArchiveFields.LABEL, keyword));
    this.query =
        new PerFieldAnalyzerWrapper(
            proseQuery, Map.of(ArchiveFields.EXACT, exact, ArchiveFields.LABEL, keyword));
  }

  /** Per-field analysis for writing documents. */
  public Analyzer index() {
    return index;
  }

  /**
   * Per-field analysis for parsing queries: the index's, without the flattening only indexing
   * needs.
   */
  public Analyzer query() {
    return query;
  }

  /** Prose analysis as the index applies it to the text field. */
  public Analyzer prose() {
    return prose;
  }

  /**
   * A passage's text as the index analyses it for the text field ({@link AnalysedText#of} with
   * {@link #index()}), carrying the exact field's tokens of it too, from the same run of the
   * tokenizer.
   */
  public AnalysedText analyseText(String text) {
    return textChains.get().analyse(text);
  }

  /** The prose chain over a tokenizer whose tokens are also kept for the exact field. */
  private final class TextChain {
    private final StandardTokenizer tokenizer = new StandardTokenizer();
    private final ExactTokens exact = new ExactTokens(tokenizer);
    private final TokenStream prose = proseChain(exact, synonyms, stemOverrides, flattens);

    AnalysedText analyse(String text) {
      tokenizer.setReader(new StringReader(text));
      exact.expect(text.length());
      try (prose) {
        return AnalysedText.read(prose, text.length(), exact);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // analysis of a String does no I/O
      }
    }
  }

  /** Identifies the synonym list an index was built with: a different list means re-indexing. */
  public String synonymsDigest() {
    return synonymsDigest;
  }

  /** Identifies the stem overrides an index was built with: different ones mean re-indexing. */
  public String stemOverridesDigest() {
    return stemOverridesDigest;
  }

  /**
   * Identifies the whole analysis an index was built with, every resource it reads (the synonyms
   * and the stem overrides): a different one means re-indexing.
   */
  public String analysisDigest() {
    return synonymsDigest + "/stems-" + stemOverridesDigest;
  }

  /**
   * True when some form of the synonym file has more than one replacement (a rule that keeps
   * several forms on its right, or a form on two lines with different replacements): only then is
   * the token graph more than a chain.
   */
  static boolean offersAlternatives(byte[] synonymFile) {
    Map<String, String> replacement = new HashMap<>();
    for (String line : new String(synonymFile, StandardCharsets.UTF_8).split("\\R")) {
      String entry = line.replaceFirst("#.*$", "").strip();
      if (entry.isEmpty()) {
        continue;
      }
      int arrow = entry.indexOf("=>");
      String[] targets =
          (arrow >= 0 ? entry.substring(arrow + 2) : entry.split(",", 2)[0]).split(",");
      if (targets.length > 1) {
        return true;
      }
      String target = normalForm(targets[0]);
      for (String form : (arrow >= 0 ? entry.substring(0, arrow) : entry).split(",")) {
        String previous = replacement.putIfAbsent(normalForm(form), target);
        if (previous != null && !previous.equals(target)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String normalForm(String form) {
    return form.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static byte[] read(String resource) {
    try (InputStream in = ArchiveAnalyzers.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SynonymMap parseSynonyms(byte[] file) {
    // Entries are read with the same tokens the prose chain has where synonyms apply.
    Analyzer entries =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, normalise(source));
          }
        };
    try {
      // expand=false: every form on a line is replaced by the line's first form, the acronym.
      SolrSynonymParser parser = new SolrSynonymParser(true, false, entries);
      parser.parse(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8));
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException(
          SYNONYMS_RESOURCE + " line " + e.getErrorOffset() + ": " + e.getMessage(), e);
    }
  }

  /** Lines of {@code form TAB stem}; {@code #} starts a comment line. */
  static StemmerOverrideMap parseStemOverrides(byte[] file) {
    StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
    for (String line : new String(file, StandardCharsets.UTF_8).split("\\R")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] formAndStem = line.split("\t");
      if (formAndStem.length != 2) {
        throw new IllegalStateException(STEM_OVERRIDES_RESOURCE + ": not form TAB stem: " + line);
      }
      builder.add(formAndStem[0], formAndStem[1]);
    }
    try {
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // built in memory
    }
  }

  private static TokenStream normalise(TokenStream in) {
    return new SpellingVariantFilter(
        new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(in))));
  }

  /** The prose filters over {@code tokens}, flattening the token graph when {@code flatten}. */
  private static TokenStream proseChain(
      TokenStream tokens, SynonymMap synonyms, StemmerOverrideMap stemOverrides, boolean flatten) {
    TokenStream stream = new SynonymGraphFilter(normalise(tokens), synonyms, true);
    if (flatten) {
      stream = new FlattenGraphFilter(stream);
    }
    // A form with a stem of its own is marked a keyword, which Porter leaves as it is.
    return new PorterStemFilter(new StemmerOverrideFilter(stream, stemOverrides));
  }

  private static final class ProseAnalyzer extends Analyzer {
    private final SynonymMap synonyms;
    private final StemmerOverrideMap stemOverrides;
    private final boolean indexing;

    ProseAnalyzer(SynonymMap synonyms, StemmerOverrideMap stemOverrides, boolean indexing) {
      this.synonyms = synonyms;
      this.stemOverrides = stemOverrides;
      this.indexing = indexing;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(
          source, proseChain(source, synonyms, stemOverrides, indexing));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }

  private static final class ExactAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }

  private static final class LowerCaseKeywordAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new KeywordTokenizer();
      return new TokenStreamComponents(source, new LowerCaseFilter(source));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return reader;
    }
  }
}
