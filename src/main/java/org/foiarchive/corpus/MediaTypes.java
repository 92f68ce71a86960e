package org.foiarchive.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * A capture's media type as Tika names it, from its bytes and its name, for {@code fetch} and
 * {@code import} alike. Tika's detectors alone do it: {@code new Tika()} would also load every
 * parser, most of a short command's time, to name the same type. Thread-safe.
 */
public final class MediaTypes {
  private static final Detector DETECTOR = new DefaultDetector();

  private MediaTypes() {}

  /** The type of a local file, by its bytes and its own name. */
  public static String of(Path file) throws IOException {
    Metadata facts = new Metadata();
    // Records the file's name and length for the detectors.
    try (TikaInputStream in = TikaInputStream.get(file, facts)) {
      return DETECTOR.detect(in, facts).toString();
    }
  }

  /**
   * The type of bytes that arrived under {@code name} (the last segment of their address, or null
   * if it has none).
   */
  public static String of(InputStream bytes, String name) throws IOException {
    Metadata facts = new Metadata();
    if (name != null) {
      facts.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    }
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      return DETECTOR.detect(in, facts).toString();
    }
  }
}
