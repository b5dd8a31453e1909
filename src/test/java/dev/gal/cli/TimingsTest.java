package dev.gal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** --timings adds a table on stderr and changes nothing else. */
class TimingsTest {
  private static final Pattern STAGE_LINE = Pattern.compile("(?m)^  (load|schema|rules|export and its rules|suppressions) +\\d+\\.\\d ms$");
  private static final Pattern RULE_LINE = Pattern.compile("(?m)^  [A-Z]+-[A-Z]+-\\d{3} +\\d+\\.\\d ms  [a-z0-9-]+$");

  @Test
  void printsStagesAndSlowestRulesOnStderrOnly() {
    TestSupport.Run plain = TestSupport.cli("lint", "--format", "json", "examples/petstore.yaml");
    TestSupport.Run timed = TestSupport.cli("lint", "--format", "json", "--timings", "examples/petstore.yaml");
    assertEquals(plain.exitCode(), timed.exitCode());
    assertEquals(plain.stdout(), timed.stdout());
    assertTrue(timed.stderr().contains("gal: timings"), timed.stderr());
    assertEquals(5, STAGE_LINE.matcher(timed.stderr()).results().count(), timed.stderr());
    assertEquals(10, RULE_LINE.matcher(timed.stderr()).results().count(), timed.stderr());
    assertFalse(plain.stderr().contains("timings"));
  }

  /** The names are the engine's stages', in the order a file goes through them; a stage with nothing to do is not shown. */
  @Test
  void namesTheStagesInTheOrderAFileGoesThroughThem() {
    assertEquals(List.of("load", "schema", "rules", "export and its rules", "severity", "suppressions", "cap"),
        stageNames(TestSupport.cli("lint", "--timings", "examples/petstore.yaml").stderr()));
    assertEquals(List.of("load", "openapi structure", "rules", "severity", "suppressions", "cap"),
        stageNames(TestSupport.cli("lint", "--timings", "fixtures/export/petstore-http-proxy/openapi.json").stderr()));
  }

  private static List<String> stageNames(String stderr) {
    String table = stderr.substring(stderr.indexOf("gal: timings"), stderr.indexOf("slowest rules"));
    return Pattern.compile("(?m)^  (\\S.*?) +\\d+\\.\\d ms$").matcher(table).results().map(m -> m.group(1)).toList();
  }

  @Test
  void openApiDocumentsShowTheStructureStage() {
    TestSupport.Run timed = TestSupport.cli("lint", "--timings", "fixtures/export/petstore-http-proxy/openapi.json");
    assertTrue(timed.stderr().contains("  openapi structure "), timed.stderr());
    assertFalse(timed.stderr().contains("  schema "), timed.stderr());
  }
}
