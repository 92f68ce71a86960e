package org.foiarchive.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotsTest {
  @TempDir Path corpus;

  @Test
  void aPhotoOfALetterIsKeptUnderAPicturesExtensionSoItOpensAsOne() throws IOException {
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};

    Snapshots.Stored stored =
        new Snapshots(corpus).store(new ByteArrayInputStream(jpeg), "image/jpeg");

    assertThat(stored.snapshot()).endsWith(stored.sha256() + ".jpg");
    assertThat(Files.readAllBytes(corpus.resolve(stored.snapshot()))).isEqualTo(jpeg);
  }

  @Test
  void aTypeWithParametersOrInCapitalsIsKnownByItsBareName() {
    assertThat(Snapshots.extensionFor("image/PNG")).isEqualTo("png");
    assertThat(Snapshots.extensionFor("text/html; charset=utf-8")).isEqualTo("html");
    assertThat(Snapshots.extensionFor("application/x-unheard-of")).isEqualTo("bin");
  }
}
