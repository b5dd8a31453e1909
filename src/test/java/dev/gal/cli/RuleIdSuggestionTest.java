package dev.gal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wherever a user types a rule id, an unknown one is refused with the rule it most likely meant. */
class RuleIdSuggestionTest {
  private static final String CONFIG = "docs/examples/orders.yaml";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "lint --disable aws-int-001 " + CONFIG + "                   | --disable: no rule 'aws-int-001'; did you mean 'AWS-INT-001'?",
      "lint --rule AWS-INT-01=warning " + CONFIG + "               | --rule: no rule 'AWS-INT-01'; did you mean 'AWS-INT-001'?",
      "lint --rule-option AWS-INT-01.max_timeout_ms=60000 " + CONFIG + " | --rule-option: no rule 'AWS-INT-01'; did you mean 'AWS-INT-001'?",
      "rules --disable AWS-ITN-001                                 | --disable: no rule 'AWS-ITN-001'; did you mean 'AWS-INT-001'?",
      "rules explain AWS-INT-01                                    | no rule 'AWS-INT-01'; did you mean 'AWS-INT-001'?",
      "rules explain integration-timout-out-of-range              | did you mean 'integration-timeout-out-of-range'?",
      "rules explain AWS-INT-999                                   | no rule 'AWS-INT-999'; 'gal rules' lists them"})
  void commandLineRefusesUnknownIdsWithASuggestion(String command, String message) {
    TestSupport.Run run = TestSupport.cli(command.trim().split(" +"));
    assertEquals(2, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains(message.trim()), run.stderr());
    assertFalse(run.stderr().contains("AWS-INT-009"), "a different number is a different rule, not a typo: " + run.stderr());
  }

  @Test
  void lintConfigRefusesUnknownIdsWithASuggestion(@TempDir Path dir) throws IOException {
    Path config = Files.writeString(dir.resolve(".gal-lint.yaml"), """
        rules:
          aws-int-001: warning
        ignore:
          - files: "**/*.yaml"
            rules: [AWS-CORS-09]
            reason: legacy
        """);
    TestSupport.Run run = TestSupport.cli("lint", "--config", config.toString(), CONFIG);
    assertEquals(2, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains(":2:3: no rule 'aws-int-001'; did you mean 'AWS-INT-001'?"), run.stderr());
    assertTrue(run.stderr().contains(": ignore: no rule 'AWS-CORS-09'; did you mean 'AWS-CORS-009'?"), run.stderr());
  }

  @Test
  void suppressionCommentNamingNoRuleIsReportedWithASuggestion(@TempDir Path dir) throws IOException {
    String text = TestSupport.read(TestSupport.root().resolve(CONFIG)).replace("    integration_timeout_ms: 30000",
        "    # gal-lint-disable-next-line AWS-INT-01 -- the account's quota is raised\n    integration_timeout_ms: 30000");
    Path file = Files.writeString(dir.resolve("orders.yaml"), text);
    TestSupport.Run run = TestSupport.cli("lint", "--format", "github", file.toString());
    assertEquals(1, run.exitCode(), run.stderr());
    assertTrue(run.stdout().contains("GAL-SUPPRESS-002 unused-suppression::the suppression names no rule 'AWS-INT-01'; "
        + "did you mean 'AWS-INT-001'?"), run.stdout());
    assertTrue(run.stdout().contains("AWS-INT-001"), "the misspelt suppression must not suppress: " + run.stdout());
    assertFalse(run.stdout().contains("suppresses nothing"), "one finding per mistake: " + run.stdout());
  }
}
