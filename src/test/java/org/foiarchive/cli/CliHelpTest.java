package org.foiarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Every command's {@code --help} text comes from cli-help.properties: each command, option and
 * positional parameter is described there (a missing key would print as an empty description), no
 * key is left that nothing reads, and no annotation keeps a text of its own.
 */
class CliHelpTest {
  private static final String BUNDLE = "/cli-help.properties";

  @Test
  void everyCommandAndEveryOptionIsDescribedInItsHelp() {
    List<CommandLine> commands = ours(FoiArchiveCommand.commandLine(null));
    assertThat(commands).hasSizeGreaterThan(15);
    for (CommandLine command : commands) {
      CommandSpec spec = command.getCommandSpec();
      String name = spec.qualifiedName();
      assertThat(spec.usageMessage().description()).as(name).isNotEmpty();
      assertThat(spec.usageMessage().description()[0]).as(name).isNotBlank();
      String help = withoutSpaces(command.getUsageMessage(CommandLine.Help.Ansi.OFF));
      for (ArgSpec arg : arguments(spec)) {
        String label = name + " " + label(arg);
        String[] description = arg.description();
        assertThat(description).as(label).isNotEmpty();
        assertThat(description[0]).as(label).isNotBlank();
        // The rendered help holds the description's own words (up to any variable it fills in),
        // wrapped where picocli chose.
        assertThat(help).as(label).contains(withoutSpaces(beforeVariables(description[0])));
      }
    }
  }

  /**
   * picocli reads each help text as a format string: a lone '%' (as in "95% of") makes it print a
   * warning above the help and leave the text unformatted, so every '%' in the bundle must be "%%"
   * or "%n".
   */
  @Test
  void everyHelpTextIsAFormatPicocliCanFill() {
    for (CommandLine command : ours(FoiArchiveCommand.commandLine(null))) {
      CommandSpec spec = command.getCommandSpec();
      List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
      arguments(spec).forEach(arg -> texts.addAll(List.of(arg.description())));
      for (String text : texts) {
        String filled = text.replaceAll("\\$\\{[^}]*}", "x");
        assertThatCode(() -> String.format(Locale.ROOT, filled))
            .as(spec.qualifiedName() + ": " + text)
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void everyKeyOfTheBundleDescribesSomething() throws IOException {
    Set<String> read = new HashSet<>();
    for (CommandLine command : ours(FoiArchiveCommand.commandLine(null))) {
      CommandSpec spec = command.getCommandSpec();
      String prefix = spec.qualifiedName(".") + ".";
      for (int i = 0; i < spec.usageMessage().description().length; i++) {
        read.add(prefix + "usage.description." + i);
      }
      for (ArgSpec arg : arguments(spec)) {
        read.add(arg.descriptionKey().isEmpty() ? prefix + label(arg) : arg.descriptionKey());
        read.add(prefix + arg.descriptionKey());
      }
    }
    Properties bundle = new Properties();
    try (InputStream in = CliHelpTest.class.getResourceAsStream(BUNDLE)) {
      bundle.load(in);
    }
    assertThat(bundle.stringPropertyNames()).hasSizeGreaterThan(100);
    assertThat(read).containsAll(bundle.stringPropertyNames());
  }

  @Test
  void noAnnotationKeepsAHelpTextOfItsOwn() {
    for (CommandLine command : ours(FoiArchiveCommand.commandLine(null))) {
      Class<?> type = command.getCommandSpec().userObject().getClass();
      assertThat(type.getAnnotation(Command.class).description()).as(type.getName()).isEmpty();
      List<Class<?>> holders = new ArrayList<>();
      for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
        holders.add(c);
      }
      command.getCommandSpec().mixins().values().stream()
          .map(mixin -> mixin.userObject().getClass())
          .filter(mixin -> mixin.getPackageName().startsWith("org.foiarchive"))
          .forEach(holders::add);
      for (Class<?> holder : holders) {
        for (Field field : holder.getDeclaredFields()) {
          Option option = field.getAnnotation(Option.class);
          Parameters parameters = field.getAnnotation(Parameters.class);
          String where = holder.getName() + "." + field.getName();
          if (option != null) {
            assertThat(option.description()).as(where).isEmpty();
          }
          if (parameters != null) {
            assertThat(parameters.description()).as(where).isEmpty();
          }
        }
      }
    }
  }

  /** Our commands, the top one and every subcommand under it; picocli's own help is not ours. */
  private static List<CommandLine> ours(CommandLine top) {
    List<CommandLine> all = new ArrayList<>();
    if (!(top.getCommand() instanceof CommandLine.HelpCommand)) {
      all.add(top);
      top.getSubcommands().values().forEach(sub -> all.addAll(ours(sub)));
    }
    return all;
  }

  /** Options and positional parameters, without the standard --help and --version. */
  private static List<ArgSpec> arguments(CommandSpec spec) {
    List<ArgSpec> arguments = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      if (!option.usageHelp() && !option.versionHelp()) {
        arguments.add(option);
      }
    }
    arguments.addAll(spec.positionalParameters());
    return arguments;
  }

  private static String label(ArgSpec arg) {
    return arg instanceof PositionalParamSpec positional
        ? positional.paramLabel()
        : ((OptionSpec) arg).longestName().replaceFirst("^-+", "");
  }

  private static String beforeVariables(String text) {
    int variable = text.indexOf("${");
    return variable < 0 ? text : text.substring(0, variable);
  }

  private static String withoutSpaces(String text) {
    return text.replaceAll("\\s+", "");
  }
}
