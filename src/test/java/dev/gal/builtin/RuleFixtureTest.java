package dev.gal.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.FixtureExpectations;
import dev.gal.FixtureExpectations.Expected;
import dev.gal.Fixtures;
import dev.gal.engine.RuleRegistry;
import dev.gal.rule.Finding;
import dev.gal.rule.RuleMeta;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule against its own fixtures, with only that rule enabled (or, for
 * what gal import reports, through the import): good files
 * give no finding at all, and the findings of bad files equal their expect
 * markers exactly, so a missing finding fails and so does an unexpected one.
 */
class RuleFixtureTest {
  private static final RuleRegistry ALL = RuleRegistry.builtIn();

  @TestFactory
  Stream<DynamicNode> everyRuleMatchesItsFixtures() {
    return ALL.allMeta().stream().map(meta -> DynamicContainer.dynamicContainer(meta.id(), Stream.concat(
        Fixtures.good(meta.id()).stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
            () -> assertQuiet(meta, file))),
        Fixtures.bad(meta.id()).stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
            () -> assertMarkersMatch(meta, file))))));
  }

  private static void assertQuiet(RuleMeta meta, Path file) {
    assertEquals(List.of(), Fixtures.findings(meta, file, ALL).stream().map(RuleFixtureTest::describe).toList(),
        "a good fixture must give no finding");
  }

  private static void assertMarkersMatch(RuleMeta meta, Path file) throws Exception {
    List<Expected> expected = FixtureExpectations.of(file).stream().sorted().toList();
    assertFalse(expected.isEmpty(), file + " has no '# expect:' marker and no sidecar");
    List<Finding> findings = Fixtures.findings(meta, file, ALL);
    List<Expected> actual = findings.stream()
        .filter(f -> f.rule().id().equals(meta.id()))
        .map(f -> new Expected(f.rule().id(), f.range().start().line()))
        .sorted()
        .toList();
    assertEquals(expected, actual, () -> "findings of " + meta.id() + " differ from the markers; all findings:\n"
        + String.join("\n", findings.stream().map(RuleFixtureTest::describe).toList()));
    for (Expected e : expected) {
      boolean said = findings.stream().anyMatch(f -> f.rule().id().equals(e.rule())
          && f.range().start().line() == e.line() && f.message().contains(e.fragment()));
      assertTrue(said, () -> file + ":" + e.line() + ": no " + e.rule() + " message contains \"" + e.fragment() + "\"; all findings:\n"
          + String.join("\n", findings.stream().map(RuleFixtureTest::describe).toList()));
    }
  }

  private static String describe(Finding f) {
    return f.range().start() + " " + f.rule().id() + " " + f.message();
  }
}
