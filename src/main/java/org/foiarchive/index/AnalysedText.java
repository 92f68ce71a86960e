package org.foiarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * A text's tokens as an analyzer gave them (term, position increment, offsets), kept so that the
 * same analysis is not run again: a passage's prose tokens serve topic tagging, its text field and
 * the length of its neighbours' text; a title or heading is analysed once for all the passages
 * under it. Analysis is most of the cost of an ingest. Immutable once built; each {@link #stream}
 * is a new stream, so one instance may be replayed by several threads.
 *
 * <p>Terms are kept as the index takes them, in UTF-8, and replayed as bytes ({@link
 * TermToBytesRefAttribute}, as indexing and topic tagging read them): a passage's tokens were
 * replayed into its own field, its two neighbours' fields and topic tagging, and turning each
 * token's characters into UTF-8 again on every replay was about 3% of an ingest's CPU time (JFR,
 * 200,000 passages).
 */
public final class AnalysedText {
  private final byte[] bytes;

  /** Token i's term is bytes[termStart[i] .. termStart[i + 1]), in UTF-8. */
  private final int[] termStart;

  private final int[] increment;
  private final int[] start;
  private final int[] end;
  private final int size;
  private final int finalOffset;
  private final int finalIncrement;

  /** The exact field's tokens of the same text, when one run of the tokenizer gave both. */
  private final AnalysedText exact;

  private AnalysedText(Builder built, int finalOffset, int finalIncrement, AnalysedText exact) {
    this.bytes = built.bytes;
    this.termStart = built.termStart;
    this.increment = built.increment;
    this.start = built.start;
    this.end = built.end;
    this.size = built.size;
    this.finalOffset = finalOffset;
    this.finalIncrement = finalIncrement;
    this.exact = exact;
  }

  /** The tokens {@code analyzer} gives {@code text} in {@code field}. */
  public static AnalysedText of(Analyzer analyzer, String field, String text) {
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      return read(stream, text.length(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysis of a String does no I/O
    }
  }

  /**
   * The tokens of {@code stream}, a text's of {@code textLength} characters, read from its reset to
   * its end (the caller closes it), with the exact field's tokens given by the same run, if any.
   */
  static AnalysedText read(TokenStream stream, int textLength, ExactTokens exact)
      throws IOException {
    Builder built = new Builder(textLength);
    TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
    PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
    OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
    stream.reset();
    while (stream.incrementToken()) {
      built.add(term.getBytesRef(), inc.getPositionIncrement(), offset);
    }
    stream.end();
    return built.build(
        offset.endOffset(), inc.getPositionIncrement(), exact == null ? null : exact.tokens());
  }

  /** Tokens as they come, kept in growing arrays. */
  static final class Builder {
    /**
     * Characters per token a text's arrays are first sized for: English prose runs about six (a
     * word and the space after it), so most passages fit without the arrays growing (growing them
     * from 16 tokens was a tenth of an ingest's allocations, JFR, 200,000 passages).
     */
    static final int CHARS_PER_TOKEN = 5;

    private byte[] bytes;
    private int[] termStart;
    private int[] increment;
    private int[] start;
    private int[] end;
    private int size;
    private int used;

    Builder(int textLength) {
      bytes = new byte[Math.max(16, textLength)];
      int tokens = Math.max(16, textLength / CHARS_PER_TOKEN);
      termStart = new int[tokens + 1];
      increment = new int[tokens];
      start = new int[tokens];
      end = new int[tokens];
    }

    void add(BytesRef utf8, int positionIncrement, OffsetAttribute offset) {
      if (size == increment.length) {
        int grown = size * 2;
        termStart = Arrays.copyOf(termStart, grown + 1);
        increment = Arrays.copyOf(increment, grown);
        start = Arrays.copyOf(start, grown);
        end = Arrays.copyOf(end, grown);
      }
      int length = utf8.length;
      if (used + length > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
      }
      System.arraycopy(utf8.bytes, utf8.offset, bytes, used, length);
      termStart[size] = used;
      used += length;
      increment[size] = positionIncrement;
      start[size] = offset.startOffset();
      end[size] = offset.endOffset();
      size++;
    }

    /** The tokens added, with the stream's state at its end (and another field's, or null). */
    AnalysedText build(int finalOffset, int finalIncrement, AnalysedText exact) {
      termStart[size] = used;
      return new AnalysedText(this, finalOffset, finalIncrement, exact);
    }
  }

  /**
   * The exact field's tokens of the same text, when {@link ArchiveAnalyzers#analyseText} analysed
   * it (one run of the tokenizer for both fields); null when only this field's were taken.
   */
  AnalysedText exact() {
    return exact;
  }

  /** Number of tokens. */
  public int size() {
    return size;
  }

  /** The tokens again, as the analyzer gave them. */
  public TokenStream stream() {
    return new Replay(this);
  }

  /** The first token whose start offset is at or after {@code offset} (size() when none). */
  int firstStartingAt(int offset) {
    int i = 0;
    while (i < size && start[i] < offset) {
      i++;
    }
    return i;
  }

  /** One past the last token whose end offset is at or before {@code offset}. */
  int endOfTokensEndingBy(int offset) {
    int i = 0;
    while (i < size && end[i] <= offset) {
      i++;
    }
    return i;
  }

  /**
   * How many of tokens {@code from} to {@code to} (exclusive) take a position of their own, as BM25
   * counts a field's length: a token stacked on the one before (a spelling variant) is not counted.
   */
  int positions(int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (increment[i] != 0) {
        count++;
      }
    }
    return count;
  }

  private static final class Replay extends TokenStream {
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final BytesRef current = new BytesRef();
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final AnalysedText text;
    private int next;

    Replay(AnalysedText text) {
      this.text = text;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      if (next >= text.size) {
        return false;
      }
      // No clearAttributes(): each token sets every attribute this stream has, and those its
      // readers add (the index's term frequency) keep the defaults no one here changes. Clearing
      // walked every attribute of a stream made anew for each field of each passage: 2% of an
      // ingest's samples (JFR, 200,000 passages).
      // The stream's term points into the kept bytes: its readers copy what they keep.
      current.bytes = text.bytes;
      current.offset = text.termStart[next];
      current.length = text.termStart[next + 1] - text.termStart[next];
      term.setBytesRef(current);
      inc.setPositionIncrement(text.increment[next]);
      offset.setOffset(text.start[next], text.end[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(text.finalOffset, text.finalOffset);
      inc.setPositionIncrement(text.finalIncrement);
    }
  }
}
