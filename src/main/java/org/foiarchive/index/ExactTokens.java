package org.foiarchive.index;

import java.io.IOException;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * Passes the tokenizer's tokens on unchanged to the prose chain above it, and keeps each as the
 * exact field takes it (lower case, accents folded: what {@code ArchiveAnalyzers}' exact analyzer
 * gives, with the same increments and offsets), so that a passage's text is tokenized once for both
 * fields rather than once each (the exact field's analysis was a twentieth of an ingest's samples,
 * JFR, 200,000 passages). {@link #tokens} holds them once the stream has ended.
 */
final class ExactTokens extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final BytesRefBuilder utf8 = new BytesRefBuilder();
  private char[] lower = new char[64];
  private char[] folded = new char[256];
  private AnalysedText.Builder kept;
  private int textLength;
  private AnalysedText tokens;

  ExactTokens(TokenStream tokenizer) {
    super(tokenizer);
  }

  /** Makes ready for a text of {@code length} characters, before the stream is reset. */
  void expect(int length) {
    textLength = length;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    kept = new AnalysedText.Builder(textLength);
    tokens = null;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int length = term.length();
    if (lower.length < length) {
      lower = new char[Math.max(length, lower.length * 2)];
    }
    System.arraycopy(term.buffer(), 0, lower, 0, length);
    // As LowerCaseFilter, then ASCIIFoldingFilter, which folds only a term with a non-ASCII char.
    CharacterUtils.toLowerCase(lower, 0, length);
    char[] chars = lower;
    int size = length;
    for (int i = 0; i < length; i++) {
      if (lower[i] >= '\u0080') {
        if (folded.length < 4 * length) {
          folded = new char[4 * length];
        }
        size = ASCIIFoldingFilter.foldToASCII(lower, 0, folded, 0, length);
        chars = folded;
        break;
      }
    }
    utf8.copyChars(chars, 0, size);
    kept.add(utf8.get(), increment.getPositionIncrement(), offset);
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    tokens = kept.build(offset.endOffset(), increment.getPositionIncrement(), null);
  }

  /** The exact field's tokens of the text last read to its end. */
  AnalysedText tokens() {
    return tokens;
  }
}
