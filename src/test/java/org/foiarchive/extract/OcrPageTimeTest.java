package org.foiarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How long Tesseract may take on a page: thirty seconds, or what the environment says. */
class OcrPageTimeTest {
  @Test
  void aPageGetsThirtySecondsUnlessTheEnvironmentSaysASensibleNumber() {
    assertThat(TikaTextExtractor.pageSeconds(null)).isEqualTo(30);
    assertThat(TikaTextExtractor.pageSeconds(" 45 ")).isEqualTo(45);
    assertThat(TikaTextExtractor.pageSeconds("ten")).isEqualTo(30);
    assertThat(TikaTextExtractor.pageSeconds("0")).isEqualTo(30);
    assertThat(TikaTextExtractor.pageSeconds("-5")).isEqualTo(30);
  }

  @Test
  void theBuildsTestsReadScansWithoutAWallClockLimitThatABusyMachineCouldTrip() {
    // pom.xml gives surefire and failsafe ten minutes a page: the OCR tests once failed at load 14
    // to 20 on two cores, where a page waited longer than thirty seconds for a core
    assertThat(TikaTextExtractor.OCR_SECONDS_PER_PAGE).isEqualTo(600);
  }
}
