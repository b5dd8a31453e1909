package dev.gal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.engine.RuleRegistry;
import dev.gal.model.JsonPointer;
import dev.gal.model.SourceRange;
import dev.gal.rule.Category;
import dev.gal.rule.Finding;
import dev.gal.rule.RuleMeta;
import dev.gal.rule.Severity;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The check behind every test run: it finds the ids in each output format, and an unlisted id fails. */
class EmittedRuleIdsTest {
  private static final String BAD = "fixtures/rules/AWS-INT-001/bad.yaml";

  @Test
  void anUnlistedIdInTheOutputFailsTheRun() {
    TestSupport.Run run = new TestSupport.Run(1, "x.yaml:3:5: error GAL-FAKE-999 made up\n", "");
    AssertionError error = assertThrows(AssertionError.class, () -> EmittedRuleIds.check(new String[] {"lint", "x.yaml"}, run));
    assertTrue(error.getMessage().contains("GAL-FAKE-999"), error.getMessage());
  }

  @Test
  void anUnlistedIdOfAnEngineRunFailsTheRun() {
    RuleMeta madeUp = new RuleMeta("GAL-FAKE-998", "made-up", "Made up", "Made up for this test only.",
        Severity.ERROR, Category.LOAD, "https://example.com", "0.1.0");
    Finding finding = Finding.of(madeUp, "made up", SourceRange.FILE_START, JsonPointer.root());
    assertThrows(AssertionError.class, () -> EmittedRuleIds.check(List.of(finding), RuleRegistry.builtIn()));
  }

  @Test
  void packIdsCountOnlyForRunsThatLoadThePack() {
    TestSupport.Run run = new TestSupport.Run(1, "x.yaml:3:5: error ACME-NAME-001 from the pack\n", "");
    EmittedRuleIds.check(new String[] {"lint", "--rules", "examples/packs/acme.pack.yaml", "x.yaml"}, run);
    assertThrows(AssertionError.class, () -> EmittedRuleIds.check(new String[] {"lint", "x.yaml"}, run));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github", "junit"})
  void everyOutputFormatGivesTheSameIds(String format) {
    Set<String> expected = new TreeSet<>(EmittedRuleIds.ids(TestSupport.cli("lint", "--format", "json", BAD).stdout()));
    assertFalse(expected.isEmpty());
    assertEquals(expected, new TreeSet<>(EmittedRuleIds.ids(TestSupport.cli("lint", "--format", format, BAD).stdout())));
  }
}
