package dev.gal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gal.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gal rules shows the severity each rule has under --config, --rule and --disable, not only its default, and its fix. */
class RulesListingTest {
  @Test
  void textShowsTheEffectiveSeverityAndTheDefault() {
    TestSupport.Run run = TestSupport.cli("rules", "--disable", "AWS-INT-001", "--rule", "AWS-CORS-009=error");
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(line(run.stdout(), "AWS-INT-001").matches("AWS-INT-001 +off +unsafe .*\\(default: error\\)"), run.stdout());
    assertTrue(line(run.stdout(), "AWS-CORS-009").matches("AWS-CORS-009 +error +.*\\(default: info\\)"), run.stdout());
    assertTrue(line(run.stdout(), "AWS-INT-002").matches("AWS-INT-002 +error +[^(]*"), run.stdout());
    assertTrue(line(run.stdout(), "AWS-CORS-001").matches("AWS-CORS-001 +warning +safe +cors_allow_methods .*"), run.stdout());
    assertTrue(run.stdout().contains(" rules, 1 off, 10 with a fix "), run.stdout());
  }

  @Test
  void jsonShowsTheEffectiveSeverityAndTheDefault(@TempDir Path dir) throws IOException {
    Path config = Files.writeString(dir.resolve("lint.yaml"), "rules:\n  AWS-INT-001: off\n  AWS-CORS-009: warning\n");
    TestSupport.Run run = TestSupport.cli("rules", "--format", "json", "--config", config.toString());
    assertEquals(0, run.exitCode(), run.stderr());
    JsonNode rules = new ObjectMapper().readTree(run.stdout());
    assertEquals("off", rule(rules, "AWS-INT-001").path("severity").asText());
    assertEquals("error", rule(rules, "AWS-INT-001").path("defaultSeverity").asText());
    assertEquals("warning", rule(rules, "AWS-CORS-009").path("severity").asText());
    assertEquals("info", rule(rules, "AWS-CORS-009").path("defaultSeverity").asText());
    assertEquals("unsafe", rule(rules, "AWS-INT-001").path("fix").asText());
    assertEquals("none", rule(rules, "AWS-CORS-009").path("fix").asText());
  }

  @Test
  void explainShowsTheEffectiveSeverity() {
    TestSupport.Run run = TestSupport.cli("rules", "explain", "--rule", "AWS-INT-001=warning", "AWS-INT-001");
    assertTrue(run.stdout().contains("Severity:  warning (default: error)\n"), run.stdout());
  }

  private static String line(String output, String id) {
    return Arrays.stream(output.split("\n")).filter(l -> l.startsWith(id + " ")).findFirst().orElseThrow();
  }

  private static JsonNode rule(JsonNode rules, String id) {
    return Stream.iterate(0, i -> i + 1).limit(rules.size()).map(rules::get)
        .filter(r -> r.path("id").asText().equals(id)).findFirst().orElseThrow();
  }
}
