package org.foiarchive.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchListTest {
  @TempDir Path corpus;

  @Test
  void theShippedWatchListIsValidAndSaysWhyForEveryEntry() {
    WatchList list = WatchList.load(Path.of("corpus"));
    assertThat(list.watch()).isNotEmpty().allSatisfy(e -> assertThat(e.why()).isNotBlank());
    assertThat(list.watch())
        .extracting(WatchList.Entry::kind)
        .contains(WatchList.Kind.BODY, WatchList.Kind.GOVUK);
    assertThat(list.watch().getFirst().siteOrDefault()).isEqualTo(WatchList.WHATDOTHEYKNOW);
  }

  @Test
  void anEntryWithTwoKindsOrNoReasonIsRejectedWithItsNumber() throws Exception {
    Files.writeString(
        corpus.resolve(WatchList.FILE),
        """
        watch:
          - body: dwp
            url: https://example.org/x
            why: both
          - govuk: sanctions
        """);
    assertThatThrownBy(() -> WatchList.load(corpus))
        .isInstanceOf(CorpusException.class)
        .hasMessageContaining(
            "watch.yml entry 1 must have exactly one of body, search, govuk and url")
        .hasMessageContaining(
            "watch.yml entry 2 (govuk sanctions on https://www.gov.uk) must say why");
  }

  @Test
  void noWatchListIsAnEmptyOne() {
    assertThat(WatchList.load(corpus).watch()).isEmpty();
  }

  @Test
  void theStateRemembersEachEntrysLastCheckAcrossASave() throws Exception {
    WatchList.Entry entry =
        new WatchList.Entry("dwp", null, null, null, null, "jobmatch", null, null, "why");
    Instant at = Instant.parse("2026-11-30T06:00:00Z");
    new WatchState(java.util.Map.of())
        .with(entry, new WatchState.Check(at, "2 added"))
        .save(corpus);

    WatchState loaded = WatchState.load(corpus);
    assertThat(loaded.of(entry))
        .hasValueSatisfying(
            c -> {
              assertThat(c.at()).isEqualTo(at);
              assertThat(c.outcome()).isEqualTo("2 added");
            });
    assertThat(Files.readString(corpus.resolve(WatchState.FILE))).contains("2026-11-30T06:00:00Z");
    try (var files = Files.list(corpus)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(WatchState.FILE);
    }
  }
}
