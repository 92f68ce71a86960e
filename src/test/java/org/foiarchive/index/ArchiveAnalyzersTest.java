package org.foiarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.foiarchive.corpus.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The archive's analysis as searching sees it: text indexed one way, found by what people type. */
class ArchiveAnalyzersTest {
  private static final ArchiveAnalyzers ANALYZERS = new ArchiveAnalyzers();

  /** True when a query for {@code typed} on the field finds a passage reading {@code printed}. */
  private static boolean finds(String field, String typed, String printed) {
    MemoryIndex index = new MemoryIndex();
    index.addField(field, printed, ANALYZERS.index());
    QueryBuilder builder = new QueryBuilder(ANALYZERS.query());
    builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    Query query = builder.createBooleanQuery(field, typed, BooleanClause.Occur.MUST);
    return query != null && index.search(query) > 0f;
  }

  private static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @ParameterizedTest(name = "{0} <-> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      UJ   | Universal Jobmatch
      UJM  | Universal Jobmatch
      UJ   | Universal Job Match
      UJ   | Jobmatch
      JSA  | Jobseeker's Allowance
      JSA  | Jobseekers Allowance
      JD   | Jobseeker’s Direction
      JD   | Jobseekers’ Direction
      WP   | Work Programme
      WHP  | Work and Health Programme
      CC   | Claimant Commitment
      UC   | Universal Credit
      DMG  | Decision Makers Guide
      DMG  | Decision Maker's Guide
      ADM  | Advice for Decision Making
      IAD  | Internet Access Device
      PECR | Privacy and Electronic Communications Regulations
      DPA  | Data Protection Act
      SAR  | Subject Access Request
      ICO  | Information Commissioner's Office
      ICO  | Information Commissioners Office
      JCP  | Jobcentre Plus
      CWP  | Community Work Placement
      MWA  | Mandatory Work Activity
      """)
  void welfareAcronymsAndTheirExpansionsFindEachOtherBothWays(String acronym, String expansion) {
    String a = acronym.strip();
    String e = expansion.strip();
    assertThat(finds(ArchiveFields.TEXT, a, "The " + e + " says so."))
        .as(a + " finds " + e)
        .isTrue();
    assertThat(finds(ArchiveFields.TEXT, e, "The " + a + " says so."))
        .as(e + " finds " + a)
        .isTrue();
    assertThat(finds(ArchiveFields.TEXT, a.toLowerCase(), "The " + e.toUpperCase() + " says so."))
        .isTrue();
  }

  @Test
  void theWorkProgrammeIsNotTheWorkAndHealthProgramme() {
    assertThat(finds(ArchiveFields.TEXT, "WP", "the Work and Health Programme")).isFalse();
    assertThat(finds(ArchiveFields.TEXT, "WHP", "the Work Programme")).isFalse();
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      organisation | organization
      organization | organisations
      programme    | program
      licence      | license
      behaviour    | behavior
      recognise    | recognized
      advisor      | adviser
      advisors     | Advisers
      centre       | center
      """)
  void britishAndAmericanSpellingsFindEachOther(String typed, String printed) {
    assertThat(finds(ArchiveFields.TEXT, typed.strip(), printed.strip())).isTrue();
    assertThat(finds(ArchiveFields.TEXT, printed.strip(), typed.strip())).isTrue();
  }

  @Test
  void aSpellingOnlyOneSideUsesIsFoundInPrintedText() {
    assertThat(
            finds(ArchiveFields.TEXT, "adviser", "your Job Coach/Advisor has the ability to view"))
        .isTrue();
    assertThat(finds(ArchiveFields.TEXT, "licence", "a driving license")).isTrue();
  }

  @Test
  void wordsAreStemmedAndPossessivesDropped() {
    assertThat(finds(ArchiveFields.TEXT, "sanction", "benefit sanctions")).isTrue();
    assertThat(finds(ArchiveFields.TEXT, "sanctioned", "a sanction")).isTrue();
    assertThat(finds(ArchiveFields.TEXT, "claimant", "the claimant’s consent")).isTrue();
  }

  @ParameterizedTest(name = "{0} does not find {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      use        | contact us
      uses       | let us know
      university | a universal service
      informal   | the information held
      news       | a new claim
      generous   | in general
      """)
  void wordsPorterWouldStemAlikeButUnrelatedStayApart(String typed, String printed) {
    assertThat(finds(ArchiveFields.TEXT, typed.strip(), printed.strip())).isFalse();
    assertThat(finds(ArchiveFields.TEXT, printed.strip(), typed.strip())).isFalse();
  }

  @Test
  void aWordWithAStemOfItsOwnStillFindsItsInflections() {
    assertThat(finds(ArchiveFields.TEXT, "use", "the data is used and uses cookies")).isTrue();
    assertThat(finds(ArchiveFields.TEXT, "using", "we use your data")).isTrue();
    assertThat(finds(ArchiveFields.TEXT, "universities", "at university")).isTrue();
    assertThat(tokens(ANALYZERS.index(), ArchiveFields.TEXT, "us use used"))
        .containsExactly("us", "use", "use");
  }

  @Test
  void theStemOverridesAreFingerprinted() throws Exception {
    try (InputStream file =
        ArchiveAnalyzers.class.getResourceAsStream(ArchiveAnalyzers.STEM_OVERRIDES_RESOURCE)) {
      assertThat(file).isNotNull();
      assertThat(ANALYZERS.stemOverridesDigest()).isEqualTo(Sha256.of(file.readAllBytes()));
    }
  }

  @Test
  void theExactFieldKeepsWordsAsPrintedForPhrases() {
    assertThat(
            tokens(
                ANALYZERS.index(),
                ArchiveFields.EXACT,
                "Sanctioned claimants’ Jobseeker's Directions"))
        .containsExactly("sanctioned", "claimants", "jobseeker's", "directions");
    assertThat(tokens(ANALYZERS.index(), ArchiveFields.TEXT, "Sanctioned claimants"))
        .containsExactly("sanction", "claimant");
    assertThat(finds(ArchiveFields.EXACT, "sanction", "benefit sanctions")).isFalse();
    assertThat(finds(ArchiveFields.EXACT, "UJ", "Universal Jobmatch")).isFalse();
  }

  @Test
  void negativeContractionsAreWrittenOut() {
    assertThat(finds(ArchiveFields.TEXT, "doesn't agree", "the claimant does not agree")).isTrue();
    assertThat(finds(ArchiveFields.TEXT, "do not", "if you don’t wish to")).isTrue();
    assertThat(finds(ArchiveFields.TEXT, "cannot", "you can't issue a direction")).isTrue();
    assertThat(finds(ArchiveFields.TEXT, "won’t", "they will not do so willingly")).isTrue();
  }

  @Test
  void accentsAreFoldedAndCaseIgnored() {
    assertThat(finds(ArchiveFields.TEXT, "resume", "upload a résumé")).isTrue();
    assertThat(finds(ArchiveFields.TEXT, "COOKIES", "cookies")).isTrue();
  }

  @Test
  void theSynonymFileIsFingerprinted() {
    assertThat(ANALYZERS.synonymsDigest())
        .hasSize(64)
        .isEqualTo(new ArchiveAnalyzers().synonymsDigest());
  }

  @Test
  void theFingerprintIsTheSynonymFilesOwn() throws Exception {
    try (InputStream file =
        ArchiveAnalyzers.class.getResourceAsStream(ArchiveAnalyzers.SYNONYMS_RESOURCE)) {
      assertThat(file).isNotNull();
      assertThat(ANALYZERS.synonymsDigest()).isEqualTo(Sha256.of(file.readAllBytes()));
    }
  }
}
