package org.foiarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * Index-time analysis skips flattening the token graph (it costs more than the rest of the chain):
 * that must give exactly the tokens a flattened stream gives, for every form in the synonym file.
 */
class IndexAnalysisFlatteningTest {
  private final ArchiveAnalyzers analyzers = new ArchiveAnalyzers();

  /**
   * The prose analysis with a FlattenGraphFilter at the end, as an index of graph tokens would
   * need.
   */
  private final Analyzer flattened =
      new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
          return analyzers.prose();
        }

        @Override
        protected TokenStreamComponents wrapComponents(
            String fieldName, TokenStreamComponents components) {
          return new TokenStreamComponents(
              components.getSource(), new FlattenGraphFilter(components.getTokenStream()));
        }
      };

  @Test
  void indexAnalysisGivesTheTokensOfAFlattenedGraphForEverySynonymForm() throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("src/main/resources/synonyms.txt"), StandardCharsets.UTF_8);
    int checked = 0;
    for (String line : lines) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      for (String form : line.split(",")) {
        String text =
            "The "
                + form.strip()
                + " said no to the claimant's "
                + form.strip().toUpperCase()
                + " request, "
                + "and I don't think the "
                + form.strip()
                + " can't.";
        assertThat(tokens(analyzers.prose(), text)).as(text).isEqualTo(tokens(flattened, text));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void aFormWithSeveralReplacementsIsNoticed() {
    assertThat(
            ArchiveAnalyzers.offersAlternatives("uj, universal jobmatch\n# a => b, c\n".getBytes()))
        .isFalse();
    assertThat(
            ArchiveAnalyzers.offersAlternatives(
                "don't, dont => do not\ncan't => can not\n".getBytes()))
        .isFalse();
    assertThat(
            ArchiveAnalyzers.offersAlternatives(
                "uj, universal jobmatch\nuj, jobmatch\n".getBytes()))
        .isFalse();
    assertThat(ArchiveAnalyzers.offersAlternatives("uj => uj, universal jobmatch\n".getBytes()))
        .isTrue();
    assertThat(ArchiveAnalyzers.offersAlternatives("uj, universal jobmatch\nujm, uj\n".getBytes()))
        .isTrue();
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(ArchiveFields.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        out.add(term + "@" + position + ":" + offset.startOffset() + "-" + offset.endOffset());
      }
      stream.end();
    }
    return out;
  }
}
