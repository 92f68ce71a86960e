package org.foiarchive.extract;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * Tika parsers that misbehave on purpose, registered for two made-up media types only (through
 * META-INF/services on the test class path), so tests can show that a parse that never ends or that
 * exhausts memory costs one file and one worker process, never the ingest.
 */
public final class RunawayParsers {
  /** Files of this type make the parser spin for ever. */
  public static final String LOOPING = "application/x-foiarchive-test-loop";

  /** Files of this type make the parser allocate memory until there is none. */
  public static final String HOGGING = "application/x-foiarchive-test-hog";

  private RunawayParsers() {}

  /** Never returns. */
  public static final class Looping implements Parser {
    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
      return Set.of(MediaType.parse(LOOPING));
    }

    @Override
    public void parse(
        InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
      long spins = 0;
      while (spins >= 0) {
        spins++;
        Thread.onSpinWait();
      }
    }
  }

  /**
   * Holds on to ever more memory, in blocks of 128 MB: a worker with a few hundred MB of heap runs
   * out within a few allocations, so the memory limit trips long before any time limit, however
   * busy the machine.
   */
  public static final class Hogging implements Parser {
    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
      return Set.of(MediaType.parse(HOGGING));
    }

    @Override
    public void parse(
        InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
      List<long[]> held = new ArrayList<>();
      while (held.size() >= 0) {
        held.add(new long[1 << 24]);
      }
    }
  }
}
