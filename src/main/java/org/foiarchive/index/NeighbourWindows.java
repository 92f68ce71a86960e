package org.foiarchive.index;

/**
 * What a passage record's {@link ArchiveFields#NEIGHBOURS} doc value says, packed in one long: a
 * document's records are written as one block (its own record, then its passages in order), which
 * Lucene keeps together and in order through merges and replaces as a whole, so a passage's
 * neighbours are the records just before and after it. The value says whether each is a neighbour
 * (the same message), which of its words count (the end of the one before, from a character offset
 * on; the start of the one after, up to one), and how many words that makes: what BM25 needs to
 * score the neighbours' words as one text without indexing them again.
 *
 * @param hasPrevious whether the record before is the passage before, in the same message
 * @param hasNext whether the record after is the passage after, in the same message
 * @param previousFrom the offset in the passage before from which its words count (0: all)
 * @param nextUntil the offset in the passage after up to which its words count
 * @param length the words counted in both, as BM25 counts a field's length
 */
public record NeighbourWindows(
    boolean hasPrevious, boolean hasNext, int previousFrom, int nextUntil, int length) {
  private static final int NEXT_BITS = 16;
  private static final int FROM_BITS = 24;
  private static final int LENGTH_BITS = 21;
  private static final int NEXT_SHIFT = 2;
  private static final int FROM_SHIFT = NEXT_SHIFT + NEXT_BITS;
  private static final int LENGTH_SHIFT = FROM_SHIFT + FROM_BITS;

  public NeighbourWindows {
    if (previousFrom < 0 || nextUntil < 0 || length < 0) {
      throw new IllegalArgumentException("negative offset or length");
    }
  }

  /** The doc value: offsets and lengths beyond what the bits hold are clamped. */
  public long encode() {
    return (hasPrevious ? 1L : 0L)
        | (hasNext ? 2L : 0L)
        | clamp(nextUntil, NEXT_BITS) << NEXT_SHIFT
        | clamp(previousFrom, FROM_BITS) << FROM_SHIFT
        | clamp(length, LENGTH_BITS) << LENGTH_SHIFT;
  }

  public static NeighbourWindows decode(long value) {
    return new NeighbourWindows(
        (value & 1L) != 0,
        (value & 2L) != 0,
        field(value, FROM_SHIFT, FROM_BITS),
        field(value, NEXT_SHIFT, NEXT_BITS),
        field(value, LENGTH_SHIFT, LENGTH_BITS));
  }

  /** Whether a word at these offsets of the passage before counts as a neighbour's word. */
  public boolean countsInPrevious(int startOffset) {
    return hasPrevious && startOffset >= previousFrom;
  }

  /** Whether a word at these offsets of the passage after counts as a neighbour's word. */
  public boolean countsInNext(int endOffset) {
    return hasNext && endOffset <= nextUntil;
  }

  private static long clamp(int value, int bits) {
    return Math.min(value, (1L << bits) - 1);
  }

  private static int field(long value, int shift, int bits) {
    return (int) ((value >>> shift) & ((1L << bits) - 1));
  }
}
