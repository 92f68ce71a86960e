package org.foiarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.foiarchive.testing.CorpusTexts;
import org.junit.jupiter.api.Test;

/**
 * A text analysed once and replayed gives the index exactly the tokens the analyzer gives it: the
 * same terms (as UTF-8 bytes, the form the index takes), position increments and offsets, for plain
 * words, accents, non-Latin scripts, characters outside the Basic Multilingual Plane and the
 * synonyms that join several words into one.
 */
class AnalysedTextTest {
  private static final ArchiveAnalyzers ANALYZERS = new ArchiveAnalyzers();

  private static final List<String> TEXTS =
      List.of(
          "You must not be sanctioned for refusing to register with Universal Jobmatch.",
          "The claimant's café receipts (£12.50) were naïve evidence — façade, résumé.",
          "Ελληνικά и русский текст, 日本語のテキスト, and emoji 🙂 with 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters.",
          "JSA, the Jobseeker's Allowance; a JD, a Jobseeker's Direction; don't worry.",
          "",
          "   ");

  @Test
  void aReplayGivesTheAnalyzersOwnTokens() throws IOException {
    Analyzer analyzer = ANALYZERS.index();
    for (String text : TEXTS) {
      List<String> direct = tokens(analyzer.tokenStream(ArchiveFields.TEXT, text));
      AnalysedText analysed = AnalysedText.of(analyzer, ArchiveFields.TEXT, text);
      assertThat(tokens(analysed.stream())).as(text).isEqualTo(direct);
      assertThat(analysed.size()).isEqualTo(direct.size() - 1);
      // Replayed again, by another reader: the same.
      assertThat(tokens(analysed.stream())).as(text).isEqualTo(direct);
    }
  }

  /**
   * One run of the tokenizer gives the text field's tokens and the exact field's, each exactly as
   * its own analyzer gives them: on every paragraph of the seed and evaluation corpora, the texts
   * above, and random strings of letters from several scripts, capitals, accents, apostrophes,
   * digits, punctuation and over-long words. The chain is reused, as an ingest's thread reuses it.
   */
  @Test
  void oneRunOfTheTokenizerGivesBothFieldsTheirAnalyzersOwnTokens() throws IOException {
    Analyzer analyzer = ANALYZERS.index();
    List<String> texts = new ArrayList<>(TEXTS);
    for (String text : CorpusTexts.all()) {
      texts.addAll(List.of(text.split("\\n\\s*\\n")));
    }
    String alphabet = "aZéÉßøÆœﬁİıΣσςЖж日本🙂𝔘'’-.,:;/0123456789 \t\n_@#&";
    Random random = new Random(20121022L);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(80);
      for (int i = 0; i < length; i++) {
        int at =
            alphabet.offsetByCodePoints(
                0, random.nextInt(alphabet.codePointCount(0, alphabet.length())));
        text.appendCodePoint(alphabet.codePointAt(at));
      }
      if (n % 100 == 0) {
        text.append("x".repeat(300)); // longer than the tokenizer's longest token
      }
      texts.add(text.toString());
    }
    assertThat(texts).hasSizeGreaterThan(2_500);
    for (String text : texts) {
      AnalysedText both = ANALYZERS.analyseText(text);
      assertThat(tokens(both.stream()))
          .as(text)
          .isEqualTo(tokens(analyzer.tokenStream(ArchiveFields.TEXT, text)));
      assertThat(tokens(both.exact().stream()))
          .as(text)
          .isEqualTo(tokens(analyzer.tokenStream(ArchiveFields.EXACT, text)));
    }
  }

  /** Each token as "term +increment [start,end)", then the end state. */
  private static List<String> tokens(TokenStream stream) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (stream) {
      TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(
            term.getBytesRef().utf8ToString()
                + " +"
                + increment.getPositionIncrement()
                + " ["
                + offset.startOffset()
                + ","
                + offset.endOffset()
                + ")");
      }
      stream.end();
      tokens.add("end " + increment.getPositionIncrement() + " @" + offset.endOffset());
    }
    return tokens;
  }
}
