package org.foiarchive.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.LZ4WithPresetDictCompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * Lucene's default codec, with passages' stored fields compressed in smaller chunks. Lucene packs
 * stored fields into chunks of about 80 KB, each compressed as a dictionary (a twentieth) and
 * tenths that refer to it, and reading one passage decompresses the dictionary and its tenth up to
 * the passage's end: some 8 KB for a passage of a few hundred bytes. A search reads its page's ten
 * passages, and that decompression was a twelfth of a search's CPU time at 20,000 passages (JFR).
 * In chunks of {@link #CHUNK_BYTES} reading a passage decompresses about a fifth as many bytes, for
 * stored fields an eighth larger.
 *
 * <p>Lucene finds a codec by the name an index's segments give (through {@code
 * META-INF/services/org.apache.lucene.codecs.Codec}); indexes written before this codec keep
 * Lucene's own and are read as they were.
 */
public final class ArchiveCodec extends FilterCodec {
  /** The name segments written with this codec give, and by which Lucene finds it to read them. */
  public static final String NAME = "FoiArchive104";

  /** Bytes of stored fields compressed together, about: Lucene's default is 80 KB. */
  static final int CHUNK_BYTES = 16 * 1024;

  /** Lucene's own bound on passages a chunk, and its shift of the chunk index's blocks. */
  private static final int MAX_DOCS_PER_CHUNK = 1024;

  private static final int BLOCK_SHIFT = 10;

  private final StoredFieldsFormat storedFields =
      new Lucene90CompressingStoredFieldsFormat(
          "FoiArchiveStoredFields",
          new LZ4WithPresetDictCompressionMode(),
          CHUNK_BYTES,
          MAX_DOCS_PER_CHUNK,
          BLOCK_SHIFT);

  /** Made by Lucene's service loader as well, to read an index this codec wrote. */
  public ArchiveCodec() {
    super(NAME, new Lucene104Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
