package org.foiarchive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaVersionGuardTest {
  @Test
  void lets21AndNewerThrough() {
    assertThat(JavaVersionGuard.refusal(21, "/jdk21")).isNull();
    assertThat(JavaVersionGuard.refusal(25, "/jdk25")).isNull();
  }

  @Test
  void namesTheJavaNeededTheJavaFoundAndWhatToRun() {
    assertThat(JavaVersionGuard.refusal(17, "/usr/lib/jvm/java-17"))
        .startsWith("foiarchive needs Java 21 or newer; this is Java 17 (/usr/lib/jvm/java-17).")
        .contains("./foiarchive")
        .contains("JAVA_HOME")
        .doesNotContain("\n");
  }
}
