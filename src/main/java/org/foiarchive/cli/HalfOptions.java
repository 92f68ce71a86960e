package org.foiarchive.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.foiarchive.ingest.EvaluationSplit;
import org.foiarchive.ingest.EvaluationSplit.Half;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Which queries of the shared sets a command asks: the split file saying each query's half, and the
 * one half to keep. Shared by {@code eval} and {@code bench compare}; each command keeps its own
 * help text for the two options (keyed by command in cli-help.properties).
 */
final class HalfOptions {
  @Option(names = "--split", paramLabel = "SPLIT.tsv")
  Path splitFile;

  @Option(names = "--half", paramLabel = "HALF", converter = HalfConverter.class)
  Half half;

  /** The split, or null without {@code --split}; {@code --half} alone is a usage error. */
  EvaluationSplit read(CommandSpec spec) throws IOException {
    if (half != null && splitFile == null) {
      throw new ParameterException(
          spec.commandLine(), CliMessages.get("cli.eval.half-without-split"));
    }
    return splitFile == null ? null : EvaluationSplit.read(splitFile);
  }

  /** Halves are typed as they are written in the split file, in lower case. */
  static final class HalfConverter implements ITypeConverter<Half> {
    @Override
    public Half convert(String value) {
      try {
        return Half.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not a half: tuning or frozen");
      }
    }
  }
}
