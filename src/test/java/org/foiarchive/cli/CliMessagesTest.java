package org.foiarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line's words come from messages.properties, the bundle the web reads, and print as
 * the command line always printed them.
 */
class CliMessagesTest {
  private static final Pattern KEY_USED = Pattern.compile("CliMessages\\.get\\(\\s*\"([^\"]+)\"");

  @Test
  void everyMessageTheCommandLinePrintsIsInTheBundle() throws IOException {
    List<String> keys = new ArrayList<>();
    try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/foiarchive/cli"))) {
      for (Path source : sources.toList()) {
        Matcher used = KEY_USED.matcher(Files.readString(source));
        while (used.find()) {
          keys.add(used.group(1));
        }
      }
    }
    assertThat(keys).hasSizeGreaterThan(20).allMatch(key -> key.startsWith("cli."));
    for (String key : keys) {
      assertThat(CliMessages.get(key)).as(key).isNotBlank();
    }
  }

  @Test
  void numbersPrintWithoutGroupingAndQuotesAsTyped() {
    assertThat(CliMessages.get("cli.search.count", 12345, 7)).isEqualTo("12345 passages (7 ms)");
    assertThat(CliMessages.get("cli.import.known", "", "reply.pdf", "reply-2437"))
        .isEqualTo("reply.pdf is already in the corpus as 'reply-2437'; not added again");
    assertThat(CliMessages.get("cli.import.attachment")).isEqualTo("  attachment ");
    assertThat(CliMessages.get("cli.note", "The query was cut."))
        .isEqualTo("Note: The query was cut.");
  }
}
