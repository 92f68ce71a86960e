package org.foiarchive.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The archive's analysis, shared by indexing, searching and topic tagging.
 *
 * <ul>
 *   <li>Prose fields (text, context, title, publisher): standard tokens, possessives dropped, lower case,
 *       accents folded, British spellings made American, Porter stemming. No stop words: "not" and "no"
 *       carry meaning in official statements, and BM25 already discounts common words.
 *   <li>The exact field: the same tokens unstemmed, for "exact phrases".
 *   <li>Queries add the welfare acronym synonyms ({@code synonyms.txt}) to prose fields, so UJ finds
 *       Universal Jobmatch and back; the index keeps words as written.
 * </ul>
 * Analyzers are thread-safe; one instance of this class serves the whole application.
 */
public final class ArchiveAnalyzers {
  public static final String SYNONYMS_RESOURCE = "/synonyms.txt";

  private final Analyzer index;
  private final Analyzer query;
  private final Analyzer prose;
  private final SynonymMap synonyms;

  public ArchiveAnalyzers() {
    this.synonyms = loadSynonyms();
    this.prose = new ProseAnalyzer(null);
    Analyzer proseQuery = new ProseAnalyzer(synonyms);
    Analyzer exact = new ExactAnalyzer();
    Analyzer keyword = new LowerCaseKeywordAnalyzer();
    this.index = new PerFieldAnalyzerWrapper(prose, Map.of(ArchiveFields.EXACT, exact, ArchiveFields.LABEL, keyword));
    this.query = new PerFieldAnalyzerWrapper(proseQuery, Map.of(ArchiveFields.EXACT, exact, ArchiveFields.LABEL,
        keyword));
  }

  /** Per-field analysis for writing documents. */
  public Analyzer index() {
    return index;
  }

  /** Per-field analysis for parsing queries: the index's, plus synonyms on prose fields. */
  public Analyzer query() {
    return query;
  }

  /** Prose analysis without synonyms, as the index applies it to the text field. */
  public Analyzer prose() {
    return prose;
  }

  private static SynonymMap loadSynonyms() {
    try (InputStream in = ArchiveAnalyzers.class.getResourceAsStream(SYNONYMS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SYNONYMS_RESOURCE + " is missing from the classpath");
      }
      // Synonym entries are read with the tokens the query chain has at the point synonyms apply.
      Analyzer entries = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new StandardTokenizer();
          return new TokenStreamComponents(source, normalise(source));
        }
      };
      SolrSynonymParser parser = new SolrSynonymParser(true, true, entries);
      parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException(SYNONYMS_RESOURCE + " line " + e.getErrorOffset() + ": " + e.getMessage(), e);
    }
  }

  private static TokenStream normalise(TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(in)));
  }

  private static final class ProseAnalyzer extends Analyzer {
    private final SynonymMap synonyms;

    ProseAnalyzer(SynonymMap synonyms) {
      this.synonyms = synonyms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = normalise(source);
      if (synonyms != null) {
        stream = new SynonymGraphFilter(stream, synonyms, true);
      }
      stream = new PorterStemFilter(new SpellingVariantFilter(stream));
      return new TokenStreamComponents(source, stream);
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
