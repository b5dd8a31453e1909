package dev.gal.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The long fuzz pass, 30 minutes of the same target: mvn test -Pfuzz-long.
 * Excluded from the default build, which runs GalFuzzTest's short pass.
 */
class GalLongFuzzTest {
  @FuzzTest(maxDuration = "30m")
  void lintExportImport(FuzzedDataProvider data) {
    GalFuzzTest.run(data);
  }
}
