package org.foiarchive.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values checked as they are read, so that a wrong one is bad usage (one line, exit 2) in
 * every command that takes it, before anything is searched or written.
 */
final class OptionValues {
  private OptionValues() {}

  /** A kind of document: one of {@link SourceKind}'s ids, in any case. */
  static final class Kind implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return SourceKind.fromId(value)
          .map(SourceKind::id)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "unknown kind '"
                          + value
                          + "'; use one of "
                          + Arrays.stream(SourceKind.values())
                              .map(SourceKind::id)
                              .collect(Collectors.joining(", "))));
    }
  }

  /**
   * Where a document was published: an http or https address, since it becomes a link on every
   * page.
   */
  static final class WebUrl implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (!Source.isWebUrl(value)) {
        throw new TypeConversionException("'" + value + "' is not an http or https address");
      }
      return value.strip();
    }
  }
}
