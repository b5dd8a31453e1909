package dev.gal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gal.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule option values are checked against what the rule declares, from the command line and from lint configs. */
class RuleOptionTest {
  @TempDir
  Path dir;

  @Test
  void aValueOutsideTheDeclaredRangeIsAUsageError() {
    assertRefused("gal: --rule-option: AWS-INT-001.max_timeout_ms is '999999', but it accepts a whole number from 29000 to 300000",
        "AWS-INT-001.max_timeout_ms=999999");
    assertRefused("gal: --rule-option: AWS-PATH-009.max_resources is '0', but it accepts a whole number of at least 1",
        "AWS-PATH-009.max_resources=0");
    assertRefused("gal: --rule-option: AWS-OAS-006.max_timeout_ms is 'lots', but it accepts a whole number from 29000 to 300000",
        "AWS-OAS-006.max_timeout_ms=lots");
  }

  @Test
  void aValueNotAmongTheDeclaredOnesIsAUsageError() {
    assertRefused("gal: --rule-option: AWS-END-007.spelling is 'globl', but it accepts one of global, global_config, both; "
        + "did you mean 'global'?", "AWS-END-007.spelling=globl");
  }

  @Test
  void anUnknownOptionOrRuleIsAUsageError() {
    assertRefused("gal: --rule-option: AWS-INT-001 has no option 'max_timout_ms'; did you mean 'max_timeout_ms'?",
        "AWS-INT-001.max_timout_ms=60000");
    assertRefused("gal: --rule-option: AWS-INT-002 has no option 'max'; it has no options", "AWS-INT-002.max=1");
    assertEquals(2, TestSupport.cli("lint", "--rule-option", "AWS-NOPE-001.max=1", "examples/petstore.yaml").exitCode());
  }

  @Test
  void aLintConfigValueIsCheckedTheSameWayAtItsLine() throws Exception {
    Path config = dir.resolve(LintConfig.FILE_NAME);
    Files.writeString(config, "rules:\n  AWS-INT-001:\n    options: {max_timeout_ms: 400000}\n");
    TestSupport.Run run = TestSupport.cli("lint", "--config", config.toString(), "examples/petstore.yaml");
    assertEquals(2, run.exitCode());
    assertEquals("gal: %s:3:31: AWS-INT-001.max_timeout_ms is '400000', but it accepts a whole number from 29000 to 300000\n"
        .formatted(config.toString().replace('\\', '/')), run.stderr());
  }

  @Test
  void aValueInRangeIsUsed() {
    TestSupport.Run run = TestSupport.cli("lint", "--quiet", "--rule-option", "AWS-INT-001.max_timeout_ms=300000",
        "fixtures/cli/inputs/timeout-30000.yaml");
    assertEquals("", run.stderr());
  }

  private static void assertRefused(String message, String assignment) {
    TestSupport.Run run = TestSupport.cli("lint", "--rule-option", assignment, "examples/petstore.yaml");
    assertEquals(2, run.exitCode(), assignment);
    assertEquals("", run.stdout(), "nothing is linted");
    assertEquals(message + "\n", run.stderr());
  }
}
