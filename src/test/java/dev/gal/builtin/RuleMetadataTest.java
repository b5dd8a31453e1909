package dev.gal.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.Fixtures;
import dev.gal.TestSupport;
import dev.gal.engine.RetiredRules;
import dev.gal.engine.RuleRegistry;
import dev.gal.rule.OptionMeta;
import dev.gal.rule.RuleMeta;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** A rule counts only with a valid id, a summary, a docs link, fixtures and a docs page. */
class RuleMetadataTest {
  private static final List<RuleMeta> ALL = RuleRegistry.builtIn().allMeta();

  @TestFactory
  Stream<DynamicTest> everyRuleIsComplete() {
    return ALL.stream().map(meta -> DynamicTest.dynamicTest(meta.id(), () -> {
      assertTrue(RuleMeta.ID_PATTERN.matcher(meta.id()).matches(), "id format: " + meta.id());
      assertTrue(RuleMeta.NAME_PATTERN.matcher(meta.name()).matches(), "name format: " + meta.name());
      assertFalse(meta.summary().isBlank(), "summary");
      assertTrue(meta.description().length() > meta.summary().length(), "description says more than the summary");
      assertTrue(meta.reference().startsWith("https://"), "docs link: " + meta.reference());
      assertFalse(Fixtures.good(meta.id()).isEmpty(), "fixtures/rules/" + meta.id() + "/good.*");
      assertFalse(Fixtures.bad(meta.id()).isEmpty(), "fixtures/rules/" + meta.id() + "/bad.*");
      assertTrue(Files.exists(TestSupport.root().resolve("docs/rules/" + meta.id() + ".md")), "docs page");
    }));
  }

  /** Registration refuses a default an option's own type refuses; gal's own options also bound what they take. */
  @Test
  void everyOptionDeclaresARangeOrItsValues() {
    for (RuleMeta meta : ALL) {
      for (OptionMeta option : meta.options()) {
        String which = meta.id() + "." + option.name();
        assertFalse(option.accepted().equals("a whole number") || option.accepted().equals("any text"),
            which + " declares a range or its values: " + option.accepted());
      }
    }
  }

  /**
   * AWS rules whose claim is about GAL's own format or gal's export, not
   * about AWS, so no sentence of the AWS guide can carry it; each page says
   * so in its description.
   */
  private static final java.util.Set<String> RESTING_ON_GAL_FACTS = java.util.Set.of(
      "AWS-END-005", "AWS-END-006", "AWS-END-007", "AWS-END-008", "AWS-END-010", "AWS-END-011", "AWS-END-012",
      "AWS-GAL-001", "AWS-GAL-002", "AWS-GAL-004", "AWS-GAL-006", "AWS-GAL-011", "AWS-GAL-014", "AWS-GAL-015", "AWS-PATH-005", "AWS-PATH-008");

  @Test
  void everyAwsRuleQuotesTheSentenceItRestsOn() {
    for (RuleMeta meta : ALL) {
      if (!meta.id().startsWith("AWS-")) {
        continue;
      }
      if (RESTING_ON_GAL_FACTS.contains(meta.id())) {
        assertTrue(meta.quote().isEmpty(), meta.id() + " has a quote now: take it off the list");
      } else {
        assertFalse(meta.quote().isBlank(), meta.id() + " quotes no sentence of its source " + meta.reference());
      }
    }
  }

  @Test
  void everyMarkerAssertsAPieceOfItsMessage() throws Exception {
    for (RuleMeta meta : ALL) {
      for (java.nio.file.Path bad : dev.gal.Fixtures.bad(meta.id())) {
        for (dev.gal.FixtureExpectations.Expected e : dev.gal.FixtureExpectations.of(bad)) {
          assertFalse(e.fragment().isBlank(), bad + ":" + e.line() + ": the marker of " + e.rule()
              + " gives no message fragment; write # expect: " + e.rule() + " \"a piece of the message\"");
        }
      }
    }
  }

  @Test
  void idsAndNamesAreUnique() {
    Set<String> seen = new HashSet<>();
    for (RuleMeta meta : ALL) {
      assertTrue(seen.add(meta.id()), "duplicate id " + meta.id());
      assertTrue(seen.add(meta.name()), "duplicate name " + meta.name());
    }
  }

  @Test
  void retiredIdsAreNeverReused() {
    List<String> reused = ALL.stream().map(RuleMeta::id).filter(RetiredRules.ALL::containsKey).toList();
    assertEquals(List.of(), reused, "ids of retired rules must not be given to other checks");
  }

  @Test
  void everyFixtureFolderBelongsToARule() throws Exception {
    Set<String> ids = new HashSet<>(ALL.stream().map(RuleMeta::id).toList());
    try (Stream<java.nio.file.Path> dirs = Files.list(TestSupport.root().resolve("fixtures/rules"))) {
      List<String> orphans = dirs.map(d -> d.getFileName().toString()).filter(d -> !ids.contains(d)).toList();
      assertEquals(List.of(), orphans, "fixture folders without a rule");
    }
  }
}
