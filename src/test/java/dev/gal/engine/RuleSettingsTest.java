package dev.gal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.rule.OptionMeta;
import dev.gal.rule.RuleMeta;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An option declared sameAs another rule's follows the user's value for that one, unless set itself. */
class RuleSettingsTest {
  private static final RuleMeta FOLLOWER = RuleRegistry.builtIn().find("AWS-INT-013").orElseThrow();

  @Test
  void defaultWhenNothingIsSet() {
    assertEquals(29_000, RuleSettings.DEFAULTS.optionsFor(FOLLOWER).integer("max_timeout_ms"));
  }

  @Test
  void followsTheOptionItIsTheSameAs() {
    RuleSettings settings = new RuleSettings(Map.of("AWS-INT-001", Map.of("max_timeout_ms", "60000")));
    assertEquals(60_000, settings.optionsFor(FOLLOWER).integer("max_timeout_ms"));
  }

  @Test
  void itsOwnValueWins() {
    RuleSettings settings = new RuleSettings(Map.of("AWS-INT-001", Map.of("max_timeout_ms", "60000"),
        "AWS-INT-013", Map.of("max_timeout_ms", "45000")));
    assertEquals(45_000, settings.optionsFor(FOLLOWER).integer("max_timeout_ms"));
  }

  @Test
  void everySameAsNamesAnOptionOfAnotherRuleWithTheSameDefault() {
    RuleRegistry registry = RuleRegistry.builtIn();
    for (RuleMeta rule : registry.allMeta()) {
      for (OptionMeta option : rule.options()) {
        if (option.sameAs().isEmpty()) {
          continue;
        }
        RuleMeta other = registry.find(option.sameAsRule().orElse("")).orElseThrow(
            () -> new AssertionError(rule.id() + "." + option.name() + ": no rule " + option.sameAs()));
        assertTrue(other.options().stream().anyMatch(o -> o.name().equals(option.sameAsOption().orElse(""))
            && o.defaultValue().equals(option.defaultValue())), rule.id() + "." + option.name() + " ~ " + option.sameAs());
      }
    }
  }
}
