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

  private AnalysedText(
      byte[] bytes,
      int[] termStart,
      int[] increment,
      int[] start,
      int[] end,
      int size,
      int finalOffset,
      int finalIncrement) {
    this.bytes = bytes;
    this.termStart = termStart;
    this.increment = increment;
    this.start = start;
    this.end = end;
    this.size = size;
    this.finalOffset = finalOffset;
    this.finalIncrement = finalIncrement;
  }

  /** The tokens {@code analyzer} gives {@code text} in {@code field}. */
  public static AnalysedText of(Analyzer analyzer, String field, String text) {
    byte[] bytes = new byte[Math.max(16, text.length())];
    int[] termStart = new int[17];
    int[] increment = new int[16];
    int[] start = new int[16];
    int[] end = new int[16];
    int n = 0;
    int used = 0;
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
      PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (n == increment.length) {
          int grown = n * 2;
          termStart = Arrays.copyOf(termStart, grown + 1);
          increment = Arrays.copyOf(increment, grown);
          start = Arrays.copyOf(start, grown);
          end = Arrays.copyOf(end, grown);
        }
        BytesRef utf8 = term.getBytesRef();
        int length = utf8.length;
        if (used + length > bytes.length) {
          bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
        }
        System.arraycopy(utf8.bytes, utf8.offset, bytes, used, length);
        termStart[n] = used;
        used += length;
        increment[n] = inc.getPositionIncrement();
        start[n] = offset.startOffset();
        end[n] = offset.endOffset();
        n++;
      }
      stream.end();
      termStart[n] = used;
      return new AnalysedText(
          bytes,
          termStart,
          increment,
          start,
          end,
          n,
          offset.endOffset(),
          inc.getPositionIncrement());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysis of a String does no I/O
    }
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
      clearAttributes();
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
